// samenspel-hub: the coordinator's hub (issue 11). Bundles from many devices
// into one database (SQLite file or PostgreSQL), a Dutch report, exports.
// Every error ends as one line on stderr and a non-zero exit code.
#include <algorithm>
#include <cstdio>
#include <map>

#include "cli/commands.h"
#include "content/deck_loader.h"
#include "hub/hub_commands.h"
#include "hub/importer.h"
#include "store/key_sealed_file.h"
#include "store/record_folder.h"
#include "store/sealed_file.h"

using namespace samenspel;
using namespace samenspel::cli;
namespace fs = std::filesystem;

namespace {

const char* kUsage =
    "usage: samenspel-hub <command> ...\n"
    "  import BUNDLE|DIR... --db DB [--key NAME.key] [--passphrase-file F]\n"
    "                                    bundles, record files, app data folders, or folders of bundles\n"
    "  keygen -o NAME                    writes NAME.key (secret, 0600) and NAME.pub\n"
    "  rederive --db DB                  replay sessions stored without a deck, now that the hub has it\n"
    "  report --db DB -o rapport.html [--min-sessions N] [--with-notes]\n"
    "  export --db DB --csv|--json [-o FILE] [--with-notes]\n"
    "  bench --bundle FILE [--pg URL] [--only sqlite|postgresql] [--dir DIR] [--keep]\n"
    "                                    import and report timings beside the engines' bulk load\n"
    "DB is a SQLite file (created when missing) or postgresql://...\n";

// A folder that is not an app data folder is an inbox of bundles: its files
// in name order, each its own transaction.
std::vector<fs::path> expandInputs(const std::vector<std::string>& words) {
    std::vector<fs::path> out;
    for (const auto& w : words) {
        std::error_code ec;
        if (fs::is_directory(w, ec) && !RecordFolder::looksLikeFolder(w)) {
            std::vector<fs::path> files;
            for (const auto& e : fs::directory_iterator(w, ec))
                if (e.is_regular_file()) files.push_back(e.path());
            std::sort(files.begin(), files.end());
            out.insert(out.end(), files.begin(), files.end());
        } else {
            out.emplace_back(w);
        }
    }
    return out;
}

int runImport(const Args& args) {
    const auto inputs = expandInputs(positional(args, {"--db", "--key", "--passphrase-file"}));
    if (inputs.empty()) throw UsageError{"give at least one bundle, record file or folder"};
    std::string why;
    auto db = hub::openHubDb(option(args, "--db"), &why);
    if (!db) {
        std::fprintf(stderr, "samenspel-hub import: %s\n", why.c_str());
        return 1;
    }
    hub::ImportOptions options;
    options.secretKeyFile = option(args, "--key");
    if (const auto pf = option(args, "--passphrase-file");
        !pf.empty() && !readPassphraseFile(pf, options.passphrase, &why)) {
        std::fprintf(stderr, "samenspel-hub import: %s\n", why.c_str());
        return 1;
    }
    const DeckCatalog catalog = loadBundledDecks();
    hub::Importer importer(*db, catalog);
    int failed = 0;
    for (const auto& input : inputs) {
        hub::ImportCounts counts;
        if (!importer.importInput(input, options, counts, &why)) {
            std::printf("%s: not imported: %s\n", input.filename().string().c_str(), why.c_str());
            ++failed;
            continue;
        }
        std::printf("%s\n", hub::reportLine(input.filename().string(), counts).c_str());
        for (const auto& p : counts.problems) std::printf("  %s\n", p.c_str());
        std::fflush(stdout);
    }
    return failed ? 1 : 0;
}

int runKeygen(const Args& args) {
    const std::string stem = option(args, "-o");
    if (stem.empty()) throw UsageError{"-o NAME is required"};
    std::string why;
    if (!writeHubKeyPair(stem, &why)) {
        std::fprintf(stderr, "samenspel-hub keygen: %s\n", why.c_str());
        return 1;
    }
    auto pub = readHubPublicKey(stem + ".pub", &why);
    std::printf("wrote %s.key (keep it secret) and %s.pub (give it to the devices)\n", stem.c_str(), stem.c_str());
    if (pub) std::printf("fingerprint: %s\n", keyFingerprintWords(*pub).c_str());
    return 0;
}

int runRederive(const Args& args) {
    std::string why;
    auto db = hub::openHubDb(option(args, "--db"), &why);
    if (!db) {
        std::fprintf(stderr, "samenspel-hub rederive: %s\n", why.c_str());
        return 1;
    }
    const DeckCatalog catalog = loadBundledDecks();
    std::size_t derived = 0, still = 0;
    if (!hub::rederive(*db, catalog, derived, still, &why)) {
        std::fprintf(stderr, "samenspel-hub rederive: %s\n", why.c_str());
        return 1;
    }
    std::printf("%zu sessions derived, %zu still without a deck to replay\n", derived, still);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    static const std::map<std::string, int (*)(const Args&)> commands = {
        {"import", runImport},      {"keygen", runKeygen},    {"report", hub::runReport},
        {"export", hub::runExport}, {"bench", hub::runBench}, {"rederive", runRederive}};
    return runCommandLine("samenspel-hub", kUsage, commands, argc, argv);
}
