#include "hub/row_batch.h"

namespace samenspel::hub {

namespace {
// Frames are a few KiB each: a batch of them is flushed by size as well.
constexpr std::size_t kMaxBytes = 8u << 20;
}  // namespace

RowBatch::RowBatch(std::string table, std::vector<std::string> columns)
    : table_(std::move(table)), columns_(std::move(columns)) {}

bool RowBatch::add(HubDb& db, std::initializer_list<SqlField> fields, std::string* why) {
    if (!sink_) {
        maxRows_ = std::max<std::size_t>(1, db.bulkRows(columns_.size()));
        sink_ = db.rowSink(table_, columns_, why);
        if (!sink_) {
            if (why) *why = table_ + ": " + *why;
            return false;
        }
    }
    if (!sink_->add(fields.begin(), fields.size(), why)) {
        if (why) *why = table_ + ": " + *why;
        return false;
    }
    if (sink_->rows() >= maxRows_ || sink_->bytes() >= kMaxBytes) return flush(why);
    return true;
}

bool RowBatch::flush(std::string* why) {
    if (!sink_ || sink_->rows() == 0) return true;
    const bool ok = sink_->flush(why);
    if (!ok && why) *why = table_ + ": " + *why;
    return ok;
}

}  // namespace samenspel::hub
