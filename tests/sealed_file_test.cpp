// Sealed (passphrase-encrypted) files: only the right passphrase opens them,
// and any change to the file is refused before a single byte is returned.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "file_bytes.h"
#include "store/sealed_file.h"
#include "temp_dir.h"

using namespace samenspel;
namespace fs = std::filesystem;

namespace {
std::string readAll(std::FILE* f) {
    std::string out;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
    return out;
}
}  // namespace

SCENARIO("a bundle sealed with a passphrase opens only with that passphrase") {
    TempDir dir;
    // More than two chunks, so chunk order and the final tag are exercised.
    std::string plain;
    for (int i = 0; i < 20000; ++i) plain += "record " + std::to_string(i) + " tw.f.motivatie klant\n";
    REQUIRE(plain.size() > 2 * 64 * 1024);
    spit(dir.path / "plain.bin", plain);
    std::string why;
    REQUIRE(sealFile(dir.path / "plain.bin", dir.path / "sealed.bin", "paarse olifant op de fiets", &why, false));
    const std::string sealed = slurp(dir.path / "sealed.bin");

    THEN("the sealed file shows nothing of its content") {
        CHECK(isSealedFile(dir.path / "sealed.bin"));
        CHECK_FALSE(isSealedFile(dir.path / "plain.bin"));
        CHECK(sealed.find("tw.f.motivatie") == std::string::npos);
        CHECK(sealed.find("record 1") == std::string::npos);
    }
    WHEN("it is opened with the right passphrase") {
        auto f = openSealedFile(dir.path / "sealed.bin", "paarse olifant op de fiets", &why);
        INFO(why);
        REQUIRE(f);
        THEN("the content comes back exactly") { CHECK(readAll(f.get()) == plain); }
    }
    WHEN("it is opened with a wrong passphrase") {
        auto f = openSealedFile(dir.path / "sealed.bin", "paarse olifant op de fiets!", &why);
        THEN("it is refused with a clear reason") {
            CHECK_FALSE(f);
            CHECK(why == "wrong passphrase, or the encrypted bundle was changed");
        }
    }
    WHEN("one byte anywhere is changed, or the end is cut off, or bytes are added") {
        const std::size_t header = 8 + 2 + 2 + 4 + 4 + 16 + 24;
        // salt, stream header, first chunk body, a middle chunk, the last byte
        for (std::size_t at : {std::size_t{22}, header - 3, header + 100, sealed.size() / 2, sealed.size() - 1}) {
            std::string bad = sealed;
            bad[at] = static_cast<char>(bad[at] ^ 0x01);
            spit(dir.path / "bad.bin", bad);
            INFO("byte " << at);
            CHECK_FALSE(openSealedFile(dir.path / "bad.bin", "paarse olifant op de fiets", &why));
        }
        spit(dir.path / "cut.bin", sealed.substr(0, sealed.size() - 40));
        CHECK_FALSE(openSealedFile(dir.path / "cut.bin", "paarse olifant op de fiets", &why));
        CHECK(why == "the encrypted bundle is cut off");
        spit(dir.path / "long.bin", sealed + "x");
        CHECK_FALSE(openSealedFile(dir.path / "long.bin", "paarse olifant op de fiets", &why));
        CHECK(why == "the encrypted bundle has extra bytes after its end");
    }
    WHEN("the header asks for absurd key-derivation costs") {
        std::string bad = sealed;
        bad[16] = bad[17] = bad[18] = bad[19] = '\xff';  // memlimit
        spit(dir.path / "greedy.bin", bad);
        THEN("it is refused before any key is derived") {
            CHECK_FALSE(openSealedFile(dir.path / "greedy.bin", "paarse olifant op de fiets", &why));
            CHECK(why == "the encrypted bundle's header is damaged");
        }
    }
}

SCENARIO("passphrase files") {
    TempDir dir;
    std::string pass, why;
    spit(dir.path / "p1", "geheim woord\nsecond line");
    REQUIRE(readPassphraseFile(dir.path / "p1", pass, &why));
    CHECK(pass == "geheim woord");
    spit(dir.path / "p2", "crlf\r\n");
    REQUIRE(readPassphraseFile(dir.path / "p2", pass, &why));
    CHECK(pass == "crlf");
    spit(dir.path / "p3", "\n");
    CHECK_FALSE(readPassphraseFile(dir.path / "p3", pass, &why));
    CHECK(why == "the passphrase file is empty");
    spit(dir.path / "p4", std::string(2000, 'a'));
    CHECK_FALSE(readPassphraseFile(dir.path / "p4", pass, &why));
    CHECK_FALSE(readPassphraseFile(dir.path / "missing", pass, &why));
    CHECK_FALSE(sealFile(dir.path / "p1", dir.path / "s", "", &why, false));
}
