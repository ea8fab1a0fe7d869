#include "store/record.h"

#include <random>

#ifndef SAMENSPEL_VERSION
#define SAMENSPEL_VERSION "0.0.0"
#endif

namespace samenspel {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;  // upper case is refused on purpose: one spelling per id
}

Verdict checkString(const std::string& s, std::size_t maxBytes, const char* what) {
    if (s.size() > maxBytes)
        return Verdict::no(std::string(what) + " is " + std::to_string(s.size()) + " bytes, more than " +
                           std::to_string(maxBytes));
    if (!validUtf8(s)) return Verdict::no(std::string(what) + " is not valid UTF-8");
    return Verdict::yes();
}

}  // namespace

std::string RecordId::hex() const {
    static const char digits[] = "0123456789abcdef";
    std::string out(32, '0');
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        out[2 * i] = digits[bytes[i] >> 4];
        out[2 * i + 1] = digits[bytes[i] & 0xF];
    }
    return out;
}

std::optional<RecordId> RecordId::fromHex(const std::string& hex) {
    if (hex.size() != 32) return std::nullopt;
    RecordId id;
    for (std::size_t i = 0; i < id.bytes.size(); ++i) {
        int hi = hexValue(hex[2 * i]), lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        id.bytes[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return id;
}

RecordId RecordId::random() {
    std::random_device device;
    RecordId id;
    for (std::size_t i = 0; i < id.bytes.size(); i += 4) {
        std::uint32_t word = device();  // random_device yields 32 bits per call
        for (std::size_t k = 0; k < 4; ++k) id.bytes[i + k] = static_cast<std::uint8_t>(word >> (8 * k));
    }
    return id;
}

const char* statusName(RecordStatus status) {
    switch (status) {
    case RecordStatus::InProgress: return "in-progress";
    case RecordStatus::Finished: return "finished";
    case RecordStatus::Abandoned: return "abandoned";
    }
    return "unknown";
}

bool Record::operator==(const Record& o) const {
    return id == o.id && deviceId == o.deviceId && appVersion == o.appVersion && deckId == o.deckId &&
           deckVersion == o.deckVersion && setup == o.setup && status == o.status && startedAtMs == o.startedAtMs &&
           endedAtMs == o.endedAtMs && log == o.log;
}

std::string newDeviceId() { return RecordId::random().hex(); }

bool isDeviceId(const std::string& s) { return RecordId::fromHex(s).has_value(); }

Record recordOf(const Game& game, const RecordId& id, const std::string& deviceId, std::int64_t startedAtMs,
                std::int64_t endedAtMs) {
    Record r;
    r.id = id;
    r.deviceId = deviceId;
    r.appVersion = SAMENSPEL_VERSION;
    r.deckId = game.deck().id;
    r.deckVersion = game.deck().contentVersion;
    r.setup = game.setup();
    // The engine marks an abandoned game as finished too, so ask about abandoning first.
    r.status = game.abandoned()  ? RecordStatus::Abandoned
               : game.finished() ? RecordStatus::Finished
                                 : RecordStatus::InProgress;
    r.startedAtMs = startedAtMs;
    r.endedAtMs = endedAtMs;
    r.log = game.log();
    return r;
}

std::optional<Game> replayRecord(const Deck& deck, const Record& r, std::string* why) {
    auto fail = [&](std::string m) -> std::optional<Game> {
        if (why) *why = std::move(m);
        return std::nullopt;
    };
    if (r.deckId != deck.id) return fail("record is for deck '" + r.deckId + "', not '" + deck.id + "'");
    if (!deck.replays(r.deckVersion))
        return fail("record is for version " + r.deckVersion + " of deck '" + r.deckId + "', but version " +
                    deck.contentVersion + " is loaded");
    return Game::replay(deck, r.setup, r.log, why);
}

Verdict checkRecord(const Record& r) {
    if (!isDeviceId(r.deviceId)) return Verdict::no("device id is not 32 lowercase hex characters");
    if (auto v = checkString(r.appVersion, limits::kVersionBytes, "app version"); !v) return v;
    if (auto v = checkString(r.deckId, limits::kIdBytes, "deck id"); !v) return v;
    if (r.deckId.empty()) return Verdict::no("deck id is empty");
    if (auto v = checkString(r.deckVersion, limits::kVersionBytes, "deck version"); !v) return v;
    if (r.setup.deckId != r.deckId)
        return Verdict::no("setup is for deck '" + r.setup.deckId + "' but the record for '" + r.deckId + "'");
    if (r.setup.seats.size() > limits::kMaxSeats)
        return Verdict::no(std::to_string(r.setup.seats.size()) + " seats, more than " +
                           std::to_string(limits::kMaxSeats));
    for (const auto& seat : r.setup.seats) {
        if (auto v = checkString(seat.avatar, limits::kIdBytes, "avatar"); !v) return v;
        if (auto v = checkString(seat.nickname, 4 * limits::kNicknameChars, "nickname"); !v) return v;
        if (utf8Length(seat.nickname) > limits::kNicknameChars) return Verdict::no("nickname is too long");
    }
    if (static_cast<unsigned>(r.setup.mode) > static_cast<unsigned>(TableMode::SharedTable))
        return Verdict::no("unknown table mode " + std::to_string(static_cast<unsigned>(r.setup.mode)));
    if (auto v = checkTimers(r.setup); !v) return v;
    if (static_cast<unsigned>(r.status) > static_cast<unsigned>(RecordStatus::Abandoned))
        return Verdict::no("unknown status " + std::to_string(static_cast<unsigned>(r.status)));
    if (r.log.size() > limits::kMaxLogActions)
        return Verdict::no(std::to_string(r.log.size()) + " actions, more than " +
                           std::to_string(limits::kMaxLogActions));
    for (std::size_t i = 0; i < r.log.size(); ++i) {
        const Action& a = r.log[i].action;
        if (auto v = checkString(a.card, limits::kIdBytes, "card id"); !v)
            return Verdict::no("action " + std::to_string(i + 1) + ": " + v.reason);
        if (auto v = checkString(a.text, limits::kTextBytes, "text"); !v)
            return Verdict::no("action " + std::to_string(i + 1) + ": " + v.reason);
    }
    return Verdict::yes();
}

}  // namespace samenspel
