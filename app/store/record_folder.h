// The app's record folder (FORMAT.md, "Folder layout"): finished records in
// records/, the game in progress in in-progress/, damaged files set aside in
// damaged/ with their reason, the ids already exported, and the device id.
#pragma once
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "store/record.h"

namespace samenspel {

struct StoredRecord {
    std::filesystem::path file;
    Record record;
    std::string frame;  // the file's bytes, exactly as read (merge copies them unchanged)
};

struct DamagedFile {
    std::filesystem::path file;
    std::string reason;
    std::filesystem::path movedTo;  // empty when it was not moved (check mode, or the move failed)
    std::string line() const;       // "<file>: <reason>"
};

enum class LoadMode {
    SetAside,   // move damaged files to damaged/ and clear leftovers of interrupted writes (the app)
    CheckOnly,  // change nothing (the CLI)
};

struct FolderLoad {
    std::vector<StoredRecord> finished;    // records/, sorted by id
    std::vector<StoredRecord> inProgress;  // in-progress/, sorted by id
    std::vector<DamagedFile> damaged;
    std::vector<std::string> problems;  // folder-level trouble (unreadable folder, failed move)
};

// Reads one record file: size checked before reading, then frame, then payload.
std::optional<std::string> readRecordFrame(const std::filesystem::path& file, std::string* why);
std::optional<Record> readRecordFile(const std::filesystem::path& file, std::string* why);

class RecordFolder {
public:
    explicit RecordFolder(std::filesystem::path dataDir, bool durable = true);

    const std::filesystem::path& dir() const { return dir_; }
    std::filesystem::path recordsDir() const { return dir_ / "records"; }
    std::filesystem::path inProgressDir() const { return dir_ / "in-progress"; }
    std::filesystem::path damagedDir() const { return dir_ / "damaged"; }
    std::filesystem::path exportedList() const { return dir_ / "exported.txt"; }
    std::filesystem::path fileFor(const Record& r) const;

    // True when `dir` looks like a record folder (has records/ or in-progress/).
    static bool looksLikeFolder(const std::filesystem::path& dir);

    // Writes atomically: an in-progress record to in-progress/ (the app calls
    // this after every action); a finished or abandoned one to records/, and
    // then removes its in-progress file.
    bool save(const Record& r, std::string* why);

    FolderLoad load(LoadMode mode) const;

    // Moves a file into damaged/ (keeping its name, adding ".1", ".2" ... if
    // taken) and writes "<name>.reason.txt" beside it.
    std::optional<std::filesystem::path> setAside(const std::filesystem::path& file, const std::string& reason,
                                                  std::string* why) const;

    // The ids in exported.txt. A damaged line is skipped: at worst a record
    // is exported twice, which merging absorbs.
    std::set<RecordId> exportedIds() const;
    bool markExported(const std::vector<RecordId>& ids, std::string* why) const;

    // This device's id from device-id.txt, created on first use.
    std::optional<std::string> deviceId(std::string* why) const;

private:
    bool ensureDir(const std::filesystem::path& d, std::string* why) const;
    std::filesystem::path dir_;
    bool durable_;
};

}  // namespace samenspel
