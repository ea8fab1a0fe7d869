// Records as JSON for researchers' tools: every field of the record and its
// whole action log, one JSON document for many records (FORMAT.md, "JSON export").
#pragma once
#include <string>
#include <vector>

#include "store/record.h"

namespace samenspel {

// Writes `{"records": [ ... ]}` one record at a time, without building a
// JSON tree of them all.
class RecordJsonWriter {
public:
    RecordJsonWriter();
    // `deck` names the moves in the log; nullptr writes them as "move-N".
    void add(const Record& r, const Deck* deck);
    std::string finish();  // the whole document

private:
    std::string out_;
    bool first_ = true;
};

}  // namespace samenspel
