// report, export and bench (hub_commands.h).
#include "hub/hub_commands.h"

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "content/deck_loader.h"
#include "hub/importer.h"
#include "hub/report.h"
#include "hub/table_export.h"
#include "store/atomic_file.h"

namespace samenspel::hub {

namespace fs = std::filesystem;
using cli::Args;
using cli::hasFlag;
using cli::numberOption;
using cli::option;
using cli::UsageError;

namespace {

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int failWith(const char* command, const std::string& why) {
    std::fprintf(stderr, "samenspel-hub %s: %s\n", command, why.c_str());
    return 1;
}

std::unique_ptr<HubDb> openOrSay(const char* command, const Args& args) {
    std::string why;
    auto db = openHubDb(option(args, "--db"), &why);
    if (!db) failWith(command, why);
    return db;
}

bool loadWordsOrSay(const char* command, Words& words) {
    std::string why;
    if (loadHubWords(words, &why)) return true;
    failWith(command, why);
    return false;
}

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// The hub's CSV of `db` into `file`; returns the rows.
std::size_t exportCsv(HubDb& db, const DeckCatalog& decks, const Words& words, const fs::path& file) {
    std::FILE* out = std::fopen(file.c_str(), "wb");
    if (!out) throw std::runtime_error("cannot write " + file.string());
    std::size_t rows = 0;
    std::string why;
    const bool ok = exportTables(
        db, decks, words, TableFormat::Csv, false,
        [&](const std::string& s) { return std::fwrite(s.data(), 1, s.size(), out) == s.size(); }, rows, &why);
    std::fclose(out);
    if (!ok) throw std::runtime_error(why);
    return rows;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

}  // namespace

int runReport(const Args& args) {
    const std::string out = option(args, "-o");
    if (out.empty()) throw UsageError{"-o rapport.html is required"};
    ReportOptions options;
    options.minSessions = static_cast<int>(numberOption(args, "--min-sessions", 5, 1000000));
    if (options.minSessions < 1) throw UsageError{"--min-sessions must be at least 1"};
    options.withNotes = hasFlag(args, "--with-notes");
    options.nowMs = nowMs();
    auto db = openOrSay("report", args);
    Words words;
    if (!db || !loadWordsOrSay("report", words)) return 1;
    const DeckCatalog decks = loadBundledDecks();
    std::string html, why;
    if (!buildReport(*db, decks, words, options, html, &why) || !writeFileAtomically(out, html, &why))
        return failWith("report", why);
    std::printf("wrote %s\n", out.c_str());
    return 0;
}

int runExport(const Args& args) {
    const bool csv = hasFlag(args, "--csv"), json = hasFlag(args, "--json");
    if (csv == json) throw UsageError{"choose --csv or --json"};
    auto db = openOrSay("export", args);
    Words words;
    if (!db || !loadWordsOrSay("export", words)) return 1;
    const DeckCatalog decks = loadBundledDecks();
    const std::string out = option(args, "-o");
    std::string why;
    std::size_t rows = 0;
    const auto format = csv ? TableFormat::Csv : TableFormat::Json;
    if (out.empty()) {
        if (!exportTables(
                *db, decks, words, format, hasFlag(args, "--with-notes"),
                [](const std::string& s) { return std::fwrite(s.data(), 1, s.size(), stdout) == s.size(); }, rows,
                &why))
            return failWith("export", why);
        return 0;
    }
    AtomicFile file(out);
    if (!file.open(&why) ||
        !exportTables(
            *db, decks, words, format, hasFlag(args, "--with-notes"),
            [&](const std::string& s) { return file.write(s, &why); }, rows, &why) ||
        !file.commit(&why))
        return failWith("export", why);
    std::fprintf(stderr, "wrote %zu rows to %s\n", rows, out.c_str());
    return 0;
}

// Imports a bundle into a fresh SQLite file (and PostgreSQL database when
// --pg is given), beside each engine's own bulk load of the same rows (the
// hub's CSV through sqlite3 .import and psql \copy), then times the report.
int runBench(const Args& args) {
    // A line as soon as it is measured, also into a file: a long run shows its progress.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const std::string bundle = option(args, "--bundle");
    if (bundle.empty())
        throw UsageError{"--bundle FILE is required (make one with `samenspel-cli simulate --count N -o FILE`)"};
    const fs::path dir =
        option(args, "--dir", (fs::temp_directory_path() / ("hub-bench-" + std::to_string(getpid()))).string());
    fs::create_directories(dir);
    const std::string pg = option(args, "--pg");
    const DeckCatalog decks = loadBundledDecks();
    Words words;
    if (!loadWordsOrSay("bench", words)) return 1;
    std::string why;
    std::printf("bundle %s (%.1f MiB)\n", bundle.c_str(),
                static_cast<double>(fs::file_size(bundle)) / (1024.0 * 1024.0));

    auto bench = [&](const std::string& engine, const std::string& target) -> bool {
        auto db = openHubDb(target, &why);
        if (!db) return false;
        // The bench measures a first import: never on a database in use.
        if (db->scalar("SELECT COUNT(*) FROM records", {}, &why).value_or("1") != "0") {
            why = target + " is not empty: give the bench a throw-away database";
            return false;
        }
        Importer importer(*db, decks);
        ImportCounts counts;
        auto t = std::chrono::steady_clock::now();
        if (!importer.importInput(bundle, {}, counts, &why)) return false;
        const double import = seconds(t);
        std::size_t derivedRows = 0;
        for (const char* table : {"sessions", "seats", "tw_rounds", "tw_picks", "tw_counters", "tw_intentions",
                                  "sl_moments", "sl_answers", "sl_actions", "sl_ratings"})
            derivedRows += std::stoul(db->scalar(std::string("SELECT COUNT(*) FROM ") + table, {}, &why).value_or("0"));
        std::printf("%-10s import   %8zu records, %9zu rows  %8.1f s  %9.0f records/s  (peak RSS %ld MiB)\n",
                    engine.c_str(), counts.fresh, derivedRows, import, counts.fresh / std::max(import, 1e-9),
                    peakRssMiB());
        t = std::chrono::steady_clock::now();
        ImportCounts again;
        if (!importer.importInput(bundle, {}, again, &why)) return false;
        std::printf("%-10s reimport %8zu duplicates            %8.1f s\n", engine.c_str(), again.duplicates,
                    seconds(t));
        ReportOptions options;
        options.nowMs = nowMs();
        std::string html;
        t = std::chrono::steady_clock::now();
        if (!buildReport(*db, decks, words, options, html, &why)) return false;
        std::printf("%-10s report   %8zu bytes                 %8.1f s  (peak RSS %ld MiB)\n", engine.c_str(),
                    html.size(), seconds(t), peakRssMiB());
        const fs::path csv = dir / (engine + ".csv");
        t = std::chrono::steady_clock::now();
        const std::size_t rows = exportCsv(*db, decks, words, csv);
        std::printf("%-10s export   %8zu CSV rows              %8.1f s\n", engine.c_str(), rows, seconds(t));

        // The engine's bulk load of the same rows: the limit an import can approach.
        std::string load;
        if (engine == "sqlite") {
            const fs::path base = dir / "baseline.sqlite";
            fs::remove(base);
            load = "sqlite3 " + base.string() + " -cmd '.mode csv' -cmd '.separator ;' -cmd " +
                   quoted(".import " + csv.string() + " rows") + " 'SELECT COUNT(*) FROM rows' > /dev/null";
        } else {
            if (!db->exec("DROP TABLE IF EXISTS bench_rows", &why)) return false;
            std::string create = "CREATE TABLE bench_rows (";
            for (int c = 0; c < 18; ++c) create += std::string(c ? ", " : "") + "c" + std::to_string(c) + " TEXT";
            if (!db->exec(create + ")", &why)) return false;
            // psql's own \copy (client-side COPY FROM STDIN), from a command file: no shell quoting.
            const fs::path script = dir / "copy.sql";
            std::string why2;
            if (!writeFileAtomically(
                    script,
                    "\\copy bench_rows FROM '" + csv.string() + "' WITH (FORMAT csv, DELIMITER ';', HEADER true)\n",
                    &why2, false)) {
                why = why2;
                return false;
            }
            load = "psql -q -v ON_ERROR_STOP=1 -f " + script.string() + " " + quoted(target);
        }
        t = std::chrono::steady_clock::now();
        if (std::system(load.c_str()) != 0) {
            why = "the baseline load failed: " + load;
            return false;
        }
        const double baseline = seconds(t);
        std::printf("%-10s baseline %8zu CSV rows bulk load    %8.1f s  (import / baseline = %.2f)\n", engine.c_str(),
                    rows, baseline, import / std::max(baseline, 1e-9));
        fs::remove(csv);
        return true;
    };

    // --only ENGINE measures one engine (a 1M-record run of both takes long).
    const std::string only = option(args, "--only");
    if (!only.empty() && only != "sqlite" && only != "postgresql")
        throw UsageError{"--only takes sqlite or postgresql"};
    if (only == "postgresql" && pg.empty()) throw UsageError{"--only postgresql needs --pg URL"};
    const fs::path sqliteFile = dir / "bench.sqlite";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(sqliteFile.string() + suffix);
    if (only != "postgresql" && !bench("sqlite", sqliteFile.string())) return failWith("bench", why);
    if (only != "sqlite" && !pg.empty() && !bench("postgresql", pg)) return failWith("bench", why);
    if (!hasFlag(args, "--keep")) fs::remove_all(dir);
    return 0;
}

}  // namespace samenspel::hub
