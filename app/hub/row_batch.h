// Rows for one table, sent in bulk (HubDb::rowSink: multi-row INSERTs in
// SQLite, COPY in PostgreSQL): one round trip per batch instead of per row.
// A batch is bounded in rows and bytes, so memory stays flat however many
// records an import holds.
#pragma once
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "hub/hub_db.h"

namespace samenspel::hub {

class RowBatch {
public:
    RowBatch(std::string table, std::vector<std::string> columns);
    // `fields` must hold one field per column; they are encoded before add
    // returns. Flushes when the batch is full.
    bool add(HubDb& db, std::initializer_list<SqlField> fields, std::string* why);
    bool flush(std::string* why);
    const std::string& table() const { return table_; }

private:
    std::string table_;
    std::vector<std::string> columns_;
    std::size_t maxRows_ = 0;        // set by the engine on the first add
    std::unique_ptr<RowSink> sink_;  // made by the engine on the first add
};

}  // namespace samenspel::hub
