// The report's counts, kept up to date at import (SCHEMA.md, table
// report_counts): per report cell, how many rows and how many distinct
// sessions stand behind it. The report reads these few hundred rows instead
// of counting millions of derived rows, and the privacy floor still sees the
// exact number of sessions per cell. Every count is a sum over records, so
// adding and taking away a record's part keeps the laws of the import (the
// table is a function of the set of frames imported).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

#include "hub/hub_db.h"

namespace samenspel::hub {

// The kinds of count (report_counts.kind) and their keys (k1, k2).
namespace count_kind {
inline constexpr const char* kMonthDeck = "month_deck";  // month, deck_id: sessions
inline constexpr const char* kGameKind = "game_kind";    // game_kind: sessions
inline constexpr const char* kPicked = "picked";         // card: revealed picks
inline constexpr const char* kHeavy = "heavy";           // card: picks placed heavy
inline constexpr const char* kDecisive = "decisive";     // card: rounds it was decisive in
inline constexpr const char* kStep = "step";             // step: decided rounds
inline constexpr const char* kCounter = "counter";       // card: counter cards drawn
inline constexpr const char* kChosen = "chosen";         // theme, role: moments chosen
inline constexpr const char* kKept = "kept";             // theme, keep/change: answers
inline constexpr const char* kRating = "rating";         // month, role: ratings (total = their sum)
}  // namespace count_kind

// What the records of one import add to report_counts, gathered in memory
// (a few hundred keys, however many records) and written at the end.
class ReportTally {
public:
    // One row of the record being added: n + 1, total + value.
    void count(const char* kind, const std::string& k1, const std::string& k2 = {}, std::int64_t value = 0);
    // The record is complete: each key it counted gains one session.
    void endRecord();
    // Adds the tally to report_counts and starts again.
    bool flush(HubDb& db, std::string* why);

private:
    struct Sum {
        std::int64_t n = 0, sessions = 0, total = 0;
        std::uint64_t lastRecord = 0;  // the record that last counted here
    };
    using Key = std::tuple<std::string, std::string, std::string>;
    struct KeyHash {
        std::size_t operator()(const Key& k) const;
    };
    // Hashed: a million records count tens of millions of times.
    std::unordered_map<Key, Sum, KeyHash> pending_;
    Key scratch_;  // the key being looked up
    // Numbers the records, so a key gains one session per record that counts
    // it without a map per record.
    std::uint64_t record_ = 1;
};

// Takes one record's part out of report_counts, as its derived rows in the
// database say (call it before they are deleted).
bool subtractFromReportCounts(HubDb& db, const std::string& recordId, std::string* why);

// report_counts computed afresh from the derived rows: the migration's
// backfill of an existing database, and what the tests compare with.
bool rebuildReportCounts(HubDb& db, std::string* why);

}  // namespace samenspel::hub
