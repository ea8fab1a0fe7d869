// The import laws of issue 11, on both engines: idempotent and order-free,
// one transaction per bundle, conflicts kept aside, damage named, frames
// kept byte for byte, an unknown deck imported and counted, not refused.
#include <catch2/catch.hpp>

#include <fstream>

#include "../temp_dir.h"
#include "hub/derive.h"
#include "hub/importer.h"
#include "hub/row_batch.h"
#include "hub_support.h"
#include "pg_cluster.h"
#include "store/record_codec.h"

using namespace samenspel;
using namespace samenspel::hub;
using namespace samenspel::hubtest;
namespace fs = std::filesystem;

namespace {

const DeckCatalog& decks() {
    static const DeckCatalog catalog = loadBundledDecks();
    return catalog;
}

// The engine under test, or nothing (after saying why) when it cannot run.
std::unique_ptr<HubDb> freshDb(const std::string& engine, const fs::path& dir) {
    const std::string target = freshTarget(engine, dir);
    if (target.empty()) {
        WARN("PostgreSQL skipped: " << PgCluster::shared().why());
        return nullptr;
    }
    std::string why;
    auto db = openHubDb(target, &why);
    INFO(why);
    REQUIRE(db);
    return db;
}

ImportCounts importOk(HubDb& db, const fs::path& input, const ImportOptions& options = {}) {
    Importer importer(db, decks());
    ImportCounts counts;
    std::string why;
    INFO(input.string() << ": " << why);
    REQUIRE(importer.importInput(input, options, counts, &why));
    return counts;
}

// The same ids with other bytes: a later end time.
std::vector<RawRecord> changedCopies(const std::vector<RawRecord>& records, std::size_t n) {
    std::vector<RawRecord> out;
    for (std::size_t i = 0; i < n && i < records.size(); ++i) {
        std::string why;
        auto r = decodeRecord(records[i].frame, &why);
        REQUIRE(r);
        r->endedAtMs += 60'000;
        auto frame = encodeRecord(*r, &why);
        REQUIRE(frame);
        out.push_back({r->id, *frame});
    }
    return out;
}

}  // namespace

SCENARIO("import is idempotent and order-free on both engines") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    simulateBundle(tmp.path / "a.ssb", 60, 1);
    simulateBundle(tmp.path / "b.ssb", 40, 2);
    // c: five of a's ids with other bytes, and ten records of its own.
    auto a = readBundle(tmp.path / "a.ssb");
    simulateBundle(tmp.path / "c0.ssb", 10, 3);
    auto c = changedCopies(a, 5);
    for (auto& r : readBundle(tmp.path / "c0.ssb")) c.push_back(r);
    std::sort(c.begin(), c.end(), [](const RawRecord& x, const RawRecord& y) { return x.id < y.id; });
    writeBundle(tmp.path / "c.ssb", c);

    std::vector<std::vector<std::string>> orders = {{"a.ssb", "b.ssb", "c.ssb"},
                                                    {"c.ssb", "b.ssb", "a.ssb"},
                                                    {"b.ssb", "a.ssb", "c.ssb", "a.ssb", "c.ssb", "b.ssb"}};
    std::vector<std::string> dumps;
    for (std::size_t o = 0; o < orders.size(); ++o) {
        fs::create_directories(tmp.path / std::to_string(o));
        auto db = freshDb(engine, tmp.path / std::to_string(o));
        if (!db) return;
        std::size_t conflicts = 0;
        for (const auto& name : orders[o]) conflicts += importOk(*db, tmp.path / name).conflicts;
        CHECK(conflicts >= 5);
        CHECK(countRows(*db, "records") == 110);
        CHECK(countRows(*db, "sessions") == 110);
        CHECK(countRows(*db, "conflicts") == 5);
        // Conflicts replaced records: what the report counts followed.
        CHECK(keptReportCounts(*db) == rebuiltReportCounts(*db));
        dumps.push_back(dump(*db));
    }
    THEN("every order leaves the same tables on " << engine) {
        CHECK(dumps[0] == dumps[1]);
        CHECK(dumps[0] == dumps[2]);
    }
}

SCENARIO("a second import of the same bundle changes nothing and says so") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    auto db = freshDb(engine, tmp.path);
    if (!db) return;
    simulateBundle(tmp.path / "a.ssb", 30, 4);
    const auto first = importOk(*db, tmp.path / "a.ssb");
    CHECK(first.fresh == 30);
    const std::string before = dump(*db);
    const auto again = importOk(*db, tmp.path / "a.ssb");
    CHECK(again.fresh == 0);
    CHECK(again.duplicates == 30);
    CHECK(reportLine("a.ssb", again) == "a.ssb: 0 new, 30 duplicate, 0 conflict, 0 damaged");
    CHECK(dump(*db) == before);
}

SCENARIO("the hub keeps every record's frame byte for byte") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    auto db = freshDb(engine, tmp.path);
    if (!db) return;
    simulateBundle(tmp.path / "a.ssb", 25, 5);
    importOk(*db, tmp.path / "a.ssb");
    std::string rebuilt = bundleHeader(25), why;
    REQUIRE(db->query(
        "SELECT frame FROM records ORDER BY record_id", {},
        [&](const SqlRow& row) {
            rebuilt += *row[0];
            return true;
        },
        &why));
    CHECK(rebuilt == slurp(tmp.path / "a.ssb"));
}

SCENARIO("damaged records are counted and named and the rest is imported") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    auto db = freshDb(engine, tmp.path);
    if (!db) return;
    simulateBundle(tmp.path / "a.ssb", 20, 6);
    auto records = readBundle(tmp.path / "a.ssb");
    // A byte of the third record's payload changed: its CRC fails.
    records[2].frame[records[2].frame.size() / 2] ^= 0x20;
    writeBundle(tmp.path / "bad.ssb", records);
    const auto counts = importOk(*db, tmp.path / "bad.ssb");
    CHECK(counts.fresh == 19);
    CHECK(counts.damaged == 1);
    REQUIRE(counts.problems.size() == 1);
    CHECK(counts.problems[0].rfind("damaged: ", 0) == 0);
    CHECK(counts.problems[0].find("byte") != std::string::npos);  // where it is
    CHECK(reportLine("bad.ssb", counts) == "bad.ssb: 19 new, 0 duplicate, 0 conflict, 1 damaged");
}

SCENARIO("a deck the hub does not know is imported and counted and not refused") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    auto db = freshDb(engine, tmp.path);
    if (!db) return;
    simulateBundle(tmp.path / "a.ssb", 3, 7);
    auto records = readBundle(tmp.path / "a.ssb");
    std::string why;
    auto r = decodeRecord(records[0].frame, &why);
    REQUIRE(r);
    r->deckId = r->setup.deckId = "kaartspel-onbekend";
    records[0].frame = *encodeRecord(*r, &why);
    writeBundle(tmp.path / "new-deck.ssb", records);
    const auto counts = importOk(*db, tmp.path / "new-deck.ssb");
    CHECK(counts.fresh == 3);
    CHECK(counts.notDerived == 1);
    CHECK(reportLine("x.ssb", counts) ==
          "x.ssb: 3 new, 0 duplicate, 0 conflict, 0 damaged (1 kept without a deck to replay)");
    CHECK(db->scalar("SELECT derived FROM sessions WHERE deck_id = 'kaartspel-onbekend'", {}, &why) ==
          std::string("no-deck"));
    CHECK(db->scalar("SELECT game_kind FROM sessions WHERE deck_id = 'kaartspel-onbekend'", {}, &why) ==
          std::string("unknown"));
    CHECK(countRows(*db, "records") == 3);
}

SCENARIO("what is not a bundle imports nothing and says what it is") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    auto db = freshDb(engine, tmp.path);
    if (!db) return;
    std::ofstream(tmp.path / "notes.txt") << "hello";
    Importer importer(*db, decks());
    ImportCounts counts;
    std::string why;
    CHECK_FALSE(importer.importInput(tmp.path / "notes.txt", {}, counts, &why));
    CHECK(why == "not a Samenspel bundle, record file or record folder");
    CHECK_FALSE(importer.importInput(tmp.path / "missing.ssb", {}, counts, &why));
    CHECK(why == "no such file or folder");
    CHECK(countRows(*db, "imports") == 0);
}

SCENARIO("sessions of a deck the hub gets later are derived by rederive") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    auto db = freshDb(engine, tmp.path);
    if (!db) return;
    simulateBundle(tmp.path / "a.ssb", 30, 8);
    DeckCatalog withoutSamenleer;
    for (const auto& d : decks().decks)
        if (d.kind != GameKind::Samenleer) withoutSamenleer.decks.push_back(d);
    Importer early(*db, withoutSamenleer);
    ImportCounts counts;
    std::string why;
    REQUIRE(early.importInput(tmp.path / "a.ssb", {}, counts, &why));
    REQUIRE(counts.notDerived > 0);
    CHECK(countRows(*db, "sl_moments") == 0);
    std::size_t derived = 0, still = 0;
    REQUIRE(rederive(*db, decks(), derived, still, &why));
    CHECK(derived == counts.notDerived);
    CHECK(still == 0);
    CHECK(keptReportCounts(*db) == rebuiltReportCounts(*db));
    THEN("the tables are what a hub with every deck would have made") {
        const std::string after = dump(*db);
        fs::create_directories(tmp.path / "full");
        auto full = freshDb(engine, tmp.path / "full");
        importOk(*full, tmp.path / "a.ssb");
        CHECK(dump(*full) == after);
    }
}

SCENARIO("text with tabs, line breaks and backslashes arrives as it was on both engines") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    auto db = freshDb(engine, tmp.path);
    if (!db) return;
    simulateBundle(tmp.path / "a.ssb", 2, 9);
    auto records = readBundle(tmp.path / "a.ssb");
    std::string why;
    auto r = decodeRecord(records[0].frame, &why);
    REQUIRE(r);
    // PostgreSQL gets derived rows by COPY, whose text format escapes these.
    const std::string awkward = "a\tb\\c\nd\re \\N \\. \"q\" ;'";
    r->setup.seats[0].nickname = awkward;
    r->appVersion = "\\.";
    records[0].frame = *encodeRecord(*r, &why);
    writeBundle(tmp.path / "awkward.ssb", records);
    CHECK(importOk(*db, tmp.path / "awkward.ssb").fresh == 2);
    const std::string id = records[0].id.hex();
    CHECK(db->scalar("SELECT nickname FROM seats WHERE record_id = $1 AND seat = 0", {SqlValue::text(id)}, &why) ==
          awkward);
    CHECK(db->scalar("SELECT app_version FROM sessions WHERE record_id = $1", {SqlValue::text(id)}, &why) ==
          std::string("\\."));
    CHECK(db->scalar("SELECT frame FROM records WHERE record_id = $1", {SqlValue::text(id)}, &why) == records[0].frame);
}

SCENARIO("a bundle the database refuses halfway imports nothing, says why, and the next bundle imports") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    auto db = freshDb(engine, tmp.path);
    if (!db) return;
    simulateBundle(tmp.path / "a.ssb", 60, 10);
    simulateBundle(tmp.path / "b.ssb", 5, 11);
    const auto records = readBundle(tmp.path / "a.ssb");
    // A stray seat row for a record late in the bundle: storing that
    // record's seats breaks the key. PostgreSQL gets the rows by COPY from a
    // thread, so there the refusal arrives after the import has moved on.
    const std::string stray = records[50].id.hex();
    std::string why;
    REQUIRE(db->run("INSERT INTO seats (record_id, seat, avatar, nickname, role) VALUES ($1, 0, '', '', '')",
                    {SqlValue::text(stray)}, &why));
    Importer importer(*db, decks());
    ImportCounts counts;
    CHECK_FALSE(importer.importInput(tmp.path / "a.ssb", {}, counts, &why));
    CHECK(why.find("seats") != std::string::npos);
    CHECK(countRows(*db, "records") == 0);
    CHECK(countRows(*db, "seats") == 1);
    CHECK(countRows(*db, "report_counts") == 0);
    CHECK(countRows(*db, "imports") == 0);
    THEN("the database takes the next bundle, and this one once the stray row is gone") {
        CHECK(importOk(*db, tmp.path / "b.ssb").fresh == 5);
        REQUIRE(db->run("DELETE FROM seats WHERE record_id = $1", {SqlValue::text(stray)}, &why));
        CHECK(importOk(*db, tmp.path / "a.ssb").fresh == 60);
        CHECK(countRows(*db, "records") == 65);
        CHECK(keptReportCounts(*db) == rebuiltReportCounts(*db));
    }
}

namespace {

// The droppable indexes of every derived table (name and definition).
std::vector<std::pair<std::string, std::string>> derivedIndexes(HubDb& db) {
    std::vector<std::pair<std::string, std::string>> out;
    std::string why;
    for (const auto& t : derivedTables()) REQUIRE(db.droppableIndexes(t, out, &why));
    return out;
}

}  // namespace

SCENARIO("a bulk load leaves the same tables as row-by-row inserts, also when a conflict ends it halfway") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    simulateBundle(tmp.path / "a.ssb", 60, 41);
    auto a = readBundle(tmp.path / "a.ssb");
    // c: ten of a's ids with other bytes (some compare smaller, some larger)
    // and twenty records of its own, so the second import is bulk as well.
    auto c = changedCopies(a, 10);
    simulateBundle(tmp.path / "c0.ssb", 20, 42);
    for (auto& r : readBundle(tmp.path / "c0.ssb")) c.push_back(r);
    std::sort(c.begin(), c.end(), [](const RawRecord& x, const RawRecord& y) { return x.id < y.id; });
    writeBundle(tmp.path / "c.ssb", c);

    using Bulk = ImportOptions::Bulk;
    std::vector<std::string> dumps;
    std::size_t run = 0;
    for (const Bulk bulk : {Bulk::Never, Bulk::Always, Bulk::Auto}) {
        for (const auto& order : std::vector<std::vector<std::string>>{{"a.ssb", "c.ssb"}, {"c.ssb", "a.ssb"}}) {
            const fs::path dir = tmp.path / std::to_string(run++);
            fs::create_directories(dir);
            auto db = freshDb(engine, dir);
            if (!db) return;
            const auto indexes = derivedIndexes(*db);
            CHECK(indexes.size() == derivedTables().size());
            ImportOptions options;
            options.bulk = bulk;
            std::size_t conflicts = 0;
            for (const auto& name : order) conflicts += importOk(*db, tmp.path / name, options).conflicts;
            CHECK(conflicts == 10);
            CHECK(countRows(*db, "records") == 80);
            CHECK(countRows(*db, "conflicts") == 10);
            CHECK(keptReportCounts(*db) == rebuiltReportCounts(*db));
            // The indexes a bulk load drops are all there again, as they were.
            CHECK(derivedIndexes(*db) == indexes);
            dumps.push_back(dump(*db));
        }
    }
    THEN("bulk or not, in either order, the tables are the same on " << engine) {
        for (std::size_t i = 1; i < dumps.size(); ++i) CHECK(dumps[i] == dumps[0]);
    }
}

SCENARIO("a database of schema 2 is migrated to unique indexes with every row kept") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    simulateBundle(tmp.path / "a.ssb", 80, 43);
    fs::create_directories(tmp.path / "old");
    fs::create_directories(tmp.path / "new");
    const std::string oldTarget = freshTarget(engine, tmp.path / "old");
    if (oldTarget.empty()) {
        WARN("PostgreSQL skipped: " << PgCluster::shared().why());
        return;
    }
    std::string why, before;
    {
        auto db = isPostgresUrl(oldTarget) ? openPostgres(oldTarget, &why) : openSqlite(oldTarget, &why);
        INFO(why);
        REQUIRE(db);
        REQUIRE(migrate(*db, &why, 2));
        importOk(*db, tmp.path / "a.ssb");
        before = dump(*db);
    }
    auto db = openHubDb(oldTarget, &why);
    INFO(why);
    REQUIRE(db);
    CHECK(db->scalar("SELECT MAX(version) FROM hub_schema", {}, &why) == std::to_string(schemaVersion()));
    CHECK(dump(*db) == before);
    auto fresh = freshDb(engine, tmp.path / "new");
    importOk(*fresh, tmp.path / "a.ssb");
    CHECK(dump(*fresh) == before);
    CHECK(derivedIndexes(*db) == derivedIndexes(*fresh));
}

SCENARIO("an id a bundle holds twice, a lookup batch apart, is a duplicate the second time") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    auto db = freshDb(engine, tmp.path);
    if (!db) return;
    // More records than one lookup of ids (4096) holds, then the first again.
    simulateBundle(tmp.path / "a.ssb", 4100, 44);
    auto records = readBundle(tmp.path / "a.ssb");
    records.push_back(records.front());
    writeBundle(tmp.path / "twice.ssb", records);
    const auto counts = importOk(*db, tmp.path / "twice.ssb");
    CHECK(counts.fresh == 4100);
    CHECK(counts.duplicates == 1);
    CHECK(countRows(*db, "sessions") == 4100);
}

SCENARIO("a first import into an empty database stores what any import would, also when an id comes again") {
    const std::string engine = GENERATE(from_range(engines()));
    TempDir tmp;
    simulateBundle(tmp.path / "a.ssb", 40, 45);
    auto records = readBundle(tmp.path / "a.ssb");
    // In id order, as a bundle is: record 10 twice, then record 20 and a copy
    // of it with other bytes. A first load looks no id up until one does not rise.
    std::vector<RawRecord> input;
    for (std::size_t i = 0; i < records.size(); ++i) {
        input.push_back(records[i]);
        if (i == 10) input.push_back(records[i]);
        if (i == 20) input.push_back(changedCopies({records[i]}, 1).front());
    }
    writeBundle(tmp.path / "again.ssb", input);
    using Bulk = ImportOptions::Bulk;
    std::vector<std::string> dumps;
    for (const Bulk bulk : {Bulk::Never, Bulk::Auto}) {
        const fs::path dir = tmp.path / (bulk == Bulk::Never ? "never" : "auto");
        fs::create_directories(dir);
        auto db = freshDb(engine, dir);
        if (!db) return;
        ImportOptions options;
        options.bulk = bulk;
        const auto counts = importOk(*db, tmp.path / "again.ssb", options);
        CHECK(reportLine("again.ssb", counts) == "again.ssb: 40 new, 1 duplicate, 1 conflict, 0 damaged");
        CHECK(countRows(*db, "conflicts") == 1);
        CHECK(keptReportCounts(*db) == rebuiltReportCounts(*db));
        dumps.push_back(dump(*db));
    }
    THEN("both ways leave the same tables on " << engine) { CHECK(dumps[0] == dumps[1]); }
}

SCENARIO("PostgreSQL's binary COPY refuses an integer its column cannot hold, and names the column") {
    TempDir tmp;
    auto db = freshDb("postgresql", tmp.path);
    if (!db) return;
    std::string why;
    REQUIRE(db->begin(&why));
    RowBatch seats("seats", {"record_id", "seat", "avatar", "nickname", "role"});
    // A text value ends at a NUL byte, as in the text format and a text parameter.
    using F = SqlField;
    REQUIRE(seats.add(
        *db, {F::text("r1"), F::integer(0), F::text(""), F::text(std::string_view("ab\0cd", 5)), F::text("")}, &why));
    REQUIRE(seats.flush(&why));
    CHECK(db->scalar("SELECT nickname FROM seats WHERE record_id = 'r1'", {}, &why) == std::string("ab"));
    const bool stored =
        seats.add(*db, {F::text("r2"), F::integer(std::int64_t{1} << 40), F::text(""), F::text(""), F::text("")},
                  &why) &&
        seats.flush(&why);
    CHECK_FALSE(stored);
    CHECK(why.find("seats: seat") != std::string::npos);
    db->rollback();
}
