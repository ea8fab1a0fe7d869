// What a question needs, derived from a record by replaying its action log
// with the deck it was played with (SCHEMA.md, "Derived tables"). A record
// whose deck the hub does not have (a newer deck, a game kind added later)
// still gets its sessions row and keeps its frame; only the per-move tables
// stay empty for it until a hub that knows the deck re-derives it.
#pragma once
#include <memory>
#include <string>

#include "content/deck_loader.h"
#include "hub/report_counts.h"
#include "hub/row_batch.h"
#include "store/record.h"

namespace samenspel::hub {

// The derived tables, in the order a record's rows are written and deleted.
const std::vector<std::string>& derivedTables();

class DerivedWriter {
public:
    DerivedWriter(HubDb& db, const DeckCatalog& catalog);
    // Buffers the record's sessions row and its derived rows, and tallies
    // its part of report_counts.
    bool add(const Record& r, std::string* why);
    bool flush(std::string* why);
    // Deletes every derived row of one record and takes its part out of
    // report_counts (flush first).
    bool remove(const std::string& recordId, std::string* why);
    // Records stored without per-move rows: no deck here, or its replay failed.
    std::size_t notDerived() const { return notDerived_; }
    // Of those, the ones whose deck is here but whose moves do not replay.
    std::size_t replayFailed() const { return replayFailed_; }

private:
    HubDb& db_;
    const DeckCatalog& catalog_;
    std::size_t notDerived_ = 0, replayFailed_ = 0;
    ReportTally tally_;
    RowBatch sessions_, seats_, rounds_, picks_, counters_, intentions_, moments_, answers_, actions_, ratings_;
};

// "2024-05" for Unix milliseconds (UTC).
std::string monthOf(std::int64_t unixMs);

}  // namespace samenspel::hub
