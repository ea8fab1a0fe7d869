// The coordinator gathers bundles from many devices: exact counts of new,
// duplicate and damaged records, and merging again changes nothing.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <map>

#include "engine/autoplay.h"
#include "file_bytes.h"
#include "store/bundle.h"
#include "store/record_codec.h"
#include "temp_dir.h"
#include "test_decks.h"

using namespace samenspel;
namespace fs = std::filesystem;

namespace {
// Record number i: a copy of one played game with an id that depends on i only.
RawRecord numbered(const Record& model, std::size_t i) {
    Record r = model;
    r.id = RecordId{};
    for (std::size_t k = 0; k < 8; ++k)
        r.id.bytes[k] = static_cast<std::uint8_t>((i * 0x9E3779B97F4A7C15ULL) >> (8 * k));
    for (std::size_t k = 8; k < 16; ++k) r.id.bytes[k] = static_cast<std::uint8_t>(i >> (8 * (k - 8)));
    std::string why;
    auto frame = encodeRecord(r, &why);
    REQUIRE(frame);
    return {r.id, std::move(*frame)};
}
}  // namespace

SCENARIO("a hundred bundles of a thousand records each, overlapping, merged at once") {
    const Deck deck = testing::samenleerFixture();
    auto game = autoplay(deck, defaultSetup(deck, 1, 2, 0), 1);
    REQUIRE(game);
    const Record model = recordOf(*game, RecordId::random(), std::string(32, 'c'), 1000, 2000);
    TempDir dir;
    // Bundle b holds records 900*b .. 900*b+999: each shares 100 with the next.
    const std::size_t bundles = 100, perBundle = 1000, step = 900;
    std::vector<fs::path> inputs;
    std::map<RecordId, std::size_t> numberOf;
    std::vector<std::size_t> damagedNumbers;
    for (std::size_t b = 0; b < bundles; ++b) {
        RecordUnion bundle;
        for (std::size_t i = step * b; i < step * b + perBundle; ++i) {
            auto r = numbered(model, i);
            numberOf[r.id] = i;
            bundle.add(std::move(r));
        }
        if (b == 50) {  // bundles are sorted by id: its first and last frames get damaged below
            damagedNumbers.push_back(numberOf[bundle.frames().begin()->first]);
            damagedNumbers.push_back(numberOf[bundle.frames().rbegin()->first]);
        }
        inputs.push_back(dir.path / ("device-" + std::to_string(b) + ".ssb"));
        std::string why;
        REQUIRE(bundle.write(inputs.back(), &why, false));
    }
    // One bundle arrives damaged in two records: one checksum broken, one cut off at the end.
    {
        std::string bytes = slurp(inputs[50]);
        bytes[20 + 30] = static_cast<char>(bytes[20 + 30] ^ 0x40);  // inside the first record's payload
        bytes.resize(bytes.size() - 10);
        spit(inputs[50], bytes);
    }

    RecordUnion merged;
    MergeReport report;
    for (const auto& input : inputs) REQUIRE(merged.addInput(input, report));
    const std::size_t all = step * (bundles - 1) + perBundle;  // 90,100 different records
    // A damaged record of bundle 50 still arrives from bundle 49 or 51 when it
    // is in their overlap (numbers 45,000..45,099 and 45,900..45,999).
    std::size_t lost = 0, rescued = 0;
    for (std::size_t i : damagedNumbers) (i < 45100 || i >= 45900 ? rescued : lost)++;
    const std::size_t unique = all - lost;
    THEN("the counts are exact") {
        CHECK(report.damaged == 2);
        CHECK(report.read == bundles * perBundle - 2);
        CHECK(merged.size() == unique);
        CHECK(report.duplicates == (bundles - 1) * (perBundle - step) - rescued);
        CHECK(report.conflicts == 0);
    }
    THEN("merging everything again, and the result into itself, changes nothing") {
        std::string why;
        REQUIRE(merged.write(dir.path / "all.ssb", &why, false));
        RecordUnion again;
        MergeReport second;
        REQUIRE(again.addInput(dir.path / "all.ssb", second));
        for (const auto& input : inputs) again.addInput(input, second);
        REQUIRE(again.addInput(dir.path / "all.ssb", second));
        CHECK(again.size() == unique);
        REQUIRE(again.write(dir.path / "all-again.ssb", &why, false));
        CHECK(slurp(dir.path / "all.ssb") == slurp(dir.path / "all-again.ssb"));
        CHECK(second.read - second.duplicates == unique);
    }
}
