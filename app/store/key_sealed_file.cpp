#include "store/key_sealed_file.h"

#include <sodium.h>
#include <sys/stat.h>

#include <cstring>
#include <fstream>

#include "store/atomic_file.h"

namespace samenspel {

namespace fs = std::filesystem;

namespace {

constexpr std::uint16_t kKeySealVersion = 1;
constexpr std::size_t kKeyIdBytes = 8;
constexpr std::size_t kSealedKeyBytes = crypto_box_SEALBYTES + 32;  // 80
constexpr std::size_t kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// magic 8 + version 2 + flags 2 + key id 8 + sealed file key 80 + stream header 24
constexpr std::size_t kHeaderBytes = 8 + 2 + 2 + kKeyIdBytes + kSealedKeyBytes + kStreamHeaderBytes;
constexpr const char* kPublicTag = "samenspel-hub-public-key-1";
constexpr const char* kSecretTag = "samenspel-hub-secret-key-1";

std::string hexOf(const unsigned char* p, std::size_t n) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += hex[p[i] >> 4];
        out += hex[p[i] & 15];
    }
    return out;
}

bool unhex(const std::string& s, unsigned char* out, std::size_t n) {
    if (s.size() != 2 * n) return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const int hi = nibble(s[2 * i]), lo = nibble(s[2 * i + 1]);
        if (hi < 0 || lo < 0) return false;
        out[i] = static_cast<unsigned char>(hi * 16 + lo);
    }
    return true;
}

// The key's id in a sealed file: so a file sealed to another hub gets "not
// for this key" instead of a generic failure.
std::array<unsigned char, kKeyIdBytes> keyId(const HubPublicKey& key) {
    std::array<unsigned char, kKeyIdBytes> id{};
    crypto_generichash(id.data(), id.size(), key.bytes.data(), key.bytes.size(),
                       reinterpret_cast<const unsigned char*>("samenspel-key-id"), 16);
    return id;
}

// One line "<tag> <hex>" of at most 256 bytes.
std::optional<std::string> readKeyLine(const fs::path& file, const char* tag, std::string* why) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        if (why) *why = "cannot read the key file " + file.string();
        return std::nullopt;
    }
    std::string line(257, '\0');
    in.read(line.data(), 257);
    line.resize(static_cast<std::size_t>(in.gcount()));
    line = line.substr(0, line.find('\n'));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string prefix = std::string(tag) + " ";
    if (line.rfind(prefix, 0) != 0) {
        if (why)
            *why = file.string() + " is not a " + (std::string(tag) == kSecretTag ? "secret" : "public") +
                   " key of samenspel-hub";
        return std::nullopt;
    }
    return line.substr(prefix.size());
}

bool writeNew(const fs::path& file, const std::string& text, bool secret, std::string* why) {
    std::error_code ec;
    if (fs::exists(file, ec)) {
        if (why) *why = file.string() + " exists already; choose another name";
        return false;
    }
    AtomicFile out(file, true);
    if (!out.open(why) || !out.write(text, why) || !out.commit(why)) return false;
    if (secret) {
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
        if (ec) {
            if (why) *why = "cannot make " + file.string() + " private: " + ec.message();
            return false;
        }
    }
    return true;
}

// Short, common, unambiguous when spoken: 256 words, one per byte value.
const char* const kWords[256] = {
    "aap",    "appel",    "arend",   "bad",   "bal",     "bank",    "beek",    "beer",    "bel",     "berg",   "bes",
    "bever",  "bij",      "bijl",    "blad",  "bloem",   "boek",    "boom",    "boon",    "boot",    "bos",    "brief",
    "brood",  "brug",     "bui",     "bus",   "das",     "deur",    "dijk",    "dak",     "dal",     "dans",   "dauw",
    "dier",   "dolfijn",  "draak",   "drop",  "duif",    "duin",    "eend",    "egel",    "eik",     "eiland", "emmer",
    "fiets",  "fluit",    "fontein", "fruit", "gans",    "geit",    "gitaar",  "glas",    "gras",    "grot",   "haai",
    "haan",   "hagel",    "hamer",   "hand",  "haven",   "havik",   "heide",   "hek",     "hert",    "hoed",   "hond",
    "honing", "hooi",     "hoorn",   "huis",  "hut",     "ijs",     "inkt",    "jas",     "jurk",    "kaas",   "kam",
    "kameel", "kanaal",   "kano",    "kast",  "kat",     "kers",    "ketel",   "kikker",  "kip",     "klok",   "knoop",
    "koe",    "koek",     "koffer",  "kom",   "konijn",  "kool",    "kraan",   "krab",    "kreeft",  "kruik",  "kust",
    "lamp",   "lans",     "leeuw",   "lelie", "lepel",   "lijn",    "linde",   "lint",    "lucht",   "maan",   "mand",
    "mantel", "markt",    "meeuw",   "meer",  "melk",    "mes",     "mier",    "mol",     "molen",   "mos",    "mossel",
    "muis",   "muts",     "muur",    "nest",  "net",     "noot",    "oever",   "olifant", "oven",    "paard",  "pad",
    "pan",    "parel",    "pauw",    "peer",  "pen",     "piano",   "plank",   "plein",   "pluim",   "pomp",   "pop",
    "pot",    "raam",     "rat",     "regen", "reus",    "riet",    "ring",    "rivier",  "rots",    "roos",   "rups",
    "schaap", "schelp",   "schip",   "sjaal", "slak",    "slang",   "sleutel", "sloot",   "sneeuw",  "soep",   "spin",
    "spoor",  "staart",   "stad",    "steen", "ster",    "stoel",   "storm",   "straat",  "strand",  "stroom", "suiker",
    "taart",  "tafel",    "tak",     "tas",   "tent",    "thee",    "tijger",  "toren",   "tram",    "trein",  "trom",
    "tuin",   "tulp",     "uil",     "ui",    "vaas",    "valk",    "veer",    "veld",    "venster", "vijver", "vis",
    "vlag",   "vlieg",    "vlinder", "vloer", "vogel",   "vos",     "vuur",    "wagen",   "walvis",  "wand",   "water",
    "web",    "weg",      "wei",     "wiel",  "wind",    "wol",     "wolf",    "wolk",    "worm",    "wortel", "zaag",
    "zak",    "zalm",     "zand",    "zee",   "zeef",    "zeil",    "zeep",    "zon",     "zool",    "zwaan",  "zwaard",
    "anker",  "beker",    "bezem",   "bord",  "borstel", "citroen", "dolk",    "ezel",    "fazant",  "gember", "hazel",
    "jager",  "kabel",    "kapel",   "kegel", "kiezel",  "koord",   "kroon",   "lasso",   "mango",   "meloen", "munt",
    "nagel",  "ooievaar", "orgel",
};

}  // namespace

HubSecretKey::~HubSecretKey() { sodium_memzero(secret.data(), secret.size()); }

bool writeHubKeyPair(const fs::path& stem, std::string* why) {
    if (sodium_init() < 0) {
        if (why) *why = "the encryption library could not start";
        return false;
    }
    HubSecretKey key;
    crypto_box_keypair(key.publicKey.bytes.data(), key.secret.data());
    fs::path secretFile = stem, publicFile = stem;
    secretFile += ".key";
    publicFile += ".pub";
    std::error_code ec;
    if (fs::exists(secretFile, ec) || fs::exists(publicFile, ec)) {
        if (why) *why = secretFile.string() + " or " + publicFile.string() + " exists already; choose another name";
        return false;
    }
    std::string secretText = std::string(kSecretTag) + " " + hexOf(key.secret.data(), 32) + "\n";
    const bool ok =
        writeNew(secretFile, secretText, true, why) && writeNew(publicFile, publicKeyText(key.publicKey), false, why);
    sodium_memzero(secretText.data(), secretText.size());
    return ok;
}

std::string publicKeyText(const HubPublicKey& key) {
    return std::string(kPublicTag) + " " + hexOf(key.bytes.data(), key.bytes.size()) + "\n";
}

std::optional<HubPublicKey> parsePublicKeyText(const std::string& text, std::string* why) {
    std::string line = text.substr(0, text.find('\n'));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string prefix = std::string(kPublicTag) + " ";
    HubPublicKey key;
    if (line.rfind(prefix, 0) != 0 || !unhex(line.substr(prefix.size()), key.bytes.data(), key.bytes.size())) {
        if (why) *why = "not a public key of samenspel-hub";
        return std::nullopt;
    }
    return key;
}

std::optional<HubPublicKey> readHubPublicKey(const fs::path& file, std::string* why) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        if (why) *why = "cannot read the key file " + file.string();
        return std::nullopt;
    }
    std::string text(257, '\0');
    in.read(text.data(), 257);
    text.resize(static_cast<std::size_t>(in.gcount()));
    auto key = parsePublicKeyText(text, why);
    if (!key && why) *why = file.string() + " is " + *why;
    return key;
}

std::unique_ptr<HubSecretKey> readHubSecretKey(const fs::path& file, std::string* why) {
    if (sodium_init() < 0) {
        if (why) *why = "the encryption library could not start";
        return nullptr;
    }
    auto hex = readKeyLine(file, kSecretTag, why);
    if (!hex) return nullptr;
    auto key = std::make_unique<HubSecretKey>();
    const bool ok = unhex(*hex, key->secret.data(), 32);
    sodium_memzero(hex->data(), hex->size());
    if (!ok) {
        if (why) *why = file.string() + " is damaged (not 64 hex digits)";
        return nullptr;
    }
    crypto_scalarmult_base(key->publicKey.bytes.data(), key->secret.data());
    return key;
}

std::string keyFingerprintWords(const HubPublicKey& key) {
    if (sodium_init() < 0) return {};
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, key.bytes.data(), key.bytes.size(), nullptr, 0);
    std::string out;
    for (int i = 0; i < 5; ++i) out += std::string(i ? " " : "") + kWords[digest[i]];
    return out;
}

fs::path coordinatorKeyFile(const fs::path& dataDir) { return dataDir / "coordinator.pub"; }

std::optional<HubPublicKey> loadCoordinatorKey(const fs::path& dataDir) {
    std::error_code ec;
    if (!fs::exists(coordinatorKeyFile(dataDir), ec)) return std::nullopt;
    return readHubPublicKey(coordinatorKeyFile(dataDir), nullptr);
}

bool setCoordinatorKey(const fs::path& dataDir, const fs::path& from, std::string* why) {
    if (from.empty()) {
        std::error_code ec;
        fs::remove(coordinatorKeyFile(dataDir), ec);
        if (ec && why) *why = ec.message();
        return !ec;
    }
    auto key = readHubPublicKey(from, why);
    return key && writeFileAtomically(coordinatorKeyFile(dataDir), publicKeyText(*key), why);
}

bool isKeySealedFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    char magic[8] = {};
    return in.read(magic, 8) && std::string_view(magic, 8) == kKeySealMagic;
}

std::unique_ptr<SealedWriter> keySealedWriter(const fs::path& target, const HubPublicKey& key, bool durable) {
    if (sodium_init() < 0) return nullptr;
    unsigned char fileKey[32];
    crypto_secretstream_xchacha20poly1305_keygen(fileKey);
    std::string prefix(kKeySealMagic);
    prefix += static_cast<char>(kKeySealVersion & 0xFF);
    prefix += static_cast<char>(kKeySealVersion >> 8);
    prefix += std::string(2, '\0');
    const auto id = keyId(key);
    prefix.append(reinterpret_cast<const char*>(id.data()), id.size());
    unsigned char sealed[kSealedKeyBytes];
    crypto_box_seal(sealed, fileKey, sizeof fileKey, key.bytes.data());
    prefix.append(reinterpret_cast<const char*>(sealed), sizeof sealed);
    auto writer = std::make_unique<SealedWriter>(target, std::move(prefix), fileKey, durable);
    sodium_memzero(fileKey, sizeof fileKey);
    return writer;
}

FileHandle openKeySealedFile(const fs::path& sealed, const HubSecretKey& key, std::string* why) {
    auto fail = [&](const std::string& m) {
        if (why) *why = m;
        return FileHandle{};
    };
    if (sodium_init() < 0) return fail("the encryption library could not start");
    std::ifstream in(sealed, std::ios::binary);
    if (!in) return fail("cannot read " + sealed.string());
    std::string header(kHeaderBytes, '\0');
    if (!in.read(header.data(), kHeaderBytes)) return fail("the file is too short to be a sealed bundle");
    const auto* h = reinterpret_cast<const unsigned char*>(header.data());
    if (header.compare(0, 8, kKeySealMagic) != 0) return fail("the file is not a bundle sealed to a key");
    const unsigned version = h[8] | (h[9] << 8);
    if (version != kKeySealVersion)
        return fail("sealed bundle version " + std::to_string(version) + " is not supported");
    if (h[10] != 0 || h[11] != 0) return fail("the sealed bundle's header is damaged");
    const auto id = keyId(key.publicKey);
    if (std::memcmp(h + 12, id.data(), id.size()) != 0)
        return fail("this bundle is sealed to another coordinator's key (not this .key file)");
    unsigned char fileKey[32];
    if (crypto_box_seal_open(fileKey, h + 12 + kKeyIdBytes, kSealedKeyBytes, key.publicKey.bytes.data(),
                             key.secret.data()) != 0)
        return fail("the sealed bundle's key part was changed, or this is not the right key");
    FileHandle plain = pullSealedChunks(in, fileKey, header,
                                        "the sealed bundle was changed (its first part does not authenticate)", why);
    sodium_memzero(fileKey, sizeof fileKey);
    return plain;
}

}  // namespace samenspel
