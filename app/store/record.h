// A record: one game as the store keeps it (who, which deck, the setup and
// the action log), plus the id that makes it unique across devices.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/game.h"

namespace samenspel {

struct RecordId {
    std::array<std::uint8_t, 16> bytes{};

    std::string hex() const;  // 32 lowercase hex characters
    static std::optional<RecordId> fromHex(const std::string& hex);
    static RecordId random();  // 128 bits from std::random_device

    bool operator==(const RecordId& o) const { return bytes == o.bytes; }
    bool operator!=(const RecordId& o) const { return bytes != o.bytes; }
    bool operator<(const RecordId& o) const { return bytes < o.bytes; }
};

enum class RecordStatus : std::uint8_t { InProgress = 0, Finished = 1, Abandoned = 2 };
const char* statusName(RecordStatus status);  // "in-progress", "finished", "abandoned"

struct Record {
    RecordId id;
    std::string deviceId;    // 32 lowercase hex chars
    std::string appVersion;  // SAMENSPEL_VERSION of the app that wrote it
    std::string deckId, deckVersion;
    GameSetup setup;  // includes the shuffle seed
    RecordStatus status = RecordStatus::InProgress;
    std::int64_t startedAtMs = 0, endedAtMs = 0;  // Unix milliseconds
    std::vector<LoggedAction> log;                // replay rebuilds the game

    bool operator==(const Record& o) const;
    bool operator!=(const Record& o) const { return !(*this == o); }
};

// A fresh device id: 32 lowercase hex characters (128 random bits).
std::string newDeviceId();
bool isDeviceId(const std::string& s);

Record recordOf(const Game& game, const RecordId& id, const std::string& deviceId, std::int64_t startedAtMs,
                std::int64_t endedAtMs);

// Rebuilds the game. Refuses a deck whose id or content version differs from
// the record's, and any record whose log the rules refuse.
std::optional<Game> replayRecord(const Deck& deck, const Record& r, std::string* why);

// The shape rules every stored record keeps (sizes within limits::, valid
// UTF-8, a device id, a known status). The codec refuses to write or read a
// record that breaks one; they say nothing about the game rules.
Verdict checkRecord(const Record& r);

}  // namespace samenspel
