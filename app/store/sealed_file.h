// Passphrase-sealed files, for sync bundles that may travel on a USB stick:
// Argon2id derives the key, libsodium's secretstream (XChaCha20-Poly1305 in
// 64 KiB chunks) encrypts and authenticates, so a wrong passphrase, a changed
// byte, a reordered or missing chunk or a cut-off end are all refused.
// Format: FORMAT.md, "Sealed bundle".
#pragma once
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace samenspel {

constexpr std::string_view kSealMagic{"SMSPSEAL", 8};

struct FileCloser {
    void operator()(std::FILE* f) const {
        if (f) std::fclose(f);
    }
};
using FileHandle = std::unique_ptr<std::FILE, FileCloser>;

// True when the file starts with the sealed-file magic.
bool isSealedFile(const std::filesystem::path& file);

// Reads a passphrase from a file: its first line, without the line end.
// Refuses an empty passphrase and one longer than 1024 bytes.
bool readPassphraseFile(const std::filesystem::path& file, std::string& passphrase, std::string* why);

// Writes a sealed file piece by piece: bytes go in clear, reach the disk
// encrypted, and the target appears (atomically) only on commit().
class SealedWriter {
public:
    SealedWriter(std::filesystem::path target, std::string passphrase, bool durable = true);
    // With a ready key instead of a passphrase (sealed to a coordinator's
    // key, key_sealed_file.h): `headerPrefix` is written before the stream
    // header and, like the passphrase header, bound to the first chunk.
    SealedWriter(std::filesystem::path target, std::string headerPrefix, const unsigned char (&key)[32],
                 bool durable = true);
    ~SealedWriter();
    SealedWriter(const SealedWriter&) = delete;
    SealedWriter& operator=(const SealedWriter&) = delete;

    bool open(std::string* why);  // derives the key (Argon2id: ~0.1 s, 64 MiB)
    bool write(std::string_view bytes, std::string* why);
    bool commit(std::string* why);

private:
    struct State;
    bool pushChunk(bool last, std::string* why);
    std::unique_ptr<State> state_;
};

// Encrypts `plain` into `sealed`, written atomically.
bool sealFile(const std::filesystem::path& plain, const std::filesystem::path& sealed, const std::string& passphrase,
              std::string* why, bool durable = true);

// Decrypts into an anonymous temporary file (removed when closed), rewound
// to its start. Nothing is returned unless the whole file authenticated.
FileHandle openSealedFile(const std::filesystem::path& sealed, const std::string& passphrase, std::string* why);

// The chunks after a sealed header (both sealed formats): pulls them from
// `in` with `key`, the first bound to `header` (which ends in the 24-byte
// stream header), into an anonymous temporary file, rewound. Nothing is
// returned unless every chunk authenticated and nothing follows the last.
// `wrongKey` is the message when the first chunk fails.
FileHandle pullSealedChunks(std::istream& in, const unsigned char* key, const std::string& header, const char* wrongKey,
                            std::string* why);

}  // namespace samenspel
