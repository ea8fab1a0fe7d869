#include "sealed_file.h"

#include <sodium.h>

#include <array>
#include <cstring>
#include <fstream>
#include <vector>

#include "store/atomic_file.h"

namespace samenspel {

namespace fs = std::filesystem;

namespace {

constexpr std::uint16_t kSealVersion = 1;
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kSaltBytes = crypto_pwhash_SALTBYTES;                                    // 16
constexpr std::size_t kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;  // 24
constexpr std::size_t kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;                  // 17
// 8 magic + 2 version + 2 flags + 4 opslimit + 4 memlimit (KiB) + salt + stream header
constexpr std::size_t kHeaderBytes = 8 + 2 + 2 + 4 + 4 + kSaltBytes + kStreamHeaderBytes;
// A hostile header must not make us spend unbounded time or memory.
constexpr std::uint32_t kMaxOpsLimit = 10;
constexpr std::uint32_t kMaxMemKiB = 256 * 1024;

void putLe(std::string& out, std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
std::uint64_t getLe(const unsigned char* p, int bytes) {
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

bool sodiumReady(std::string* why) {
    if (sodium_init() < 0) {
        if (why) *why = "the encryption library could not start";
        return false;
    }
    return true;
}

bool deriveKey(const std::string& passphrase, const unsigned char* salt, std::uint32_t ops, std::uint32_t memKiB,
               std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>& key, std::string* why) {
    if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), salt, ops,
                      static_cast<std::size_t>(memKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        if (why) *why = "not enough memory to derive the key from the passphrase";
        return false;
    }
    return true;
}

}  // namespace

bool isSealedFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    char magic[8] = {};
    return in.read(magic, 8) && std::string_view(magic, 8) == kSealMagic;
}

bool readPassphraseFile(const fs::path& file, std::string& passphrase, std::string* why) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        if (why) *why = "cannot read the passphrase file " + file.string();
        return false;
    }
    std::string line(1025, '\0');
    in.read(line.data(), 1025);
    line.resize(static_cast<std::size_t>(in.gcount()));
    line = line.substr(0, line.find('\n'));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.size() > 1024) {
        if (why) *why = "the passphrase is longer than 1024 bytes";
        return false;
    }
    if (line.empty()) {
        if (why) *why = "the passphrase file is empty";
        return false;
    }
    passphrase = std::move(line);
    return true;
}

struct SealedWriter::State {
    State(fs::path target, std::string pass, bool durable)
        : out(std::move(target), durable), passphrase(std::move(pass)) {}
    AtomicFile out;
    std::string passphrase;
    std::string header;
    std::string pending;  // clear bytes not yet pushed, < one chunk
    crypto_secretstream_xchacha20poly1305_state stream{};
    bool first = true, opened = false;
    bool presetKey = false;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
};

SealedWriter::SealedWriter(fs::path target, std::string passphrase, bool durable)
    : state_(std::make_unique<State>(std::move(target), std::move(passphrase), durable)) {}

SealedWriter::SealedWriter(fs::path target, std::string headerPrefix, const unsigned char (&key)[32], bool durable)
    : state_(std::make_unique<State>(std::move(target), std::string(), durable)) {
    state_->presetKey = true;
    state_->header = std::move(headerPrefix);
    std::copy(key, key + 32, state_->key.begin());
}

SealedWriter::~SealedWriter() {
    sodium_memzero(state_->key.data(), state_->key.size());
    sodium_memzero(state_->pending.data(), state_->pending.size());
    sodium_memzero(&state_->stream, sizeof state_->stream);
}

bool SealedWriter::open(std::string* why) {
    if (!sodiumReady(why)) return false;
    if (state_->presetKey) {
        unsigned char streamHeader[kStreamHeaderBytes];
        crypto_secretstream_xchacha20poly1305_init_push(&state_->stream, streamHeader, state_->key.data());
        sodium_memzero(state_->key.data(), state_->key.size());
        state_->header.append(reinterpret_cast<const char*>(streamHeader), kStreamHeaderBytes);
        state_->opened = state_->out.open(why) && state_->out.write(state_->header, why);
        return state_->opened;
    }
    if (state_->passphrase.empty()) {
        if (why) *why = "the passphrase is empty";
        return false;
    }
    const std::uint32_t ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto memKiB = static_cast<std::uint32_t>(crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024);
    unsigned char salt[kSaltBytes];
    randombytes_buf(salt, sizeof salt);
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    if (!deriveKey(state_->passphrase, salt, ops, memKiB, key, why)) return false;
    sodium_memzero(state_->passphrase.data(), state_->passphrase.size());
    unsigned char streamHeader[kStreamHeaderBytes];
    crypto_secretstream_xchacha20poly1305_init_push(&state_->stream, streamHeader, key.data());
    sodium_memzero(key.data(), key.size());

    std::string& header = state_->header;
    header.assign(kSealMagic);
    putLe(header, kSealVersion, 2);
    putLe(header, 0, 2);
    putLe(header, ops, 4);
    putLe(header, memKiB, 4);
    header.append(reinterpret_cast<const char*>(salt), kSaltBytes);
    header.append(reinterpret_cast<const char*>(streamHeader), kStreamHeaderBytes);
    state_->opened = state_->out.open(why) && state_->out.write(header, why);
    return state_->opened;
}

bool SealedWriter::pushChunk(bool last, std::string* why) {
    State& st = *state_;
    const std::size_t n = std::min(st.pending.size(), kChunk);
    std::vector<unsigned char> cipher(n + kAbytes);
    unsigned long long clen = 0;
    // The clear header is bound to the first chunk, so changing the Argon2
    // parameters or the salt breaks authentication.
    crypto_secretstream_xchacha20poly1305_push(
        &st.stream, cipher.data(), &clen, reinterpret_cast<const unsigned char*>(st.pending.data()), n,
        st.first ? reinterpret_cast<const unsigned char*>(st.header.data()) : nullptr, st.first ? st.header.size() : 0,
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    st.first = false;
    sodium_memzero(st.pending.data(), n);
    st.pending.erase(0, n);
    std::string chunk;
    putLe(chunk, clen, 4);
    chunk.append(reinterpret_cast<const char*>(cipher.data()), static_cast<std::size_t>(clen));
    return st.out.write(chunk, why);
}

bool SealedWriter::write(std::string_view bytes, std::string* why) {
    if (!state_->opened) {
        if (why) *why = "the sealed file is not open";
        return false;
    }
    state_->pending.append(bytes);
    // Push only chunks that surely are not the last one: the last carries the
    // FINAL tag, and only commit() knows which one that is.
    while (state_->pending.size() > kChunk)
        if (!pushChunk(false, why)) return false;
    return true;
}

bool SealedWriter::commit(std::string* why) {
    if (!state_->opened) {
        if (why) *why = "the sealed file is not open";
        return false;
    }
    return pushChunk(true, why) && state_->out.commit(why);
}

bool sealFile(const fs::path& plain, const fs::path& sealed, const std::string& passphrase, std::string* why,
              bool durable) {
    std::ifstream in(plain, std::ios::binary);
    if (!in) {
        if (why) *why = "cannot read " + plain.string();
        return false;
    }
    SealedWriter out(sealed, passphrase, durable);
    if (!out.open(why)) return false;
    std::vector<char> buf(kChunk);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        if (in.bad()) {
            if (why) *why = "cannot read " + plain.string();
            return false;
        }
        if (!out.write(std::string_view(buf.data(), static_cast<std::size_t>(in.gcount())), why)) return false;
    }
    return out.commit(why);
}

FileHandle openSealedFile(const fs::path& sealed, const std::string& passphrase, std::string* why) {
    auto fail = [&](const std::string& m) {
        if (why) *why = m;
        return FileHandle{};
    };
    if (!sodiumReady(why)) return {};
    std::ifstream in(sealed, std::ios::binary);
    if (!in) return fail("cannot read " + sealed.string());
    unsigned char header[kHeaderBytes];
    if (!in.read(reinterpret_cast<char*>(header), kHeaderBytes))
        return fail("the file is too short to be an encrypted bundle");
    if (std::memcmp(header, kSealMagic.data(), 8) != 0) return fail("the file is not an encrypted bundle");
    if (getLe(header + 8, 2) != kSealVersion)
        return fail("encrypted bundle version " + std::to_string(getLe(header + 8, 2)) + " is not supported");
    const auto ops = static_cast<std::uint32_t>(getLe(header + 12, 4));
    const auto memKiB = static_cast<std::uint32_t>(getLe(header + 16, 4));
    if (getLe(header + 10, 2) != 0 || ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOpsLimit ||
        memKiB < crypto_pwhash_MEMLIMIT_MIN / 1024 || memKiB > kMaxMemKiB)
        return fail("the encrypted bundle's header is damaged");
    const unsigned char* salt = header + 20;  // the stream header follows the salt; pullSealedChunks reads it

    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    if (!deriveKey(passphrase, salt, ops, memKiB, key, why)) return {};
    FileHandle plain =
        pullSealedChunks(in, key.data(), std::string(reinterpret_cast<const char*>(header), kHeaderBytes),
                         "wrong passphrase, or the encrypted bundle was changed", why);
    sodium_memzero(key.data(), key.size());
    return plain;
}

FileHandle pullSealedChunks(std::istream& in, const unsigned char* key, const std::string& header, const char* wrongKey,
                            std::string* why) {
    auto fail = [&](const std::string& m) {
        if (why) *why = m;
        return FileHandle{};
    };
    if (!sodiumReady(why)) return {};
    if (header.size() < kStreamHeaderBytes) return fail("the encrypted bundle's header is damaged");
    crypto_secretstream_xchacha20poly1305_state st;
    const auto* streamHeader =
        reinterpret_cast<const unsigned char*>(header.data()) + header.size() - kStreamHeaderBytes;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&st, streamHeader, key) != 0)
        return fail("the encrypted bundle's header is damaged");

    FileHandle plain(std::tmpfile());
    if (!plain) return fail("cannot create a temporary file to decrypt into");
    std::vector<unsigned char> cipher(kChunk + kAbytes), clear(kChunk);
    bool first = true;
    for (;;) {
        unsigned char lenBytes[4];
        if (!in.read(reinterpret_cast<char*>(lenBytes), 4)) return fail("the encrypted bundle is cut off");
        const auto clen = static_cast<std::size_t>(getLe(lenBytes, 4));
        if (clen < kAbytes || clen > cipher.size()) return fail("the encrypted bundle is damaged");
        if (!in.read(reinterpret_cast<char*>(cipher.data()), static_cast<std::streamsize>(clen)))
            return fail("the encrypted bundle is cut off");
        unsigned long long mlen = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &st, clear.data(), &mlen, &tag, cipher.data(), clen,
                first ? reinterpret_cast<const unsigned char*>(header.data()) : nullptr,
                first ? header.size() : 0) != 0)
            return fail(first ? wrongKey : "the encrypted bundle was changed or damaged");
        first = false;
        if (mlen && std::fwrite(clear.data(), 1, static_cast<std::size_t>(mlen), plain.get()) != mlen)
            return fail("cannot write the decrypted bundle to a temporary file (disk full?)");
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) break;
    }
    if (in.peek() != std::char_traits<char>::eof()) return fail("the encrypted bundle has extra bytes after its end");
    sodium_memzero(clear.data(), clear.size());
    if (std::fflush(plain.get()) != 0)
        return fail("cannot write the decrypted bundle to a temporary file (disk full?)");
    std::rewind(plain.get());
    return plain;
}

}  // namespace samenspel
