// Sync bundles (FORMAT.md, "Bundle"): many record frames in one file, read
// as a stream so reading one never costs more memory than its largest
// record; the union by record id that export and merge write.
#pragma once
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/key_sealed_file.h"
#include "store/record.h"
#include "store/record_folder.h"
#include "store/sealed_file.h"

namespace samenspel {

constexpr std::string_view kBundleMagic{"SMSPBDL1", 8};
constexpr std::uint16_t kBundleFormatVersion = 1;
constexpr std::uint32_t kMaxBundleRecords = 1'000'000;

// A record frame whose header and CRC have been checked, with its id.
struct RawRecord {
    RecordId id;
    std::string frame;  // the whole record frame, header included (= a .ssr file)
};

enum class InputKind { Missing, Folder, Bundle, RecordFile, Unknown };
// Tells a record folder, a bundle (plain or sealed) and a single record file
// apart by their first bytes (not by name).
InputKind inputKindOf(const std::filesystem::path& input);

class BundleReader {
public:
    enum class Step { Record, Damaged, End };

    // verify = also decode every record completely (not only its frame and
    // CRC), so a record that passes the CRC but breaks a rule counts as damaged.
    explicit BundleReader(bool verify = true) : verify_(verify) {}
    ~BundleReader();
    BundleReader(const BundleReader&) = delete;
    BundleReader& operator=(const BundleReader&) = delete;

    // Fails (with a one-line reason) when the file is not a bundle this app
    // reads. A sealed (encrypted) bundle needs its passphrase; it is
    // decrypted and authenticated whole before the first record is read.
    bool open(const std::filesystem::path& file, std::string* why, const std::string& passphrase = {});
    // A bundle already decrypted into a temporary file (sealed_file.h).
    bool openDecrypted(FileHandle plain, std::string* why);
    std::uint32_t declaredCount() const { return declared_; }

    // Record: `out` is the next good record. Damaged: `why` says what is wrong
    // and where (byte offset); reading goes on with the next readable record.
    Step next(RawRecord& out, std::string* why);

private:
    Step damaged(std::uint64_t at, const std::string& reason, bool resync, std::uint64_t frameEnd, std::string* why);
    bool readHeader(std::string* why);
    bool readAt(std::uint64_t at, char* into, std::size_t size);
    std::uint64_t findMagic(std::uint64_t from);

    bool verify_;
    std::FILE* file_ = nullptr;
    std::uint64_t size_ = 0, pos_ = 0, filePos_ = 0;
    std::uint32_t declared_ = 0;
    std::uint64_t seen_ = 0;
    bool countTrusted_ = true, damageSeen_ = false, countChecked_ = false;
    std::string pending_;  // a header problem reported by the first next()
};

struct MergeReport {
    std::size_t read = 0;               // good records read from the inputs
    std::size_t duplicates = 0;         // identical copies of a record already in the union
    std::size_t conflicts = 0;          // same id, different bytes: the smaller encoding is kept
    std::size_t damaged = 0;            // damaged records and unreadable inputs
    std::size_t inProgressSkipped = 0;  // games still in progress in a folder are never merged
    std::vector<std::string> problems;  // one line per damaged record or conflict
};

// The union of records by id, kept sorted by id. Order-independent and
// idempotent: of two different records with one id, the one whose frame
// bytes compare smaller is kept, whatever order they arrive in.
class RecordUnion {
public:
    enum class Outcome { Added, Duplicate, Conflict };
    Outcome add(RawRecord r);

    // Adds a bundle, a record folder (its finished records) or one record
    // file. Returns false when the input cannot be read at all. Bundle
    // records are always checked for frame, CRC and id; `verify` decodes
    // each one completely too (about three times slower).
    bool addInput(const std::filesystem::path& input, MergeReport& report, bool verify = false,
                  const std::string& passphrase = {});

    std::size_t size() const { return frames_.size(); }
    bool contains(const RecordId& id) const { return frames_.count(id) != 0; }
    const std::map<RecordId, std::string>& frames() const { return frames_; }

    // Writes the union as one bundle, atomically, records sorted by id;
    // sealed with the passphrase when one is given.
    bool write(const std::filesystem::path& bundle, std::string* why, bool durable = true,
               const std::string& passphrase = {}) const;
    // The same bundle, sealed to a coordinator's public key (key_sealed_file.h).
    bool writeSealedToKey(const std::filesystem::path& bundle, const HubPublicKey& key, std::string* why,
                          bool durable = true) const;

private:
    std::map<RecordId, std::string> frames_;
};

struct ExportReport {
    std::size_t written = 0;
    std::size_t alreadyExported = 0;
    std::vector<std::string> problems;  // damaged files, not exported
};

// Writes a folder's finished and abandoned records (all, or only those not
// yet in exported.txt) to one bundle, then adds them to exported.txt. Files
// in the folder are never moved (damaged ones are reported). Refuses to
// overwrite an existing file; writes no file when there is nothing to export.
bool exportBundle(const RecordFolder& folder, const std::filesystem::path& bundle, bool all, ExportReport& report,
                  std::string* why, bool durable = true, const std::string& passphrase = {});
// The same export, sealed to a coordinator's public key: only the hub opens it.
bool exportBundleToKey(const RecordFolder& folder, const std::filesystem::path& bundle, bool all,
                       const HubPublicKey& key, ExportReport& report, std::string* why, bool durable = true);

// The 20 bytes a bundle of `count` records starts with (FORMAT.md section 4).
std::string bundleHeader(std::uint32_t count);

}  // namespace samenspel
