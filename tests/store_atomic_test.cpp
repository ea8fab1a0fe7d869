// Atomic writes: the target holds the old bytes or the new ones, never a mix,
// and a failed write leaves no temp file behind. (crash_safety_test.cpp kills
// a writer and fills the disk; these are the failures a caller sees directly.)
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "file_bytes.h"
#include "store/atomic_file.h"
#include "store/record_folder.h"
#include "temp_dir.h"

using namespace samenspel;
namespace fs = std::filesystem;

namespace {
std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}));
}
}  // namespace

SCENARIO("an atomic write replaces a file whole") {
    TempDir dir;
    const fs::path target = dir.path / "r.ssr";
    std::string why;
    REQUIRE(writeFileAtomically(target, "old", &why));
    WHEN("new bytes are written") {
        REQUIRE(writeFileAtomically(target, std::string(100000, 'n'), &why));
        THEN("the file holds exactly them and nothing else is left in the folder") {
            CHECK(slurp(target) == std::string(100000, 'n'));
            CHECK(entries(dir.path) == 1);
        }
    }
    WHEN("a writer stops before committing") {
        {
            AtomicFile file(target);
            REQUIRE(file.open(&why));
            REQUIRE(file.write("half of the new", &why));
            CHECK(entries(dir.path) == 2);  // the temp file, beside the target
        }
        THEN("the old file is untouched and the temp file is gone") {
            CHECK(slurp(target) == "old");
            CHECK(entries(dir.path) == 1);
        }
    }
}

SCENARIO("a write that cannot happen fails with a reason and changes nothing") {
    TempDir dir;
    std::string why;
    WHEN("the folder does not exist") {
        CHECK_FALSE(writeFileAtomically(dir.path / "missing" / "r.ssr", "x", &why));
        THEN("the reason names the file") { CHECK_THAT(why, Catch::Contains("missing")); }
    }
    WHEN("the rename over the target fails (the target is a folder)") {
        const fs::path target = dir.path / "taken";
        fs::create_directories(target / "inside");
        CHECK_FALSE(writeFileAtomically(target, "x", &why));
        THEN("the reason says so, the folder is intact and no temp file is left") {
            CHECK_THAT(why, Catch::Contains("cannot replace"));
            CHECK(fs::is_directory(target / "inside"));
            CHECK(entries(dir.path) == 1);
        }
    }
    WHEN("the record folder's path is a file") {
        const fs::path notADir = dir.path / "file";
        REQUIRE(writeFileAtomically(notADir, "x", &why));
        RecordFolder folder(notADir, false);
        Record r;
        r.id = RecordId::random();
        r.deviceId = newDeviceId();
        r.deckId = r.setup.deckId = "tegenwicht";
        THEN("saving a record fails with a reason") {
            CHECK_FALSE(folder.save(r, &why));
            CHECK_FALSE(why.empty());
            CHECK(slurp(notADir) == "x");
        }
    }
}

SCENARIO("temp file names are recognised so leftovers can be cleared") {
    CHECK(isTempFileName("0011.ssr.tmp-0123456789abcdef"));
    CHECK_FALSE(isTempFileName("0011.ssr"));
}

SCENARIO("the device id is made once and kept") {
    TempDir dir;
    RecordFolder folder(dir.path / "data", false);
    std::string why;
    auto first = folder.deviceId(&why);
    REQUIRE(first);
    CHECK(isDeviceId(*first));
    CHECK(folder.deviceId(&why) == first);
    CHECK(RecordFolder(dir.path / "data").deviceId(&why) == first);
}
