// Damaged and hostile record files: each gives a one-line reason naming the
// file, is set aside in damaged/, and every other record still loads.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <random>

#include "file_bytes.h"
#include "store/frame.h"
#include "store/record_codec.h"
#include "store/record_folder.h"
#include "temp_dir.h"

using namespace samenspel;
namespace fs = std::filesystem;

namespace {

// A valid record with recognisable bytes to aim damage at.
Record sample(std::uint8_t n) {
    Record r;
    r.id = RecordId::random();
    r.deviceId = "0123456789abcdef0123456789abcdef";
    r.appVersion = "0.1.0";
    r.deckId = r.setup.deckId = "tegenwicht";
    r.deckVersion = "test-1";
    r.setup.seed = n;
    r.setup.seats = {{"avatar-1", "NICKNAME"}, {"avatar-2", ""}};
    r.setup.rounds = 1;
    r.status = RecordStatus::Finished;
    r.startedAtMs = 0x0102030405060708;
    r.endedAtMs = 0x0102030405060709;
    for (int i = 0; i < 5; ++i) {
        Action a;
        a.type = 1;
        a.round = 1;
        a.seat = 1;
        a.card = "tw.f." + std::to_string(i);
        r.log.push_back({a, 1000 + i});
    }
    return r;
}

std::string encoded(const Record& r) {
    std::string why;
    auto bytes = encodeRecord(r, &why);
    REQUIRE(bytes);
    return *bytes;
}

std::string payloadOf(const std::string& frame) { return frame.substr(kFrameHeaderBytes); }

// Damage the payload but give it a correct frame again, so the decoder itself is tested.
std::string reframed(std::string payload) { return frameRecord(payload); }

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

std::string u64le(std::uint64_t v) {
    std::string out;
    for (int k = 0; k < 8; ++k) out.push_back(static_cast<char>(v >> (8 * k)));
    return out;
}

struct Damage {
    std::string name;
    std::string bytes;
    std::string reasonPart;
};

std::vector<Damage> everyKindOfDamage() {
    const Record r = sample(1);
    const std::string good = encoded(r);
    const std::string payload = payloadOf(good);
    std::vector<Damage> out;
    out.push_back({"empty", "", "truncated"});
    out.push_back({"short-header", good.substr(0, 11), "truncated"});
    out.push_back({"truncated", good.substr(0, good.size() - 7), "truncated"});
    {
        std::string flipped = good;
        flipped[good.size() / 2] ^= 0x10;
        out.push_back({"bit-flip", flipped, "checksum mismatch"});
    }
    {
        std::mt19937 rng(7);
        std::string noise(3000, '\0');
        for (auto& c : noise) c = static_cast<char>(rng());
        out.push_back({"random-bytes", noise, "wrong magic"});
    }
    {
        std::string huge = good;
        huge.replace(12, 4, "\xff\xff\xff\xff");
        out.push_back({"huge-length", huge, "exceeds the 4194304-byte cap"});
    }
    out.push_back({"wrong-magic", replaced(good, "SMSPREC1", "SMSPBDL1"), "wrong magic"});
    {
        std::string future = good;
        future[8] = 2;
        out.push_back({"future-frame-version", future, "format version 2"});
    }
    {
        std::string flags = good;
        flags[10] = 4;
        out.push_back({"unknown-flags", flags, "flags"});
    }
    {
        std::string p = payload;
        p[1] = 2;  // Record class version
        out.push_back({"future-type-version", reframed(p), "Record version 2"});
    }
    out.push_back({"trailing-after-frame", good + "xx", "2 trailing bytes after the payload"});
    out.push_back({"trailing-in-payload", reframed(payload + "zzz"), "3 trailing bytes after the record"});
    out.push_back({"bad-utf8",
                   reframed(replaced(payload, "NICKNAME",
                                     "NICK\xff\xfe"
                                     "ME")),
                   "not valid UTF-8"});
    out.push_back({"oversize-string",
                   reframed(replaced(payload, u64le(8) + "NICKNAME", u64le(1ull << 40) + "NICKNAME")),
                   "nickname claims 1099511627776 bytes"});
    {
        // status, startedAtMs, endedAtMs, then the log count.
        const std::string times = u64le(0x0102030405060708) + u64le(0x0102030405060709);
        out.push_back(
            {"huge-log-count", reframed(replaced(payload, times + u64le(5), times + u64le(~0ull))), "exceeds the cap"});
        out.push_back({"log-count-beyond-data", reframed(replaced(payload, times + u64le(5), times + u64le(20000))),
                       "truncated payload"});
        std::string badStatus = replaced(payload, std::string(1, '\x01') + times, std::string(1, '\x09') + times);
        out.push_back({"unknown-status", reframed(badStatus), "unknown status 9"});
    }
    {
        std::string p = payload;
        p[0] = 0;
        out.push_back({"big-endian-marker", reframed(p), "little-endian marker"});
    }
    out.push_back({"device-id-not-hex",
                   reframed(replaced(payload, "0123456789abcdef0123456789abcdef", "0123456789ABCDEF0123456789ABCDEF")),
                   "device id"});
    return out;
}

}  // namespace

SCENARIO("a folder with every kind of damaged record file") {
    TempDir dir;
    RecordFolder folder(dir.path, false);
    std::string why;
    const Record good1 = sample(10), good2 = sample(11);
    REQUIRE(folder.save(good1, &why));
    REQUIRE(folder.save(good2, &why));
    const auto damages = everyKindOfDamage();
    for (const auto& d : damages) spit(folder.recordsDir() / (d.name + ".ssr"), d.bytes);
    // A good record under another record's name is a copy gone wrong.
    const Record good3 = sample(12);
    spit(folder.recordsDir() / (RecordId::random().hex() + ".ssr"), encoded(good3));

    WHEN("it is checked without moving anything") {
        const FolderLoad loaded = folder.load(LoadMode::CheckOnly);
        THEN("the good records load and every damaged file is named with its reason") {
            REQUIRE(loaded.finished.size() == 2);
            CHECK(loaded.damaged.size() == damages.size() + 1);
            for (const auto& d : loaded.damaged) CHECK(d.movedTo.empty());
            CHECK(fs::exists(folder.recordsDir() / "bit-flip.ssr"));
            CHECK_FALSE(fs::exists(folder.damagedDir()));
        }
    }
    WHEN("the app loads it") {
        const FolderLoad loaded = folder.load(LoadMode::SetAside);
        THEN("every good record loads, equal to what was saved") {
            REQUIRE(loaded.finished.size() == 2);
            for (const auto& s : loaded.finished) CHECK((s.record == good1 || s.record == good2));
        }
        THEN("each damaged file gives its own reason, on one line, naming the file") {
            REQUIRE(loaded.damaged.size() == damages.size() + 1);
            for (const auto& expected : damages) {
                INFO(expected.name);
                auto it = std::find_if(loaded.damaged.begin(), loaded.damaged.end(),
                                       [&](const DamagedFile& d) { return d.file.stem() == expected.name; });
                REQUIRE(it != loaded.damaged.end());
                CHECK_THAT(it->reason, Catch::Contains(expected.reasonPart));
                CHECK_THAT(it->line(), Catch::Contains(expected.name + ".ssr"));
                CHECK(it->line().find('\n') == std::string::npos);
            }
            CHECK(std::any_of(loaded.damaged.begin(), loaded.damaged.end(), [](const DamagedFile& d) {
                return d.reason.find("does not match record id") != std::string::npos;
            }));
        }
        THEN("each damaged file is moved to damaged/ with its reason beside it") {
            for (const auto& d : loaded.damaged) {
                INFO(d.line());
                CHECK_FALSE(fs::exists(d.file));
                REQUIRE_FALSE(d.movedTo.empty());
                CHECK(d.movedTo.parent_path() == folder.damagedDir());
                CHECK_THAT(slurp(d.movedTo.string() + ".reason.txt"), Catch::Contains(d.reason));
            }
            CHECK(slurp(folder.damagedDir() / "bit-flip.ssr") ==
                  std::find_if(damages.begin(), damages.end(), [](auto& d) { return d.name == "bit-flip"; })->bytes);
        }
        THEN("loading again finds only the good records") {
            const FolderLoad again = folder.load(LoadMode::SetAside);
            CHECK(again.finished.size() == 2);
            CHECK(again.damaged.empty());
        }
    }
}

SCENARIO("a damaged file with a name already in damaged/ keeps both") {
    TempDir dir;
    RecordFolder folder(dir.path, false);
    fs::create_directories(folder.recordsDir());
    spit(folder.recordsDir() / "x.ssr", "first");
    folder.load(LoadMode::SetAside);
    spit(folder.recordsDir() / "x.ssr", "second");
    folder.load(LoadMode::SetAside);
    CHECK(slurp(folder.damagedDir() / "x.ssr") == "first");
    CHECK(slurp(folder.damagedDir() / "x.ssr.1") == "second");
    CHECK(fs::exists(folder.damagedDir() / "x.ssr.1.reason.txt"));
}

SCENARIO("an oversized file is refused before it is read") {
    TempDir dir;
    const fs::path file = dir.path / "big.ssr";
    {
        std::ofstream out(file, std::ios::binary);
        out.seekp(kFrameHeaderBytes + kMaxRecordPayload + 1);
        out.put('x');  // sparse: costs no disk
    }
    std::string why;
    CHECK_FALSE(readRecordFile(file, &why));
    CHECK_THAT(why, Catch::Contains("more than a record can be"));
}

SCENARIO("random damage never crashes the decoder") {
    // A small in-test fuzzer; tests/fuzz runs the real one. Half the cases
    // get a correct frame again so the payload decoder sees the damage.
    const std::string good = encoded(sample(3));
    std::mt19937 rng(20240501);
    int decoded = 0;
    for (int i = 0; i < 4000; ++i) {
        std::string bytes = good;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = rng() % bytes.size();
            switch (rng() % 4) {
            case 0: bytes[at] = static_cast<char>(bytes[at] ^ (1 << (rng() % 8))); break;
            case 1: bytes[at] = static_cast<char>(rng()); break;
            case 2: bytes.resize(std::max<std::size_t>(at, 1)); break;
            case 3: bytes.insert(at, 1 + rng() % 9, static_cast<char>(rng())); break;
            }
        }
        if (i % 2 && bytes.size() > kFrameHeaderBytes) bytes = reframed(payloadOf(bytes));
        std::string why;
        auto r = decodeRecord(bytes, &why);
        if (r) {
            ++decoded;
            // Whatever decodes is a valid record: it encodes and decodes again.
            auto again = encodeRecord(*r, &why);
            REQUIRE(again);
            CHECK(decodeRecord(*again, &why) == r);
        } else {
            CHECK_FALSE(why.empty());
            CHECK(why.find('\n') == std::string::npos);
        }
    }
    CHECK(decoded < 4000);
}
