// Rows for one table, sent as multi-row INSERTs of a few hundred rows: one
// round trip per batch instead of per row, which is what lets PostgreSQL
// over a socket keep up with SQLite in a file.
#pragma once
#include <string>
#include <vector>

#include "hub/hub_db.h"

namespace samenspel::hub {

class RowBatch {
public:
    RowBatch(std::string table, std::vector<std::string> columns);
    // `values` must hold one value per column. Flushes when the batch is full.
    bool add(HubDb& db, std::vector<SqlValue> values, std::string* why);
    bool flush(HubDb& db, std::string* why);
    const std::string& table() const { return table_; }

private:
    std::string table_;
    std::vector<std::string> columns_;
    std::size_t maxRows_;
    std::vector<SqlValue> pending_;
};

}  // namespace samenspel::hub
