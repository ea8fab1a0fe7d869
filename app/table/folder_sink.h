// The RecordSink of the app: the record folder on disk (store/record_folder.h,
// FORMAT.md), sync bundles in its exports/ folder, and each game's view
// sidecar as in-progress/<id>.view beside its in-progress record.
#pragma once
#include <filesystem>

#include "table/record_sink.h"

namespace samenspel {

class FolderSink final : public RecordSink {
public:
    explicit FolderSink(std::filesystem::path dataDir, bool durable = true);

    const RecordFolder& folder() const { return folder_; }
    std::filesystem::path exportsDir() const { return folder_.dir() / "exports"; }
    std::filesystem::path viewFile(const RecordId& id) const;

    bool saveRecord(const Record& r, std::string* why) override;
    FolderLoad loadRecords() override;
    std::set<RecordId> exportedIds() const override;
    std::string bundleFolder() const override { return exportsDir().string(); }
    BundleWrite writeBundle(bool all, const std::string& passphrase, std::int64_t nowMs) override;
    bool deleteRecord(const RecordId& id, std::string* why) override;
    bool saveView(const RecordId& id, const std::string& bytes, std::string* why) override;
    std::optional<std::string> loadView(const RecordId& id, std::string* why) override;
    void dropView(const RecordId& id) override;

private:
    RecordFolder folder_;
    bool durable_;
};

}  // namespace samenspel
