// Bundles sealed to a coordinator's key (issue 11): no shared passphrase.
// The hub makes a key pair (X25519, libsodium); a device gets only the
// public key. An export draws a random 32-byte file key, seals it to the
// public key (crypto_box_seal: only the secret key opens it) and encrypts
// the bundle with that file key in the same secretstream chunks as a
// passphrase-sealed bundle. Format: FORMAT.md, "Bundle sealed to a key".
#pragma once
#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "store/sealed_file.h"

namespace samenspel {

constexpr std::string_view kKeySealMagic{"SMSPHUB1", 8};

struct HubPublicKey {
    std::array<unsigned char, 32> bytes{};
};
struct HubSecretKey {
    std::array<unsigned char, 32> secret{};
    HubPublicKey publicKey;
    ~HubSecretKey();
};

// Writes NAME.key (the secret, mode 0600) and NAME.pub. Refuses to
// overwrite either file.
bool writeHubKeyPair(const std::filesystem::path& stem, std::string* why);

std::optional<HubPublicKey> readHubPublicKey(const std::filesystem::path& file, std::string* why);
std::unique_ptr<HubSecretKey> readHubSecretKey(const std::filesystem::path& file, std::string* why);
// The text of a .pub file ("samenspel-hub-public-key-1 <64 hex>\n"), and its
// parse (for an app that keeps the key in its settings).
std::string publicKeyText(const HubPublicKey& key);
std::optional<HubPublicKey> parsePublicKeyText(const std::string& text, std::string* why);

// Five words (from a fixed list of 256 short Dutch nouns, 40 bits of a
// BLAKE2b hash of the key) that two people can compare over the phone.
std::string keyFingerprintWords(const HubPublicKey& key);

bool isKeySealedFile(const std::filesystem::path& file);

// The coordinator's public key a device seals its exports to: the file
// coordinator.pub in the app's data folder (FORMAT.md section 6). No file:
// exports use a passphrase (teams without a hub).
std::filesystem::path coordinatorKeyFile(const std::filesystem::path& dataDir);
std::optional<HubPublicKey> loadCoordinatorKey(const std::filesystem::path& dataDir);
// Takes a .pub file as the coordinator's key (written atomically), or
// forgets it (`from` empty).
bool setCoordinatorKey(const std::filesystem::path& dataDir, const std::filesystem::path& from, std::string* why);

// A writer whose bytes reach the disk sealed to `key`.
std::unique_ptr<SealedWriter> keySealedWriter(const std::filesystem::path& target, const HubPublicKey& key,
                                              bool durable = true);

// Decrypts into an anonymous temporary file, rewound; nothing unless the
// whole file authenticated with this secret key.
FileHandle openKeySealedFile(const std::filesystem::path& sealed, const HubSecretKey& key, std::string* why);

}  // namespace samenspel
