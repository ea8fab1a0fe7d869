#include "store/record_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "store/record_csv.h"

namespace samenspel {

RecordJsonWriter::RecordJsonWriter() : out_("{\"records\": [") {}

void RecordJsonWriter::add(const Record& r, const Deck* deck) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    auto str = [&](const char* key, const std::string& value) {
        w.Key(key);
        w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    };
    const auto kind = deck ? gameKindOf(*deck) : std::nullopt;
    w.StartObject();
    str("id", r.id.hex());
    str("deck", r.deckId);
    str("deckVersion", r.deckVersion);
    str("status", statusName(r.status));
    str("startedAt", isoDateUtc(r.startedAtMs));
    str("endedAt", r.status == RecordStatus::InProgress ? std::string() : isoDateUtc(r.endedAtMs));
    str("appVersion", r.appVersion);
    str("deviceId", r.deviceId);
    // Seeds are 64-bit: as text, so tools with double-only numbers keep them exact.
    str("seed", std::to_string(r.setup.seed));
    str("mode", r.setup.mode == TableMode::SharedTable ? "shared-table" : "pass-and-play");
    w.Key("rounds");
    w.Uint(r.setup.rounds);
    w.Key("handSize");
    w.Uint(r.setup.handSize);
    w.Key("firstSeat");
    w.Uint(r.setup.firstSeat);
    w.Key("roundTimerSeconds");
    w.Uint(r.setup.roundTimerSeconds);
    w.Key("speakTimerSeconds");
    w.Uint(r.setup.speakTimerSeconds);
    w.Key("seats");
    w.StartArray();
    for (const auto& s : r.setup.seats) {
        w.StartObject();
        str("avatar", s.avatar);
        str("nickname", s.nickname);
        w.EndObject();
    }
    w.EndArray();
    w.Key("log");
    w.StartArray();
    for (const auto& [a, atMs] : r.log) {
        w.StartObject();
        str("move", kind ? moveName(*kind, a.type) : "move-" + std::to_string(a.type));
        w.Key("round");
        w.Uint(a.round);
        w.Key("seat");
        w.Int(a.seat);
        w.Key("value");
        w.Int(a.value);
        str("card", a.card);
        str("text", a.text);
        str("at", isoDateUtc(atMs));
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out_ += first_ ? "\n  " : ",\n  ";
    out_ += buf.GetString();
    first_ = false;
}

std::string RecordJsonWriter::finish() {
    out_ += first_ ? "]}\n" : "\n]}\n";
    return std::move(out_);
}

}  // namespace samenspel
