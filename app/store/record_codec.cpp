#include "store/record_codec.h"

#include <cereal/archives/portable_binary.hpp>
#include <cereal/cereal.hpp>
#include <sstream>
#include <streambuf>

#include "store/frame.h"

CEREAL_CLASS_VERSION(samenspel::Record, samenspel::kRecordTypeVersion)
CEREAL_CLASS_VERSION(samenspel::GameSetup, samenspel::kGameSetupTypeVersion)
CEREAL_CLASS_VERSION(samenspel::Seat, samenspel::kSeatTypeVersion)
CEREAL_CLASS_VERSION(samenspel::LoggedAction, samenspel::kLoggedActionTypeVersion)
CEREAL_CLASS_VERSION(samenspel::Action, samenspel::kActionTypeVersion)

namespace samenspel {

namespace {

// The first payload byte is cereal's portable-binary endianness marker; the
// format fixes it to 1 (little-endian) so no reader ever has to swap.
constexpr char kLittleEndianMarker = 1;

struct DecodeError {
    std::string message;
};

// Reads straight from the checked payload: no copy, and never past its end.
class SpanBuf : public std::streambuf {
public:
    explicit SpanBuf(std::string_view bytes) {
        char* p = const_cast<char*>(bytes.data());  // the get area is only read
        setg(p, p, p + bytes.size());
    }
    std::size_t remaining() const { return static_cast<std::size_t>(egptr() - gptr()); }
};

void checkVersion(std::uint32_t version, std::uint32_t newest, const char* type) {
    if (version == 0 || version > newest)
        throw DecodeError{std::string(type) + " version " + std::to_string(version) +
                          " is not one this app reads (1.." + std::to_string(newest) + ")"};
}

template <class Archive>
void saveString(Archive& ar, const std::string& s) {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(s.size())));
    ar(cereal::binary_data(s.data(), s.size()));
}

// The size is checked before the string grows, so a hostile length costs nothing.
template <class Archive>
void loadString(Archive& ar, std::string& s, std::size_t maxBytes, const char* what) {
    cereal::size_type size = 0;
    ar(cereal::make_size_tag(size));
    if (size > maxBytes)
        throw DecodeError{std::string(what) + " claims " + std::to_string(size) + " bytes, more than the cap of " +
                          std::to_string(maxBytes)};
    s.resize(static_cast<std::size_t>(size));
    ar(cereal::binary_data(&s[0], s.size()));
    if (!validUtf8(s)) throw DecodeError{std::string(what) + " is not valid UTF-8"};
}

template <class Archive>
cereal::size_type loadCount(Archive& ar, std::size_t max, const char* what) {
    cereal::size_type count = 0;
    ar(cereal::make_size_tag(count));
    if (count > max)
        throw DecodeError{std::string(what) + " count " + std::to_string(count) + " exceeds the cap of " +
                          std::to_string(max)};
    return count;
}

}  // namespace

// cereal finds these by argument-dependent lookup (internal linkage, so they
// cannot clash with anything else). Each writes its fields in the order
// FORMAT.md lists; cereal writes the class version before the first
// instance of each type.

template <class Archive>
static void save(Archive& ar, const Seat& s, std::uint32_t) {
    saveString(ar, s.avatar);
    saveString(ar, s.nickname);
}

template <class Archive>
static void load(Archive& ar, Seat& s, std::uint32_t version) {
    checkVersion(version, kSeatTypeVersion, "Seat");
    loadString(ar, s.avatar, limits::kIdBytes, "avatar");
    loadString(ar, s.nickname, 4 * limits::kNicknameChars, "nickname");
}

template <class Archive>
static void save(Archive& ar, const GameSetup& g, std::uint32_t) {
    saveString(ar, g.deckId);
    ar(g.seed);
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(g.seats.size())));
    for (const auto& seat : g.seats) ar(seat);
    ar(static_cast<std::uint8_t>(g.mode), g.rounds, g.handSize, g.firstSeat);
    ar(g.roundTimerSeconds, g.speakTimerSeconds);  // since version 2
}

template <class Archive>
static void load(Archive& ar, GameSetup& g, std::uint32_t version) {
    checkVersion(version, kGameSetupTypeVersion, "GameSetup");
    loadString(ar, g.deckId, limits::kIdBytes, "setup deck id");
    ar(g.seed);
    g.seats.resize(static_cast<std::size_t>(loadCount(ar, limits::kMaxSeats, "seat")));
    for (auto& seat : g.seats) ar(seat);
    std::uint8_t mode = 0;
    ar(mode, g.rounds, g.handSize, g.firstSeat);
    if (mode > static_cast<std::uint8_t>(TableMode::SharedTable))
        throw DecodeError{"unknown table mode " + std::to_string(mode)};
    g.mode = static_cast<TableMode>(mode);
    g.roundTimerSeconds = g.speakTimerSeconds = 0;  // version 1 had no timers
    if (version >= 2) ar(g.roundTimerSeconds, g.speakTimerSeconds);
}

template <class Archive>
static void save(Archive& ar, const Action& a, std::uint32_t) {
    ar(a.type, a.round, a.seat, a.value);
    saveString(ar, a.card);
    saveString(ar, a.text);
}

template <class Archive>
static void load(Archive& ar, Action& a, std::uint32_t version) {
    checkVersion(version, kActionTypeVersion, "Action");
    ar(a.type, a.round, a.seat, a.value);
    loadString(ar, a.card, limits::kIdBytes, "card id");
    loadString(ar, a.text, limits::kTextBytes, "text");
}

template <class Archive>
static void save(Archive& ar, const LoggedAction& l, std::uint32_t) {
    ar(l.action, l.atMs);
}

template <class Archive>
static void load(Archive& ar, LoggedAction& l, std::uint32_t version) {
    checkVersion(version, kLoggedActionTypeVersion, "LoggedAction");
    ar(l.action, l.atMs);
}

template <class Archive>
static void save(Archive& ar, const Record& r, std::uint32_t) {
    ar(cereal::binary_data(r.id.bytes.data(), r.id.bytes.size()));
    saveString(ar, r.deviceId);
    saveString(ar, r.appVersion);
    saveString(ar, r.deckId);
    saveString(ar, r.deckVersion);
    ar(r.setup);
    ar(static_cast<std::uint8_t>(r.status), r.startedAtMs, r.endedAtMs);
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(r.log.size())));
    for (const auto& entry : r.log) ar(entry);
}

template <class Archive>
static void load(Archive& ar, Record& r, std::uint32_t version) {
    checkVersion(version, kRecordTypeVersion, "Record");
    ar(cereal::binary_data(r.id.bytes.data(), r.id.bytes.size()));
    loadString(ar, r.deviceId, limits::kIdBytes, "device id");
    loadString(ar, r.appVersion, limits::kVersionBytes, "app version");
    loadString(ar, r.deckId, limits::kIdBytes, "deck id");
    loadString(ar, r.deckVersion, limits::kVersionBytes, "deck version");
    ar(r.setup);
    std::uint8_t status = 0;
    ar(status, r.startedAtMs, r.endedAtMs);
    if (status > static_cast<std::uint8_t>(RecordStatus::Abandoned))
        throw DecodeError{"unknown status " + std::to_string(status)};
    r.status = static_cast<RecordStatus>(status);
    const auto count = loadCount(ar, limits::kMaxLogActions, "action");
    // Grow with the bytes actually read, not with the count the file claims.
    r.log.clear();
    r.log.reserve(static_cast<std::size_t>(std::min<cereal::size_type>(count, 256)));
    for (cereal::size_type i = 0; i < count; ++i) {
        LoggedAction entry;
        ar(entry);
        r.log.push_back(std::move(entry));
    }
}

std::optional<std::string> encodeRecord(const Record& r, std::string* why) {
    if (auto v = checkRecord(r); !v) {
        if (why) *why = "record " + r.id.hex() + " cannot be stored: " + v.reason;
        return std::nullopt;
    }
    std::ostringstream out(std::ios::binary);
    {
        cereal::PortableBinaryOutputArchive ar(out, cereal::PortableBinaryOutputArchive::Options::LittleEndian());
        ar(r);
    }
    std::string payload = out.str();
    if (payload.size() > kMaxRecordPayload) {
        if (why)
            *why = "record " + r.id.hex() + " is larger than the " + std::to_string(kMaxRecordPayload) + "-byte cap";
        return std::nullopt;
    }
    return frameRecord(payload);
}

std::optional<Record> decodeRecordPayload(std::string_view payload, std::string* why) {
    auto fail = [&](std::string m) -> std::optional<Record> {
        if (why) *why = std::move(m);
        return std::nullopt;
    };
    if (payload.empty() || payload[0] != kLittleEndianMarker)
        return fail("payload does not start with the little-endian marker byte 0x01");
    SpanBuf buf(payload);
    std::istream in(&buf);
    Record r;
    try {
        cereal::PortableBinaryInputArchive ar(in, cereal::PortableBinaryInputArchive::Options::LittleEndian());
        ar(r);
    } catch (const DecodeError& e) {
        return fail(e.message);
    } catch (const cereal::Exception&) {
        return fail("truncated payload: it ends inside the record");
    } catch (const std::exception& e) {
        return fail(std::string("payload cannot be decoded: ") + e.what());
    }
    if (buf.remaining() != 0) return fail(std::to_string(buf.remaining()) + " trailing bytes after the record");
    if (auto v = checkRecord(r); !v) return fail(v.reason);
    return r;
}

std::optional<Record> decodeRecord(std::string_view frame, std::string* why) {
    auto payload = unframeRecord(frame, why);
    if (!payload) return std::nullopt;
    return decodeRecordPayload(*payload, why);
}

std::optional<RecordId> peekRecordId(std::string_view payload) {
    // marker (1) + Record class version (u32) + the 16 id bytes
    if (payload.size() < 1 + 4 + 16 || payload[0] != kLittleEndianMarker) return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(payload.data());
    const std::uint32_t version = getU32(p + 1);
    if (version == 0 || version > kRecordTypeVersion) return std::nullopt;
    RecordId id;
    for (std::size_t i = 0; i < id.bytes.size(); ++i) id.bytes[i] = p[5 + i];
    return id;
}

}  // namespace samenspel
