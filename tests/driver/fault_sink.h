// A RecordSink around the real one that fails every write on command, as
// on a full disk (`disk full on|off` in a driver script). The app cannot
// reach it: only samenspel-driver wraps the folder sink in it.
#pragma once
#include "table/record_sink.h"

namespace samenspel::driver {

class DiskFullSink final : public RecordSink {
public:
    explicit DiskFullSink(RecordSink& inner) : inner_(inner) {}
    bool full = false;

    bool saveRecord(const Record& r, std::string* why) override { return !refused(why) && inner_.saveRecord(r, why); }
    FolderLoad loadRecords() override { return inner_.loadRecords(); }
    std::set<RecordId> exportedIds() const override { return inner_.exportedIds(); }
    std::string bundleFolder() const override { return inner_.bundleFolder(); }
    BundleWrite writeBundle(bool all, const std::string& passphrase, std::int64_t nowMs) override {
        return inner_.writeBundle(all, passphrase, nowMs);
    }
    bool deleteRecord(const RecordId& id, std::string* why) override { return inner_.deleteRecord(id, why); }
    bool saveView(const RecordId& id, const std::string& bytes, std::string* why) override {
        return !refused(why) && inner_.saveView(id, bytes, why);
    }
    std::optional<std::string> loadView(const RecordId& id, std::string* why) override {
        return inner_.loadView(id, why);
    }
    void dropView(const RecordId& id) override { inner_.dropView(id); }

private:
    bool refused(std::string* why) const {
        if (full && why) *why = "No space left on device (simulated by the test driver)";
        return full;
    }
    RecordSink& inner_;
};

}  // namespace samenspel::driver
