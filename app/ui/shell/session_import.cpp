#include "ui/shell/session_import.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <vector>

#include "store/bundle.h"
#include "store/record_codec.h"

namespace samenspel::ui {

namespace fs = std::filesystem;

namespace {

// A phone's whole history is a few megabytes; a larger file is not an
// export of this app, and reading it whole would cost the phone's memory.
constexpr std::uintmax_t kMaxImportBytes = 64u << 20;
// openSealedFile's reason when the first chunk does not open (sealed_file.cpp).
constexpr std::string_view kWrongPassphrase = "wrong passphrase";

}  // namespace

ImportResult importSessions(RecordSink& sink, const std::string& path, std::string passphrase) {
    using O = ImportResult::Outcome;
    ImportResult r;
    r.path = path;
    r.name = fs::path(path).filename().string();
    auto done = [&](O o, const std::string& why = {}) {
        std::fill(passphrase.begin(), passphrase.end(), '\0');
        r.outcome = o;
        if (!why.empty()) std::printf("samenspel: import of %s: %s\n", path.c_str(), why.c_str());
        return r;
    };
    std::error_code ec;
    const bool isFile = fs::is_regular_file(path, ec);
    const std::uintmax_t size = isFile ? fs::file_size(path, ec) : 0;
    if (!isFile || ec || inputKindOf(path) != InputKind::Bundle) return done(O::NotABundle, "not a bundle");
    if (size > kMaxImportBytes) return done(O::NotABundle, "larger than any bundle of this app");
    if (isKeySealedFile(path)) return done(O::ForCoordinator);
    BundleReader reader(true);  // every record decoded in full: a broken one is found before anything is written
    std::string why;
    if (isSealedFile(path)) {
        if (passphrase.empty()) return done(O::NeedsPassphrase);
        FileHandle plain = openSealedFile(path, passphrase, &why);
        if (!plain) return done(why.rfind(kWrongPassphrase, 0) == 0 ? O::WrongPassphrase : O::Damaged, why);
        if (!reader.openDecrypted(std::move(plain), &why)) return done(O::Damaged, why);
    } else if (!reader.open(path, &why)) {
        return done(O::Damaged, why);
    }
    RecordUnion incoming;
    RawRecord raw;
    for (;;) {
        const auto step = reader.next(raw, &why);
        if (step == BundleReader::Step::End) break;
        if (step == BundleReader::Step::Damaged) ++r.damaged;
        else incoming.add(std::move(raw));
    }
    if (r.damaged > 0) return done(O::Damaged, std::to_string(r.damaged) + " damaged record(s), nothing taken");

    // Every record decoded before the first is written: nothing half.
    std::vector<Record> fresh;
    std::set<RecordId> here;
    const FolderLoad stored = sink.loadRecords();
    for (const auto* list : {&stored.finished, &stored.inProgress})
        for (const auto& s : *list) here.insert(s.record.id);
    for (const auto& [id, frame] : incoming.frames()) {
        auto record = decodeRecord(frame, &why);
        if (!record) return done(O::Damaged, why);  // verified by the reader; only a file changed since gets here
        if (here.count(id)) ++r.already;
        else if (record->status == RecordStatus::InProgress) ++r.skipped;  // a game in play stays on its device
        else fresh.push_back(std::move(*record));
    }
    for (const Record& record : fresh) {
        if (!sink.saveRecord(record, &why)) return done(O::NotSaved, why);
        ++r.added;
    }
    return done(O::Done);
}

}  // namespace samenspel::ui
