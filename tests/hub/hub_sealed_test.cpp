// Bundles sealed to the coordinator's key (issue 11): keygen, export from a
// device with only the public key, import with the secret key; a wrong key,
// a changed byte or a cut-off file imports nothing and says why.
#include <sys/stat.h>
#include <catch2/catch.hpp>

#include <fstream>

#include "../temp_dir.h"
#include "hub/importer.h"
#include "hub_support.h"
#include "store/key_sealed_file.h"

using namespace samenspel;
using namespace samenspel::hub;
using namespace samenspel::hubtest;
namespace fs = std::filesystem;

namespace {

struct SealedSetup {
    TempDir tmp;
    fs::path sealed;
    std::size_t count = 12;
    SealedSetup() {
        std::string why;
        REQUIRE(writeHubKeyPair(tmp.path / "hub", &why));
        simulateBundle(tmp.path / "plain.ssb", count, 21);
        RecordUnion records;
        for (auto& r : readBundle(tmp.path / "plain.ssb")) records.add(r);
        auto pub = readHubPublicKey(tmp.path / "hub.pub", &why);
        REQUIRE(pub);
        sealed = tmp.path / "sealed.ssb";
        REQUIRE(records.writeSealedToKey(sealed, *pub, &why, false));
    }
    // Imports into a fresh SQLite database; returns the reason when refused.
    std::string importWith(const fs::path& file, const fs::path& key, std::size_t* imported = nullptr) {
        const fs::path dbFile = tmp.path / ("db-" + std::to_string(++n) + ".sqlite");
        std::string why;
        auto db = openHubDb(dbFile.string(), &why);
        REQUIRE(db);
        static const DeckCatalog decks = loadBundledDecks();
        Importer importer(*db, decks);
        ImportCounts counts;
        ImportOptions options;
        options.secretKeyFile = key;
        const bool ok = importer.importInput(file, options, counts, &why);
        if (imported) *imported = countRows(*db, "records");
        if (!ok) CHECK(countRows(*db, "records") == 0);
        return ok ? std::string() : why;
    }
    int n = 0;
};

void flipByte(const fs::path& file, std::size_t at) {
    std::string bytes = slurp(file);
    REQUIRE(at < bytes.size());
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace

SCENARIO("keygen writes a private secret key and a public key and never overwrites") {
    TempDir tmp;
    std::string why;
    REQUIRE(writeHubKeyPair(tmp.path / "coord", &why));
    struct stat st {};
    REQUIRE(stat((tmp.path / "coord.key").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK_FALSE(writeHubKeyPair(tmp.path / "coord", &why));
    CHECK(why.find("exists already") != std::string::npos);
    auto pub = readHubPublicKey(tmp.path / "coord.pub", &why);
    auto sec = readHubSecretKey(tmp.path / "coord.key", &why);
    REQUIRE(pub);
    REQUIRE(sec);
    CHECK(sec->publicKey.bytes == pub->bytes);
    THEN("the fingerprint is five words, the same every time") {
        const std::string words = keyFingerprintWords(*pub);
        CHECK(std::count(words.begin(), words.end(), ' ') == 4);
        CHECK(words == keyFingerprintWords(*readHubPublicKey(tmp.path / "coord.pub", &why)));
    }
    THEN("a secret key is not taken for a public one, nor the other way round") {
        CHECK_FALSE(readHubPublicKey(tmp.path / "coord.key", &why));
        CHECK_FALSE(readHubSecretKey(tmp.path / "coord.pub", &why));
    }
}

SCENARIO("a bundle sealed to the hub's key opens with its secret key only") {
    SealedSetup s;
    std::size_t imported = 0;
    CHECK(s.importWith(s.sealed, s.tmp.path / "hub.key", &imported).empty());
    CHECK(imported == s.count);

    WHEN("no key is given") { CHECK(s.importWith(s.sealed, {}).find("--key") != std::string::npos); }
    WHEN("another hub's key is given") {
        std::string why;
        REQUIRE(writeHubKeyPair(s.tmp.path / "other", &why));
        CHECK(s.importWith(s.sealed, s.tmp.path / "other.key") ==
              "this bundle is sealed to another coordinator's key (not this .key file)");
    }
    WHEN("the app reads it as a passphrase bundle") {
        BundleReader reader;
        std::string why;
        CHECK_FALSE(reader.open(s.sealed, &why, "a passphrase"));
        CHECK(why.find("sealed to a coordinator's key") != std::string::npos);
    }
}

SCENARIO("a changed byte anywhere in a sealed bundle imports nothing") {
    SealedSetup s;
    const auto size = fs::file_size(s.sealed);
    // The sealed file key, the stream header, the first chunk, the middle, the last byte.
    for (std::size_t at : {std::size_t{30}, std::size_t{110}, std::size_t{140}, static_cast<std::size_t>(size / 2),
                           static_cast<std::size_t>(size - 1)}) {
        const fs::path copy = s.tmp.path / ("tampered-" + std::to_string(at) + ".ssb");
        fs::copy_file(s.sealed, copy);
        flipByte(copy, at);
        const std::string why = s.importWith(copy, s.tmp.path / "hub.key");
        INFO("byte " << at << ": " << why);
        CHECK_FALSE(why.empty());
    }
}

SCENARIO("a cut-off sealed bundle imports nothing and says it is cut off") {
    SealedSetup s;
    const fs::path cut = s.tmp.path / "cut.ssb";
    const std::string bytes = slurp(s.sealed);
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() - 40);
    CHECK(s.importWith(cut, s.tmp.path / "hub.key") == "the encrypted bundle is cut off");
}

SCENARIO("the command line from keygen to a device export --to-key to the hub import --key") {
    TempDir tmp;
    const std::string cli = SAMENSPEL_CLI, hub = SAMENSPEL_HUB;
    const std::string dir = (tmp.path / "device").string(), key = (tmp.path / "coord").string();
    std::string out;
    REQUIRE(runTool(hub + " keygen -o " + key, &out) == 0);
    CHECK(out.find("fingerprint: ") != std::string::npos);
    for (int seed = 1; seed <= 3; ++seed)
        REQUIRE(runTool(cli + " simulate --deck tegenwicht --seed " + std::to_string(seed) + " --dir " + dir) == 0);
    const std::string bundle = (tmp.path / "to-hub.ssb").string();
    REQUIRE(runTool(cli + " records export " + dir + " -o " + bundle + " --to-key " + key + ".pub", &out) == 0);
    CHECK(out.find("sealed to the hub's key") != std::string::npos);
    const std::string db = (tmp.path / "hub.sqlite").string();
    REQUIRE(runTool(hub + " import " + bundle + " --key " + key + ".key --db " + db, &out) == 0);
    CHECK(out == "to-hub.ssb: 3 new, 0 duplicate, 0 conflict, 0 damaged\n");
    CHECK(runTool(hub + " import " + bundle + " --db " + db, &out) == 1);
    CHECK(out.find("--key") != std::string::npos);
}
