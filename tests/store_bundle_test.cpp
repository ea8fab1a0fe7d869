// Sync bundles: round trips, damage inside a bundle (reported, the other
// records still load), the merge laws, conflicts, and export of only the
// records not exported before.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "engine/autoplay.h"
#include "file_bytes.h"
#include "store/bundle.h"
#include "store/frame.h"
#include "store/record_codec.h"
#include "temp_dir.h"
#include "test_decks.h"

using namespace samenspel;
namespace fs = std::filesystem;

namespace {

// Real games from the engine, each with its own id.
std::vector<Record> games(std::size_t n, std::uint64_t seed) {
    static const Deck tegenwicht = testing::tegenwichtFixture();
    static const Deck samenleer = testing::samenleerFixture();
    std::vector<Record> out;
    for (std::size_t i = 0; i < n; ++i) {
        const Deck& deck = i % 3 == 2 ? samenleer : tegenwicht;
        const bool group = &deck == &tegenwicht;
        auto game = autoplay(deck, defaultSetup(deck, seed + i, group ? 3 + i % 4 : 2, group ? 2 : 0), seed * 31 + i,
                             1714550400000, 20000);
        REQUIRE(game);
        out.push_back(recordOf(*game, RecordId::random(), "0123456789abcdef0123456789abcdef", 1714550400000,
                               game->log().back().atMs));
    }
    return out;
}

RawRecord raw(const Record& r) {
    std::string why;
    auto frame = encodeRecord(r, &why);
    REQUIRE(frame);
    return {r.id, *frame};
}

fs::path bundleOf(const fs::path& file, const std::vector<Record>& records) {
    RecordUnion u;
    for (const auto& r : records) u.add(raw(r));
    std::string why;
    REQUIRE(u.write(file, &why, false));
    return file;
}

struct BundleContents {
    std::vector<Record> records;
    std::vector<std::string> damaged;
};

BundleContents readBundle(const fs::path& file, bool verify = true) {
    BundleContents out;
    BundleReader reader(verify);
    std::string why;
    REQUIRE(reader.open(file, &why));
    RawRecord r;
    for (BundleReader::Step step; (step = reader.next(r, &why)) != BundleReader::Step::End;) {
        if (step == BundleReader::Step::Damaged) {
            out.damaged.push_back(why);
            continue;
        }
        auto record = decodeRecord(r.frame, &why);
        REQUIRE(record);
        CHECK(record->id == r.id);
        out.records.push_back(*record);
    }
    return out;
}

std::vector<Record> sortedById(std::vector<Record> v) {
    std::sort(v.begin(), v.end(), [](const Record& a, const Record& b) { return a.id < b.id; });
    return v;
}

fs::path merged(const fs::path& out, const std::vector<fs::path>& inputs, MergeReport* report = nullptr) {
    RecordUnion u;
    MergeReport local;
    for (const auto& in : inputs) u.addInput(in, report ? *report : local);
    std::string why;
    REQUIRE(u.write(out, &why, false));
    return out;
}

// Offset of the k-th record frame in a bundle written by this code.
std::size_t frameOffset(const std::string& bundle, std::size_t k) {
    std::size_t at = kFrameHeaderBytes;
    for (std::size_t i = 0; i < k; ++i)
        at += kFrameHeaderBytes + getU32(reinterpret_cast<const unsigned char*>(bundle.data() + at + 12));
    return at;
}

}  // namespace

SCENARIO("a bundle holds records sorted by id and reads back whole") {
    TempDir dir;
    const auto records = games(12, 1);
    GIVEN("a bundle of twelve records") {
        const fs::path file = bundleOf(dir.path / "a.ssb", records);
        THEN("it reads back the same records, in id order, with nothing damaged") {
            BundleReader reader;
            std::string why;
            REQUIRE(reader.open(file, &why));
            CHECK(reader.declaredCount() == 12);
            const auto contents = readBundle(file);
            CHECK(contents.damaged.empty());
            CHECK(contents.records == sortedById(records));
        }
        THEN("it is the bundle header followed by the record files, byte for byte") {
            const std::string bytes = slurp(file);
            CHECK(bytes.substr(0, 8) == "SMSPBDL1");
            std::string concatenated;
            for (const auto& r : sortedById(records)) concatenated += raw(r).frame;
            CHECK(bytes.substr(kFrameHeaderBytes) == concatenated);
        }
    }
    GIVEN("an empty bundle") {
        const fs::path file = bundleOf(dir.path / "empty.ssb", {});
        THEN("it reads as no records and no damage") {
            const auto contents = readBundle(file);
            CHECK(contents.records.empty());
            CHECK(contents.damaged.empty());
        }
    }
}

SCENARIO("one damaged record inside a bundle is reported and the others still load") {
    TempDir dir;
    const auto records = games(6, 2);
    const std::string good = slurp(bundleOf(dir.path / "good.ssb", records));
    const fs::path file = dir.path / "damaged.ssb";
    auto loadDamaged = [&](const std::string& bytes) {
        spit(file, bytes);
        return readBundle(file);
    };

    WHEN("a bit flips inside the third record") {
        std::string bytes = good;
        bytes[frameOffset(good, 2) + kFrameHeaderBytes + 30] ^= 0x04;
        const auto c = loadDamaged(bytes);
        THEN("that record is reported by byte offset and five load") {
            REQUIRE(c.damaged.size() == 1);
            CHECK_THAT(c.damaged[0], Catch::Contains("at byte " + std::to_string(frameOffset(good, 2))));
            CHECK_THAT(c.damaged[0], Catch::Contains("checksum mismatch"));
            CHECK(c.records.size() == 5);
        }
    }
    WHEN("the length field of the third record is damaged") {
        std::string bytes = good;
        bytes[frameOffset(good, 2) + 13] ^= 0x01;
        const auto c = loadDamaged(bytes);
        THEN("reading finds the next record by its magic bytes, and five load") {
            CHECK(c.damaged.size() == 1);
            CHECK(c.records.size() == 5);
        }
    }
    WHEN("a record's length claims 4 GiB") {
        std::string bytes = good;
        bytes.replace(frameOffset(good, 1) + 12, 4, "\xff\xff\xff\xff");
        const auto c = loadDamaged(bytes);
        THEN("it is refused without allocating, and five load") {
            REQUIRE(c.damaged.size() == 1);
            CHECK_THAT(c.damaged[0], Catch::Contains("exceeds"));
            CHECK(c.records.size() == 5);
        }
    }
    WHEN("the bundle is cut off inside its last record") {
        const auto c = loadDamaged(good.substr(0, good.size() - 9));
        THEN("the cut record is reported as truncated and five load") {
            REQUIRE_FALSE(c.damaged.empty());
            CHECK_THAT(c.damaged[0], Catch::Contains("truncated"));
            CHECK(c.records.size() == 5);
        }
    }
    WHEN("garbage sits between two records") {
        std::string bytes = good;
        bytes.insert(frameOffset(good, 3), std::string(100, '\x5a'));
        const auto c = loadDamaged(bytes);
        THEN("the garbage is reported and all six load") {
            CHECK(c.damaged.size() == 1);
            CHECK(c.records.size() == 6);
        }
    }
    WHEN("bytes trail after the last record") {
        const auto c = loadDamaged(good + "tail");
        THEN("they are reported and all six load") {
            REQUIRE(c.damaged.size() == 1);
            CHECK_THAT(c.damaged[0], Catch::Contains("4 trailing bytes"));
            CHECK(c.records.size() == 6);
        }
    }
    WHEN("the bundle header's count is damaged") {
        std::string bytes = good;
        bytes[12] = 0x7f;
        const auto c = loadDamaged(bytes);
        THEN("the header is reported and all six still load") {
            REQUIRE(c.damaged.size() == 1);
            CHECK_THAT(c.damaged[0], Catch::Contains("header checksum"));
            CHECK(c.records.size() == 6);
        }
    }
    WHEN("the header claims a million records with a correct checksum") {
        std::string bytes = good.substr(0, 12);
        putU32(bytes, kMaxBundleRecords);
        putU32(bytes, crc32(bytes.data(), 16));
        bytes += good.substr(kFrameHeaderBytes);
        const auto c = loadDamaged(bytes);
        THEN("the claim is reported as impossible and all six load") {
            REQUIRE(c.damaged.size() == 1);
            CHECK_THAT(c.damaged[0], Catch::Contains("can hold"));
            CHECK(c.records.size() == 6);
        }
    }
    WHEN("a record's CRC is right but its contents break a rule") {
        Record bad = records[0];
        bad.deviceId = "NOT-A-DEVICE-ID-NOT-A-DEVICE-ID!";  // same length, breaks a rule
        std::string payload = raw(records[0]).frame.substr(kFrameHeaderBytes);
        payload.replace(payload.find(records[0].deviceId), 32, bad.deviceId);
        std::string header = good.substr(0, 12);  // a correct header for seven records
        putU32(header, 7);
        putU32(header, crc32(header.data(), 16));
        spit(file, header + good.substr(kFrameHeaderBytes) + frameRecord(payload));
        THEN("a verifying reader reports it and a merge without --verify keeps its frame") {
            const auto c = readBundle(file, true);
            CHECK(c.damaged.size() == 1);
            CHECK(c.records.size() == 6);
            BundleReader quick(false);
            std::string why;
            REQUIRE(quick.open(file, &why));
            RawRecord r;
            std::size_t frames = 0;
            while (quick.next(r, &why) == BundleReader::Step::Record) ++frames;
            CHECK(frames == 7);
        }
    }
    WHEN("it is not a bundle at all") {
        spit(file, std::string("SMSPREC1") + std::string(40, '\0'));
        THEN("opening says so") {
            BundleReader reader;
            std::string why;
            CHECK_FALSE(reader.open(file, &why));
            CHECK_THAT(why, Catch::Contains("not a Samenspel bundle"));
        }
    }
    WHEN("it is a bundle from a newer format") {
        std::string bytes = good;
        bytes[8] = 9;
        spit(file, bytes);
        THEN("opening names the version") {
            BundleReader reader;
            std::string why;
            CHECK_FALSE(reader.open(file, &why));
            CHECK_THAT(why, Catch::Contains("version 9"));
        }
    }
}

SCENARIO("merging is a union by id: commutative, associative and idempotent, byte for byte") {
    TempDir dir;
    const auto pool = games(15, 3);
    // A = 0..7, B = 5..11, C = 10..14 and 0: overlapping in places.
    const auto a = bundleOf(dir.path / "a.ssb", {pool.begin(), pool.begin() + 8});
    const auto b = bundleOf(dir.path / "b.ssb", {pool.begin() + 5, pool.begin() + 12});
    std::vector<Record> cRecords(pool.begin() + 10, pool.end());
    cRecords.push_back(pool[0]);
    const auto c = bundleOf(dir.path / "c.ssb", cRecords);

    const auto ab = merged(dir.path / "ab.ssb", {a, b});
    const auto ba = merged(dir.path / "ba.ssb", {b, a});
    const auto abb = merged(dir.path / "abb.ssb", {ab, b});
    const auto aa = merged(dir.path / "aa.ssb", {a, a});
    const auto ab_c = merged(dir.path / "ab_c.ssb", {ab, c});
    const auto bc = merged(dir.path / "bc.ssb", {b, c});
    const auto a_bc = merged(dir.path / "a_bc.ssb", {a, bc});

    THEN("merge(A,B) == merge(B,A)") { CHECK(slurp(ab) == slurp(ba)); }
    THEN("merge(merge(A,B),B) == merge(A,B)") { CHECK(slurp(abb) == slurp(ab)); }
    THEN("merge(A,A) == A") { CHECK(slurp(aa) == slurp(a)); }
    THEN("merge(merge(A,B),C) == merge(A,merge(B,C))") { CHECK(slurp(ab_c) == slurp(a_bc)); }
    THEN("the union holds each record once") {
        CHECK(readBundle(ab).records.size() == 12);
        CHECK(readBundle(ab_c).records == sortedById(pool));
    }
    THEN("a merge reports what it found") {
        MergeReport report;
        merged(dir.path / "report.ssb", {a, b}, &report);
        CHECK(report.read == 15);
        CHECK(report.duplicates == 3);
        CHECK(report.conflicts == 0);
        CHECK(report.damaged == 0);
    }
}

SCENARIO("two different records with the same id: one is kept, the same one in any order") {
    TempDir dir;
    const auto pool = games(3, 4);
    Record twin = pool[1];
    twin.log.pop_back();  // same id, different content
    twin.status = RecordStatus::Abandoned;
    const auto a = bundleOf(dir.path / "a.ssb", pool);
    const auto b = bundleOf(dir.path / "b.ssb", {twin});
    MergeReport report;
    const auto ab = merged(dir.path / "ab.ssb", {a, b}, &report);
    const auto ba = merged(dir.path / "ba.ssb", {b, a});
    THEN("the conflict is reported with the id") {
        CHECK(report.conflicts == 1);
        REQUIRE(report.problems.size() == 1);
        CHECK_THAT(report.problems[0], Catch::Contains(twin.id.hex()));
    }
    THEN("both orders keep the same record: the one with the smaller encoding") {
        CHECK(slurp(ab) == slurp(ba));
        const std::string keep = std::min(raw(pool[1]).frame, raw(twin).frame);
        const auto contents = readBundle(ab);
        REQUIRE(contents.records.size() == 3);
        const auto kept = std::find_if(contents.records.begin(), contents.records.end(),
                                       [&](const Record& r) { return r.id == twin.id; });
        REQUIRE(kept != contents.records.end());
        CHECK(raw(*kept).frame == keep);
    }
    THEN("merging the result again changes nothing") {
        CHECK(slurp(merged(dir.path / "again.ssb", {ab, a, b})) == slurp(ab));
    }
}

SCENARIO("export writes the records not yet exported, or all of them") {
    TempDir dir;
    RecordFolder folder(dir.path / "data", false);
    const auto pool = games(6, 5);
    std::string why;
    for (std::size_t i = 0; i < 3; ++i) REQUIRE(folder.save(pool[i], &why));
    // A game in progress is never exported.
    Record open = pool[5];
    open.id = RecordId::random();
    open.status = RecordStatus::InProgress;
    REQUIRE(folder.save(open, &why));

    WHEN("the folder is exported for the first time") {
        ExportReport first;
        REQUIRE(exportBundle(folder, dir.path / "1.ssb", false, first, &why, false));
        THEN("the three finished records are in the bundle and marked exported") {
            CHECK(first.written == 3);
            CHECK(readBundle(dir.path / "1.ssb").records == sortedById({pool.begin(), pool.begin() + 3}));
            CHECK(folder.exportedIds().size() == 3);
        }
        AND_WHEN("two more games finish and it is exported again") {
            REQUIRE(folder.save(pool[3], &why));
            REQUIRE(folder.save(pool[4], &why));
            ExportReport second;
            REQUIRE(exportBundle(folder, dir.path / "2.ssb", false, second, &why, false));
            THEN("only the two new ones are in the bundle") {
                CHECK(second.written == 2);
                CHECK(second.alreadyExported == 3);
                CHECK(readBundle(dir.path / "2.ssb").records == sortedById({pool.begin() + 3, pool.begin() + 5}));
            }
            THEN("the two bundles merge to what --all exports") {
                ExportReport all;
                REQUIRE(exportBundle(folder, dir.path / "all.ssb", true, all, &why, false));
                CHECK(all.written == 5);
                CHECK(slurp(merged(dir.path / "m.ssb", {dir.path / "1.ssb", dir.path / "2.ssb"})) ==
                      slurp(dir.path / "all.ssb"));
            }
        }
        AND_WHEN("nothing new happened") {
            ExportReport again;
            REQUIRE(exportBundle(folder, dir.path / "none.ssb", false, again, &why, false));
            THEN("no file is written") {
                CHECK(again.written == 0);
                CHECK_FALSE(fs::exists(dir.path / "none.ssb"));
            }
        }
        AND_WHEN("an export would overwrite an earlier one") {
            const std::string before = slurp(dir.path / "1.ssb");
            ExportReport again;
            THEN("it is refused and the earlier file stays as it was") {
                CHECK_FALSE(exportBundle(folder, dir.path / "1.ssb", true, again, &why, false));
                CHECK_THAT(why, Catch::Contains("never overwrites"));
                CHECK(slurp(dir.path / "1.ssb") == before);
            }
        }
    }
    WHEN("exported.txt is damaged") {
        ExportReport first;
        REQUIRE(exportBundle(folder, dir.path / "1.ssb", false, first, &why, false));
        spit(folder.exportedList(), "garbage\n" + pool[0].id.hex() + "\nnot-an-id\n");
        ExportReport second;
        REQUIRE(exportBundle(folder, dir.path / "2.ssb", false, second, &why, false));
        THEN("the records it no longer lists are offered again (merging absorbs the repeat)") {
            CHECK(second.written == 2);
            CHECK(slurp(merged(dir.path / "m.ssb", {dir.path / "1.ssb", dir.path / "2.ssb"})) ==
                  slurp(dir.path / "1.ssb"));
        }
    }
}

SCENARIO("folders, bundles and single record files merge together") {
    TempDir dir;
    const auto pool = games(5, 6);
    RecordFolder folder(dir.path / "data", false);
    std::string why;
    for (std::size_t i = 0; i < 3; ++i) REQUIRE(folder.save(pool[i], &why));
    spit(folder.recordsDir() / "junk.ssr", "not a record");
    const auto bundle = bundleOf(dir.path / "b.ssb", {pool.begin() + 2, pool.end()});
    const fs::path single = dir.path / "one.ssr";
    spit(single, raw(pool[4]).frame);
    MergeReport report;
    const auto out = merged(dir.path / "out.ssb", {folder.dir(), bundle, single, dir.path / "missing.ssb"}, &report);
    THEN("the union has every good record once, and the junk and the missing input are reported") {
        CHECK(readBundle(out).records == sortedById(pool));
        CHECK(report.duplicates == 2);
        CHECK(report.damaged == 2);
        CHECK(fs::exists(folder.recordsDir() / "junk.ssr"));  // merging never moves a file
    }
}
