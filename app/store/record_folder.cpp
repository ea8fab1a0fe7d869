#include "store/record_folder.h"

#include <algorithm>
#include <fstream>

#include "store/atomic_file.h"
#include "store/frame.h"
#include "store/record_codec.h"

namespace samenspel {

namespace fs = std::filesystem;

namespace {

constexpr const char* kRecordExtension = ".ssr";
constexpr std::uintmax_t kMaxExportedListBytes = 64u << 20;  // ~2 million ids

// Reads a whole file of at most `maxBytes`; the size is checked before any
// buffer is sized, and a file that grows meanwhile is still read no further.
std::optional<std::string> readCapped(const fs::path& file, std::uintmax_t maxBytes, const char* what,
                                      std::string* why) {
    auto fail = [&](std::string m) -> std::optional<std::string> {
        if (why) *why = std::move(m);
        return std::nullopt;
    };
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec) return fail("cannot read: " + ec.message());
    if (size > maxBytes)
        return fail("file is " + std::to_string(size) + " bytes, more than " + what + " can be (" +
                    std::to_string(maxBytes) + ")");
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail("cannot open the file");
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (bytes.size() != size) return fail("the file changed while it was read");
    return bytes;
}

struct ListedFiles {
    std::vector<fs::path> records;  // *.ssr, sorted
    std::vector<fs::path> temps;    // leftovers of interrupted writes
};

ListedFiles listFolder(const fs::path& dir, std::vector<std::string>& problems) {
    ListedFiles out;
    std::error_code ec;
    if (!fs::exists(dir, ec)) return out;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
        problems.push_back(dir.string() + ": cannot list the folder: " + ec.message());
        return out;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) {
            problems.push_back(dir.string() + ": cannot list the folder: " + ec.message());
            break;
        }
        const std::string name = it->path().filename().string();
        if (isTempFileName(name)) out.temps.push_back(it->path());
        else if (it->path().extension() == kRecordExtension) out.records.push_back(it->path());
    }
    std::sort(out.records.begin(), out.records.end());
    return out;
}

}  // namespace

std::string DamagedFile::line() const { return file.string() + ": " + reason; }

std::optional<std::string> readRecordFrame(const fs::path& file, std::string* why) {
    return readCapped(file, kFrameHeaderBytes + kMaxRecordPayload, "a record", why);
}

std::optional<Record> readRecordFile(const fs::path& file, std::string* why) {
    auto frame = readRecordFrame(file, why);
    if (!frame) return std::nullopt;
    return decodeRecord(*frame, why);
}

RecordFolder::RecordFolder(fs::path dataDir, bool durable) : dir_(std::move(dataDir)), durable_(durable) {}

fs::path RecordFolder::fileFor(const Record& r) const {
    return (r.status == RecordStatus::InProgress ? inProgressDir() : recordsDir()) / (r.id.hex() + kRecordExtension);
}

bool RecordFolder::looksLikeFolder(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "records", ec) || fs::is_directory(dir / "in-progress", ec);
}

bool RecordFolder::ensureDir(const fs::path& d, std::string* why) const {
    std::error_code ec;
    fs::create_directories(d, ec);
    if (ec) {
        if (why) *why = "cannot create " + d.string() + ": " + ec.message();
        return false;
    }
    return true;
}

bool RecordFolder::save(const Record& r, std::string* why) {
    auto bytes = encodeRecord(r, why);
    if (!bytes) return false;
    const fs::path target = fileFor(r);
    if (!ensureDir(target.parent_path(), why)) return false;
    if (!writeFileAtomically(target, *bytes, why, durable_)) return false;
    if (r.status != RecordStatus::InProgress) {
        // Only after the finished record is safely in place; a crash in
        // between leaves both, and load() prefers the finished one.
        std::error_code ec;
        fs::remove(inProgressDir() / (r.id.hex() + kRecordExtension), ec);
    }
    return true;
}

FolderLoad RecordFolder::load(LoadMode mode) const {
    FolderLoad out;
    auto loadList = [&](const fs::path& dir, std::vector<StoredRecord>& into) {
        ListedFiles files = listFolder(dir, out.problems);
        if (mode == LoadMode::SetAside)
            for (const auto& t : files.temps) {
                std::error_code ec;
                fs::remove(t, ec);
            }
        for (const auto& file : files.records) {
            std::string why;
            auto frame = readRecordFrame(file, &why);
            std::optional<Record> record;
            if (frame) record = decodeRecord(*frame, &why);
            if (record && file.stem().string() != record->id.hex())
                why = "file name does not match record id " + record->id.hex(), record.reset();
            if (record) {
                into.push_back({file, std::move(*record), std::move(*frame)});
                continue;
            }
            DamagedFile d{file, why, {}};
            if (mode == LoadMode::SetAside) {
                std::string moveWhy;
                if (auto moved = setAside(file, why, &moveWhy)) d.movedTo = *moved;
                else out.problems.push_back(moveWhy);
            }
            out.damaged.push_back(std::move(d));
        }
        std::sort(into.begin(), into.end(),
                  [](const StoredRecord& a, const StoredRecord& b) { return a.record.id < b.record.id; });
    };
    loadList(recordsDir(), out.finished);
    std::vector<StoredRecord> inProgress;
    loadList(inProgressDir(), inProgress);
    // An in-progress file whose record is also finished is left over from a
    // crash between the two steps of save(); the finished one wins.
    for (auto& s : inProgress) {
        bool done =
            std::binary_search(out.finished.begin(), out.finished.end(), s,
                               [](const StoredRecord& a, const StoredRecord& b) { return a.record.id < b.record.id; });
        if (!done) {
            out.inProgress.push_back(std::move(s));
        } else if (mode == LoadMode::SetAside) {
            std::error_code ec;
            fs::remove(s.file, ec);
        }
    }
    return out;
}

std::optional<fs::path> RecordFolder::setAside(const fs::path& file, const std::string& reason,
                                               std::string* why) const {
    if (!ensureDir(damagedDir(), why)) return std::nullopt;
    const std::string name = file.filename().string();
    fs::path target = damagedDir() / name;
    std::error_code ec;
    for (int n = 1; fs::exists(target, ec) || fs::exists(target.string() + ".reason.txt", ec); ++n) {
        if (n > 10000) {
            if (why) *why = "cannot set aside " + file.string() + ": damaged/ is full of files named " + name;
            return std::nullopt;
        }
        target = damagedDir() / (name + "." + std::to_string(n));
    }
    fs::rename(file, target, ec);
    if (ec) {
        if (why) *why = "cannot move " + file.string() + " to " + target.string() + ": " + ec.message();
        return std::nullopt;
    }
    // The reason is a courtesy for whoever looks later; the move is what matters.
    writeFileAtomically(target.string() + ".reason.txt", file.string() + ": " + reason + "\n", nullptr, durable_);
    return target;
}

std::set<RecordId> RecordFolder::exportedIds() const {
    std::set<RecordId> ids;
    std::error_code ec;
    if (!fs::exists(exportedList(), ec)) return ids;
    auto text = readCapped(exportedList(), kMaxExportedListBytes, "an export list", nullptr);
    if (!text) return ids;
    std::size_t start = 0;
    while (start < text->size()) {
        std::size_t end = text->find('\n', start);
        if (end == std::string::npos) end = text->size();
        std::string line = text->substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (auto id = RecordId::fromHex(line)) ids.insert(*id);
        start = end + 1;
    }
    return ids;
}

bool RecordFolder::markExported(const std::vector<RecordId>& ids, std::string* why) const {
    std::set<RecordId> all = exportedIds();
    const std::size_t before = all.size();
    all.insert(ids.begin(), ids.end());
    std::error_code ec;
    if (all.size() == before && fs::exists(exportedList(), ec)) return true;
    std::string text;
    text.reserve(all.size() * 33);
    for (const auto& id : all) text += id.hex() + "\n";
    if (!ensureDir(dir_, why)) return false;
    return writeFileAtomically(exportedList(), text, why, durable_);
}

std::optional<std::string> RecordFolder::deviceId(std::string* why) const {
    const fs::path file = dir_ / "device-id.txt";
    std::error_code ec;
    if (fs::exists(file, ec)) {
        if (auto text = readCapped(file, 64, "a device id file", nullptr)) {
            std::string id = text->substr(0, text->find_first_of("\r\n"));
            if (isDeviceId(id)) return id;
        }
    }
    std::string id = newDeviceId();
    if (!ensureDir(dir_, why) || !writeFileAtomically(file, id + "\n", why, durable_)) return std::nullopt;
    return id;
}

}  // namespace samenspel
