// Rows for one table, sent in bulk (HubDb::insertRows: multi-row INSERTs in
// SQLite, COPY in PostgreSQL): one round trip per batch instead of per row.
// A batch is bounded in rows and bytes, so memory stays flat however many
// records an import holds.
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
    std::size_t maxRows_ = 0;  // set by the engine on the first add
    std::size_t pendingBytes_ = 0;
    std::vector<SqlValue> pending_;
};

}  // namespace samenspel::hub
