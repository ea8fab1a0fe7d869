#include "hub/row_batch.h"

namespace samenspel::hub {

namespace {
// Well under SQLite's 32 766 and PostgreSQL's 65 535 parameters per statement.
constexpr std::size_t kMaxParams = 4000;
constexpr std::size_t kMaxRows = 400;
}  // namespace

RowBatch::RowBatch(std::string table, std::vector<std::string> columns)
    : table_(std::move(table)), columns_(std::move(columns)) {
    maxRows_ = std::min(kMaxRows, kMaxParams / columns_.size());
}

bool RowBatch::add(HubDb& db, std::vector<SqlValue> values, std::string* why) {
    for (auto& v : values) pending_.push_back(std::move(v));
    if (pending_.size() / columns_.size() >= maxRows_) return flush(db, why);
    return true;
}

bool RowBatch::flush(HubDb& db, std::string* why) {
    if (pending_.empty()) return true;
    const std::size_t rows = pending_.size() / columns_.size();
    std::string sql = "INSERT INTO " + table_ + " (";
    for (std::size_t c = 0; c < columns_.size(); ++c) sql += (c ? "," : "") + columns_[c];
    sql += ") VALUES ";
    std::size_t n = 1;
    for (std::size_t r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (std::size_t c = 0; c < columns_.size(); ++c) sql += (c ? ",$" : "$") + std::to_string(n++);
        sql += ")";
    }
    const bool ok = db.run(sql, pending_, why);
    pending_.clear();
    if (!ok && why) *why = table_ + ": " + *why;
    return ok;
}

}  // namespace samenspel::hub
