#include "table/folder_sink.h"

#include <ctime>
#include <fstream>

#include "store/atomic_file.h"
#include "store/bundle.h"
#include "store/key_sealed_file.h"

namespace samenspel {

namespace fs = std::filesystem;

namespace {
constexpr std::uintmax_t kMaxViewBytes = 256u << 10;  // view_draft.h's bound, checked before reading
}

FolderSink::FolderSink(fs::path dataDir, bool durable) : folder_(std::move(dataDir), durable), durable_(durable) {}

fs::path FolderSink::viewFile(const RecordId& id) const { return folder_.inProgressDir() / (id.hex() + ".view"); }

bool FolderSink::saveRecord(const Record& r, std::string* why) { return folder_.save(r, why); }

FolderLoad FolderSink::loadRecords() { return folder_.load(LoadMode::SetAside); }

std::set<RecordId> FolderSink::exportedIds() const { return folder_.exportedIds(); }

BundleWrite FolderSink::writeBundle(bool all, const std::string& passphrase, std::int64_t nowMs) {
    BundleWrite out;
    const fs::path dir = exportsDir();
    out.folder = dir.string();
    std::error_code ec;
    fs::create_directories(dir, ec);
    const std::time_t t = static_cast<std::time_t>(nowMs / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    // Two exports in one second get their own files; exportBundle itself
    // also refuses to overwrite.
    std::string name = std::string("samenspel-") + stamp + ".ssb";
    for (int n = 2; fs::exists(dir / name, ec); ++n)
        name = std::string("samenspel-") + stamp + "-" + std::to_string(n) + ".ssb";
    ExportReport report;
    // A coordinator's key set in Settings seals the export to the hub (issue 11).
    const auto hubKey = passphrase.empty() ? loadCoordinatorKey(folder_.dir()) : std::nullopt;
    out.sealedToKey = hubKey.has_value();
    const bool written = hubKey ? exportBundleToKey(folder_, dir / name, all, *hubKey, report, &out.why, durable_)
                                : exportBundle(folder_, dir / name, all, report, &out.why, durable_, passphrase);
    if (!written) {
        out.problem = fs::exists(dir / name, ec) ? BundleWrite::Problem::NotMarked : BundleWrite::Problem::NotWritten;
        return out;
    }
    out.written = report.written;
    if (fs::exists(dir / name, ec)) out.file = name;
    return out;
}

bool FolderSink::deleteRecord(const RecordId& id, std::string* why) {
    // The names come from the id's hex, never from outside text, so they
    // cannot point out of the folder.
    const std::string file = id.hex() + ".ssr";
    bool removedAny = false;
    for (const fs::path& p : {folder_.recordsDir() / file, folder_.inProgressDir() / file}) {
        std::error_code ec;
        const bool removed = fs::remove(p, ec);
        if (ec) {
            if (why) *why = "cannot remove " + p.string() + ": " + ec.message();
            return false;
        }
        removedAny = removedAny || removed;
    }
    dropView(id);
    if (!removedAny && why) *why = "no record " + id.hex() + " in " + folder_.dir().string();
    return removedAny;
}

bool FolderSink::saveView(const RecordId& id, const std::string& bytes, std::string* why) {
    std::error_code ec;
    fs::create_directories(folder_.inProgressDir(), ec);
    if (ec) {
        if (why) *why = "cannot create " + folder_.inProgressDir().string() + ": " + ec.message();
        return false;
    }
    return writeFileAtomically(viewFile(id), bytes, why, durable_);
}

std::optional<std::string> FolderSink::loadView(const RecordId& id, std::string* why) {
    const fs::path file = viewFile(id);
    std::error_code ec;
    if (!fs::exists(file, ec)) return std::nullopt;
    const auto size = fs::file_size(file, ec);
    if (ec || size > kMaxViewBytes) {
        if (why) *why = file.string() + ": " + (ec ? ec.message() : "larger than a view sidecar can be");
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) {
        if (why) *why = file.string() + ": cannot read";
        return std::nullopt;
    }
    return bytes;
}

void FolderSink::dropView(const RecordId& id) {
    std::error_code ec;
    fs::remove(viewFile(id), ec);
}

}  // namespace samenspel
