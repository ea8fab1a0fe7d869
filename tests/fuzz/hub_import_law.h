// The law every `samenspel-hub import` keeps, whatever bytes it is given
// (issue 11): either the input imports and its counts add up to what it
// holds, or it is refused with a one-line reason and the database is
// exactly as before. Shared by the libFuzzer target (fuzz_hub_import) and
// the hostile cases a fuzzer would not find quickly (hub_hostile).
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "content/deck_loader.h"
#include "hub/importer.h"

namespace samenspel::hubfuzz {

// A hub with a few records in it, copied fresh for every input, plus a
// fixed test-only key pair and passphrase so sealed inputs can be opened.
class HubLawBench {
public:
    // `scratch`: a folder of its own (created); `baseBundle`: the plain
    // bundle the hub already holds before each input.
    HubLawBench(std::filesystem::path scratch, const std::filesystem::path& baseBundle);
    ~HubLawBench();

    struct Outcome {
        bool imported = false;
        hub::ImportCounts counts;
        std::string why;               // the refusal
        std::string broken;            // empty: the law held; else what broke
        std::size_t replayFailed = 0;  // stored sessions whose log the rules refused
        std::string content;           // every table but the import log, after the import
    };
    // Imports `input` into a fresh copy of the hub and checks the law, then
    // imports it a second time (nothing new may appear). With `failStatement`
    // N > 0, the N-th statement the first import sends fails (as a full
    // disk or a lost server would): then it must be refused and leave the
    // database exactly as before. `statements` counts what it sent.
    Outcome importAndCheck(const std::filesystem::path& input, std::size_t failStatement = 0,
                           std::size_t* statements = nullptr);

    const std::filesystem::path& scratch() const { return scratch_; }
    const std::filesystem::path& keyFile() const { return keyFile_; }

private:
    std::filesystem::path scratch_, template_, work_, keyFile_;
    DeckCatalog decks_;
};

// The passphrase the bench gives for passphrase-sealed inputs whose key
// derivation is cheap (see cheapSeal in hub_import_law.cpp).
extern const char* const kFuzzPassphrase;
// The test-only coordinator secret key (32 bytes, fixed): never real data.
void fuzzHubSecretKey(unsigned char (&secret)[32]);
void fuzzHubPublicKey(unsigned char (&pub)[32]);

// Writes `plain` (a plain bundle's bytes) sealed with kFuzzPassphrase and
// the cheapest Argon2id parameters the format allows, so a fuzzer can run
// through the whole decryption thousands of times a second.
bool writeCheapPassphraseSealed(const std::string& plain, const std::filesystem::path& out, std::string* why,
                                const std::string& passphrase = kFuzzPassphrase);
// Writes `plain` sealed to the test key (or to another public key).
bool writeKeySealed(const std::string& plain, const std::filesystem::path& out, const unsigned char (&pub)[32],
                    std::string* why);

// Recomputes the bundle header CRC and each record frame's payload CRC, so
// mutations inside a payload get past the CRC to the decoder and replay.
// Returns false when nothing needed fixing.
bool repairCrcs(std::string& bytes);

std::string readFile(const std::filesystem::path& file);
bool writeFile(const std::filesystem::path& file, const std::string& bytes);

}  // namespace samenspel::hubfuzz
