// A RecordSink that tells someone after every change it made: the web app
// writes its data folder back to IndexedDB after each (platform/web), so a
// move counts as saved only once it is there. Plain C++; passes every call
// on to the sink it wraps.
#pragma once
#include <functional>
#include <utility>

#include "table/record_sink.h"

namespace samenspel {

class NotifyingSink final : public RecordSink {
public:
    NotifyingSink(RecordSink& inner, std::function<void()> changed) : inner_(inner), changed_(std::move(changed)) {}

    bool saveRecord(const Record& r, std::string* why) override { return after(inner_.saveRecord(r, why)); }
    FolderLoad loadRecords() override { return inner_.loadRecords(); }
    std::set<RecordId> exportedIds() const override { return inner_.exportedIds(); }
    std::string bundleFolder() const override { return inner_.bundleFolder(); }
    BundleWrite writeBundle(bool all, const std::string& passphrase, std::int64_t nowMs) override {
        BundleWrite w = inner_.writeBundle(all, passphrase, nowMs);
        changed_();  // a bundle, or at least exported.txt, may have been written
        return w;
    }
    bool deleteRecord(const RecordId& id, std::string* why) override { return after(inner_.deleteRecord(id, why)); }
    bool saveView(const RecordId& id, const std::string& bytes, std::string* why) override {
        return after(inner_.saveView(id, bytes, why));
    }
    std::optional<std::string> loadView(const RecordId& id, std::string* why) override {
        return inner_.loadView(id, why);
    }
    void dropView(const RecordId& id) override {
        inner_.dropView(id);
        changed_();
    }

private:
    bool after(bool ok) {
        if (ok) changed_();
        return ok;
    }
    RecordSink& inner_;
    std::function<void()> changed_;
};

}  // namespace samenspel
