// Where the table keeps its records: the seam between the game on the table
// (table.h) and storage. The app writes through FolderSink (the record
// folder on disk); tests use fakes that fail, fill up or recover, and the
// test driver wraps the folder sink in one that fails on command.
// Plain C++, no SDL, no ImGui.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "store/record.h"
#include "store/record_folder.h"

namespace samenspel {

// What writing one sync bundle came to.
struct BundleWrite {
    enum class Problem : std::uint8_t {
        None,
        NotWritten,  // no file (a full disk, no folder)
        NotMarked,   // the file is there, but exported.txt could not be updated
    };
    Problem problem = Problem::None;
    std::size_t written = 0;   // records in the bundle
    std::string folder;        // where bundles go
    std::string file;          // the new file's name; empty when none was written
    std::string why;           // for the log (English)
    bool sealedToKey = false;  // sealed to the coordinator's key (Settings), not a passphrase
};

class RecordSink {
public:
    virtual ~RecordSink() = default;

    // Writes one record atomically (the in-progress file, or the finished
    // one and then the in-progress one goes).
    virtual bool saveRecord(const Record& r, std::string* why) = 0;
    // Every stored record; damaged files are set aside and reported.
    virtual FolderLoad loadRecords() = 0;
    virtual std::set<RecordId> exportedIds() const = 0;
    // Where bundles go (shown to the person after an export).
    virtual std::string bundleFolder() const = 0;
    // A new bundle file with the finished and stopped records (all, or only
    // those not yet exported), sealed when `passphrase` is not empty. Never
    // overwrites a file. `nowMs` names the file.
    virtual BundleWrite writeBundle(bool all, const std::string& passphrase, std::int64_t nowMs) = 0;
    // Removes a record's file(s) and its view sidecar.
    virtual bool deleteRecord(const RecordId& id, std::string* why) = 0;

    // The view/draft sidecar beside a record (view_draft.h): bytes in, bytes out.
    virtual bool saveView(const RecordId& id, const std::string& bytes, std::string* why) = 0;
    // nullopt when there is none (or it cannot be read: `why` says so).
    virtual std::optional<std::string> loadView(const RecordId& id, std::string* why) = 0;
    virtual void dropView(const RecordId& id) = 0;
};

}  // namespace samenspel
