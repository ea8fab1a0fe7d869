// Record sinks for the table's scenarios: in memory, and able to fail the
// way a real disk does (always, after N saves as a filling disk, then
// recover when room is made).
#pragma once
#include <map>

#include "table/record_sink.h"

namespace samenspel::testing {

class MemorySink : public RecordSink {
public:
    bool failing = false;  // every write fails (a full disk)
    int savesLeft = -1;    // >= 0: that many more saves work, then the disk is full
    bool failDelete = false;
    int saves = 0, viewSaves = 0;
    std::map<RecordId, Record> records;
    std::map<RecordId, std::string> views;
    std::set<RecordId> exported;
    std::vector<std::pair<bool, std::string>> bundles;  // (all, passphrase) per written bundle

    void recover() { failing = false, savesLeft = -1; }

    bool saveRecord(const Record& r, std::string* why) override {
        if (!writeWorks(why)) return false;
        ++saves;
        records[r.id] = r;
        return true;
    }
    FolderLoad loadRecords() override {
        FolderLoad out;
        for (const auto& [id, r] : records)
            (r.status == RecordStatus::InProgress ? out.inProgress : out.finished).push_back({{}, r, {}});
        return out;
    }
    std::set<RecordId> exportedIds() const override { return exported; }
    std::string bundleFolder() const override { return "/exports"; }
    BundleWrite writeBundle(bool all, const std::string& passphrase, std::int64_t) override {
        BundleWrite w;
        w.folder = bundleFolder();
        if (!writeWorks(&w.why)) {
            w.problem = BundleWrite::Problem::NotWritten;
            return w;
        }
        bundles.emplace_back(all, passphrase);
        for (const auto& [id, r] : records)
            if (r.status != RecordStatus::InProgress && (all || !exported.count(id))) ++w.written, exported.insert(id);
        w.file = "bundle-" + std::to_string(bundles.size()) + ".ssb";
        return w;
    }
    bool deleteRecord(const RecordId& id, std::string* why) override {
        if (failDelete) {
            if (why) *why = "read-only";
            return false;
        }
        views.erase(id);
        return records.erase(id) == 1;
    }
    bool saveView(const RecordId& id, const std::string& bytes, std::string* why) override {
        if (!writeWorks(why)) return false;
        ++viewSaves;
        views[id] = bytes;
        return true;
    }
    std::optional<std::string> loadView(const RecordId& id, std::string*) override {
        auto it = views.find(id);
        if (it == views.end()) return std::nullopt;
        return it->second;
    }
    void dropView(const RecordId& id) override { views.erase(id); }

private:
    bool writeWorks(std::string* why) {
        if (savesLeft == 0) failing = true;
        if (savesLeft > 0) --savesLeft;
        if (failing && why) *why = "No space left on device";
        return !failing;
    }
};

}  // namespace samenspel::testing
