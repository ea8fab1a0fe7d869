// Encrypted sync bundles: the records travel unreadable, come back whole
// with the right passphrase, and nothing at all is imported otherwise.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "engine/autoplay.h"
#include "file_bytes.h"
#include "store/bundle.h"
#include "temp_dir.h"
#include "test_decks.h"

using namespace samenspel;
namespace fs = std::filesystem;

SCENARIO("a folder exported with a passphrase") {
    const Deck deck = testing::samenleerFixture();
    TempDir dir;
    RecordFolder folder(dir.path / "device");
    std::vector<Record> saved;
    std::string why;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        auto game = autoplay(deck, defaultSetup(deck, seed, 2, 0), seed);
        REQUIRE(game);
        saved.push_back(recordOf(*game, RecordId::random(), std::string(32, 'b'), 1000, 2000));
        saved.back().setup.seats[1].nickname = "Geheime Naam";
        REQUIRE(folder.save(saved.back(), &why));
    }
    ExportReport report;
    const fs::path bundle = dir.path / "stick.ssb";
    REQUIRE(exportBundle(folder, bundle, true, report, &why, false, "lange zin met woorden"));
    REQUIRE(report.written == 5);
    const std::string bytes = slurp(bundle);

    THEN("neither the record ids nor their contents can be read in the file") {
        for (const auto& r : saved)
            CHECK(bytes.find(std::string(reinterpret_cast<const char*>(r.id.bytes.data()), 16)) == std::string::npos);
        CHECK(bytes.find("Geheime Naam") == std::string::npos);
        CHECK(bytes.find("SMSPREC1") == std::string::npos);
        CHECK(inputKindOf(bundle) == InputKind::Bundle);
    }
    THEN("with the passphrase every record comes back") {
        RecordUnion merged;
        MergeReport mr;
        REQUIRE(merged.addInput(bundle, mr, true, "lange zin met woorden"));
        CHECK(mr.damaged == 0);
        CHECK(merged.size() == 5);
        for (const auto& r : saved) CHECK(merged.contains(r.id));
    }
    THEN("without it, or with a wrong one, nothing is imported and the reason is clear") {
        for (const std::string pass : {"", "lange zin met woorden.", "x"}) {
            RecordUnion merged;
            MergeReport mr;
            CHECK_FALSE(merged.addInput(bundle, mr, true, pass));
            CHECK(merged.size() == 0);
            CHECK(mr.damaged == 1);
            REQUIRE(mr.problems.size() == 1);
            CHECK_THAT(mr.problems[0],
                       Catch::Contains(pass.empty() ? "encrypted: give its passphrase" : "wrong passphrase"));
        }
    }
    THEN("a single changed byte means nothing is imported") {
        std::string bad = bytes;
        bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 0x20);
        spit(dir.path / "bad.ssb", bad);
        RecordUnion merged;
        MergeReport mr;
        CHECK_FALSE(merged.addInput(dir.path / "bad.ssb", mr, true, "lange zin met woorden"));
        CHECK(merged.size() == 0);
    }
    THEN("merging it into a sealed bundle again keeps it sealed and whole") {
        RecordUnion merged;
        MergeReport mr;
        REQUIRE(merged.addInput(bundle, mr, true, "lange zin met woorden"));
        REQUIRE(merged.write(dir.path / "merged.ssb", &why, false, "andere zin"));
        RecordUnion back;
        MergeReport br;
        REQUIRE(back.addInput(dir.path / "merged.ssb", br, true, "andere zin"));
        CHECK(back.frames() == merged.frames());
    }
}
