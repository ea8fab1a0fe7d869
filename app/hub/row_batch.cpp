#include "hub/row_batch.h"

namespace samenspel::hub {

namespace {
// Frames are a few KiB each: a batch of them is flushed by size as well.
constexpr std::size_t kMaxBytes = 8u << 20;
}  // namespace

RowBatch::RowBatch(std::string table, std::vector<std::string> columns)
    : table_(std::move(table)), columns_(std::move(columns)) {}

bool RowBatch::add(HubDb& db, std::vector<SqlValue> values, std::string* why) {
    if (!maxRows_) maxRows_ = std::max<std::size_t>(1, db.bulkRows(columns_.size()));
    for (auto& v : values) {
        pendingBytes_ += v.s.size() + 8;
        pending_.push_back(std::move(v));
    }
    if (pending_.size() / columns_.size() >= maxRows_ || pendingBytes_ >= kMaxBytes) return flush(db, why);
    return true;
}

bool RowBatch::flush(HubDb& db, std::string* why) {
    if (pending_.empty()) return true;
    const bool ok = db.insertRows(table_, columns_, pending_, why);
    pending_.clear();
    pendingBytes_ = 0;
    if (!ok && why) *why = table_ + ": " + *why;
    return ok;
}

}  // namespace samenspel::hub
