// The report and the exports (issue 11): one self-contained page with a
// table under every chart, the privacy floor, notes only when asked for,
// no device ids; the same report from both engines; Dutch Excel CSV.
#include <catch2/catch.hpp>

#include <regex>

#include "../temp_dir.h"
#include "hub/importer.h"
#include "hub/report.h"
#include "hub/table_export.h"
#include "hub_support.h"
#include "pg_cluster.h"

using namespace samenspel;
using namespace samenspel::hub;
using namespace samenspel::hubtest;
namespace fs = std::filesystem;

namespace {

const DeckCatalog& decks() {
    static const DeckCatalog catalog = loadBundledDecks();
    return catalog;
}

const Words& words() {
    static const Words w = [] {
        Words out;
        std::string why;
        if (!loadHubWords(out, &why)) throw std::runtime_error(why);
        return out;
    }();
    return w;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

std::string reportOf(HubDb& db, ReportOptions options = {}) {
    options.nowMs = 1'735'689'600'000;  // 2025-01-01
    std::string html, why;
    INFO(why);
    REQUIRE(buildReport(db, decks(), words(), options, html, &why));
    return html;
}

std::unique_ptr<HubDb> importedDb(const std::string& target, const fs::path& bundle) {
    std::string why;
    auto db = openHubDb(target, &why);
    REQUIRE(db);
    Importer importer(*db, decks());
    ImportCounts counts;
    REQUIRE(importer.importInput(bundle, {}, counts, &why));
    return db;
}

}  // namespace

SCENARIO("the report is one self-contained page with a table under every chart") {
    TempDir tmp;
    simulateBundle(tmp.path / "a.ssb", 300, 31);
    auto db = importedDb((tmp.path / "hub.sqlite").string(), tmp.path / "a.ssb");
    const std::string html = reportOf(*db);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<html lang=\"nl\">") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http://") == std::string::npos);
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("url(http") == std::string::npos);
    CHECK(html.find("@page{size:A4") != std::string::npos);
    // Seven charts (sessions, factors, steps, counters, themes, keep/change, ratings), each with its table.
    CHECK(occurrences(html, "<section>") == 7);
    CHECK(occurrences(html, "<details><summary>Toon als tabel</summary>") == 7);
    THEN("the study's top 15 are listed by their rank, from the deck") {
        CHECK(html.find("Eigen vakinhoudelijke competenties en vaardigheden") != std::string::npos);
        CHECK(html.find("Intervisie met collega") != std::string::npos);
    }
    THEN("no device id and no record id is in the page") {
        std::string why;
        db->query(
            "SELECT device_id, record_id FROM sessions", {},
            [&](const SqlRow& row) {
                CHECK(html.find(*row[0]) == std::string::npos);
                CHECK(html.find(*row[1]) == std::string::npos);
                return true;
            },
            &why);
    }
    THEN("free text appears only with --with-notes") {
        CHECK(html.find("simulated note") == std::string::npos);
        ReportOptions withNotes;
        withNotes.withNotes = true;
        CHECK(reportOf(*db, withNotes).find("simulated note") != std::string::npos);
    }
}

SCENARIO("no cell of the report stands for fewer sessions than the floor") {
    TempDir tmp;
    simulateBundle(tmp.path / "a.ssb", 4, 32);
    auto db = importedDb((tmp.path / "hub.sqlite").string(), tmp.path / "a.ssb");
    const std::string html = reportOf(*db);
    // Four sessions in all: every count on the page is hidden.
    const std::regex shownNumber(R"(<td class="n">[0-9]+</td>|<b>[0-9]+</b>)");
    CHECK_FALSE(std::regex_search(html, shownNumber));
    CHECK(html.find("minder dan 5") != std::string::npos);
    WHEN("the floor is 1") {
        ReportOptions one;
        one.minSessions = 1;
        CHECK(std::regex_search(reportOf(*db, one), shownNumber));
    }
}

SCENARIO("both engines give the same report") {
    auto& pg = PgCluster::shared();
    if (!pg.available()) {
        WARN("PostgreSQL skipped: " << pg.why());
        return;
    }
    TempDir tmp;
    simulateBundle(tmp.path / "a.ssb", 150, 33);
    auto lite = importedDb((tmp.path / "hub.sqlite").string(), tmp.path / "a.ssb");
    auto post = importedDb(pg.freshDatabase(), tmp.path / "a.ssb");
    ReportOptions options;
    options.withNotes = true;
    CHECK(reportOf(*lite, options) == reportOf(*post, options));
}

SCENARIO("a database from before the report's counts is migrated and filled, and its report is the same") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    const std::string target = freshTarget(engine, tmp.path);
    if (target.empty()) {
        WARN("PostgreSQL skipped: " << PgCluster::shared().why());
        return;
    }
    simulateBundle(tmp.path / "a.ssb", 120, 35);
    ReportOptions options;
    options.minSessions = 3;
    std::string before;
    {
        auto db = importedDb(target, tmp.path / "a.ssb");
        before = reportOf(*db, options);
        // Back to schema version 1: the import's rows without report_counts.
        std::string why;
        INFO(why);
        REQUIRE(db->exec("DROP TABLE report_counts; DELETE FROM hub_schema WHERE version > 1", &why));
    }
    std::string why;
    auto db = openHubDb(target, &why);
    INFO(why);
    REQUIRE(db);
    CHECK(db->scalar("SELECT MAX(version) FROM hub_schema", {}, &why) == std::to_string(schemaVersion()));
    CHECK(countRows(*db, "report_counts") > 0);
    CHECK(reportOf(*db, options) == before);
}

SCENARIO("the CSV export is for Dutch Excel with a BOM and semicolons and codes beside labels") {
    TempDir tmp;
    simulateBundle(tmp.path / "a.ssb", 20, 34);
    auto db = importedDb((tmp.path / "hub.sqlite").string(), tmp.path / "a.ssb");
    std::string csv, why;
    std::size_t rows = 0;
    REQUIRE(exportTables(
        *db, decks(), words(), TableFormat::Csv, false,
        [&](const std::string& s) {
            csv += s;
            return true;
        },
        rows, &why));
    CHECK(csv.rfind("\xEF\xBB\xBFsessie;spel;maand;datum;", 0) == 0);
    CHECK(rows > 20);
    CHECK(occurrences(csv, "\r\n") == rows + 1);
    CHECK(csv.find(";pick;gekozen factor;") != std::string::npos);
    CHECK(csv.find("simulated note") == std::string::npos);
    CHECK(excelField("a;b") == "\"a;b\"");
    CHECK(excelField("=SUM(A1)", true) == "'=SUM(A1)");
    THEN("the JSON export has the same rows") {
        std::string json;
        std::size_t jsonRows = 0;
        REQUIRE(exportTables(
            *db, decks(), words(), TableFormat::Json, true,
            [&](const std::string& s) {
                json += s;
                return true;
            },
            jsonRows, &why));
        CHECK(jsonRows == rows);
        CHECK(json.rfind("{\"rows\": [", 0) == 0);
        CHECK(json.find("simulated note") != std::string::npos);
    }
}
