#include "hub_import_law.h"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "hub/derive.h"
#include "store/bundle.h"
#include "store/frame.h"
#include "store/key_sealed_file.h"
#include "store/record_codec.h"
#include "store/record_folder.h"
#include "store/sealed_file.h"

namespace samenspel::hubfuzz {

namespace fs = std::filesystem;
using hub::HubDb;
using hub::SqlRow;

const char* const kFuzzPassphrase = "samenspel-fuzz-passphrase";

namespace {

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "hub fuzz bench: %s\n", what.c_str());
    std::abort();
}

std::uint32_t le32(const std::string& b, std::size_t at) {
    return getU32(reinterpret_cast<const unsigned char*>(b.data() + at));
}

// Argon2id with more than one pass over 64 KiB would make each such input
// cost up to seconds and 256 MiB (the format's caps, tested in the unit
// tests); for those the bench gives no passphrase, so the import is refused
// before any key is derived. Headers outside the caps still get the
// passphrase: the refusal of the header is what is tested then.
bool cheapSeal(const fs::path& input) {
    std::ifstream in(input, std::ios::binary);
    std::string head(20, '\0');
    if (!in.read(head.data(), 20) || head.compare(0, 8, kSealMagic) != 0) return true;
    const std::uint32_t ops = le32(head, 12), memKiB = le32(head, 16);
    const bool derives = ops >= 1 && ops <= 10 && memKiB >= 8 && memKiB <= 256 * 1024;
    return !derives || (ops == 1 && memKiB <= 64);
}

// Every table (schema and rows, rows sorted): two databases with the same
// dump hold the same data. `content` leaves out the import log.
std::string dumpDb(HubDb& db, bool content) {
    std::vector<std::pair<std::string, std::string>> tables;
    std::string why;
    if (!db.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name", {},
            [&](const SqlRow& row) {
                tables.emplace_back(row[0].value_or(""), row[1].value_or(""));
                return true;
            },
            &why))
        die("cannot list tables: " + why);
    std::string out;
    for (const auto& [name, sql] : tables) {
        if (content && (name == "imports" || name == "import_problems")) continue;
        std::vector<std::string> rows;
        if (!db.query(
                "SELECT * FROM " + name, {},
                [&](const SqlRow& row) {
                    std::string line;
                    for (const auto& c : row) line += c ? "v" + std::to_string(c->size()) + ":" + *c : "null";
                    rows.push_back(std::move(line));
                    return true;
                },
                &why))
            die("cannot read " + name + ": " + why);
        std::sort(rows.begin(), rows.end());
        out += "== " + name + "\n" + sql + "\n";
        for (const auto& r : rows) out += r + "\n";
    }
    return out;
}

std::size_t count(HubDb& db, const std::string& sql) {
    std::string why;
    auto n = db.scalar(sql, {}, &why);
    if (!n) die(sql + ": " + why);
    return std::stoul(*n);
}

// record id -> frame, and record id -> set of frames kept aside.
struct Stored {
    std::map<std::string, std::string> records;
    std::map<std::string, std::set<std::string>> conflicts;
};

Stored stored(HubDb& db) {
    Stored s;
    std::string why;
    if (!db.query(
            "SELECT record_id, frame, frame_hash FROM records", {},
            [&](const SqlRow& row) {
                s.records[row[0].value_or("")] = row[1].value_or("");
                if (row[2].value_or("") != hub::frameHash(row[1].value_or("")))
                    s.records[row[0].value_or("")] += "<frame_hash does not match the frame>";
                return true;
            },
            &why) ||
        !db.query(
            "SELECT record_id, frame FROM conflicts", {},
            [&](const SqlRow& row) {
                s.conflicts[row[0].value_or("")].insert(row[1].value_or(""));
                return true;
            },
            &why))
        die("cannot read records: " + why);
    return s;
}

// What the input holds, read on its own without the importer: whether it
// can be opened at all, and its good and damaged parts. The reader runs
// without `verify` and each frame is decoded after, as the importer does:
// with verify on, a record that fails to decode also stops the reader
// from calling what follows a trusted count "trailing bytes", so the same
// bytes can give another number of damage reports (store/bundle.cpp).
struct Tally {
    bool opens = false;
    std::string why;
    std::size_t good = 0, damaged = 0;
    std::map<std::string, std::set<std::string>> frames;  // id -> the distinct good frames
};

Tally tally(const fs::path& input, const hub::ImportOptions& options) {
    Tally t;
    const InputKind kind = inputKindOf(input);
    if (kind == InputKind::RecordFile) {
        auto frame = readRecordFrame(input, &t.why);
        if (!frame) return t;
        auto id = frame->size() >= kFrameHeaderBytes ? peekRecordId(std::string_view(*frame).substr(kFrameHeaderBytes))
                                                     : std::nullopt;
        if (!id) return t;
        t.opens = true;
        if (decodeRecord(*frame, nullptr)) {
            t.good = 1;
            t.frames[id->hex()].insert(*frame);
        } else {
            t.damaged = 1;
        }
        return t;
    }
    if (kind != InputKind::Bundle) return t;
    BundleReader reader(false);
    if (isKeySealedFile(input)) {
        auto key = readHubSecretKey(options.secretKeyFile, &t.why);
        if (!key) die("the test key cannot be read: " + t.why);
        FileHandle plain = openKeySealedFile(input, *key, &t.why);
        if (!plain || !reader.openDecrypted(std::move(plain), &t.why)) return t;
    } else if (!reader.open(input, &t.why, options.passphrase)) {
        return t;
    }
    t.opens = true;
    RawRecord raw;
    std::string damage;
    for (;;) {
        const auto step = reader.next(raw, &damage);
        if (step == BundleReader::Step::End) break;
        if (step == BundleReader::Step::Damaged) {
            ++t.damaged;
            continue;
        }
        if (!decodeRecord(raw.frame, nullptr)) {
            ++t.damaged;
            continue;
        }
        ++t.good;
        t.frames[raw.id.hex()].insert(raw.frame);
    }
    return t;
}

// The hub's database, with one statement made to fail on purpose.
class FailingDb : public HubDb {
public:
    FailingDb(HubDb& inner, std::size_t failAt) : inner_(inner), failAt_(failAt) {}
    const char* engine() const override { return inner_.engine(); }
    const char* blobType() const override { return inner_.blobType(); }
    const char* indexListSql() const override { return inner_.indexListSql(); }
    bool tuneForBulkLoad(std::string* why) override { return pass(why) && inner_.tuneForBulkLoad(why); }
    bool exec(const std::string& sql, std::string* why) override { return pass(why) && inner_.exec(sql, why); }
    bool query(const std::string& sql, const std::vector<hub::SqlValue>& params, const hub::RowHandler& onRow,
               std::string* why) override {
        return pass(why) && inner_.query(sql, params, onRow, why);
    }
    bool begin(std::string* why) override { return pass(why) && inner_.begin(why); }
    std::size_t sent() const { return sent_; }
    bool failed() const { return failAt_ != 0 && sent_ >= failAt_; }

private:
    bool pass(std::string* why) {
        if (++sent_ != failAt_) return true;
        if (why) *why = "database or disk is full (a failure the test made)";
        return false;
    }
    HubDb& inner_;
    std::size_t failAt_, sent_ = 0;
};

bool oneLine(const std::string& s) { return !s.empty() && s.find('\n') == std::string::npos; }

}  // namespace

void fuzzHubSecretKey(unsigned char (&secret)[32]) {
    if (sodium_init() < 0) die("libsodium does not start");
    const std::string label = "samenspel fuzz hub key; test only, never for real records";
    crypto_generichash(secret, 32, reinterpret_cast<const unsigned char*>(label.data()), label.size(), nullptr, 0);
}

void fuzzHubPublicKey(unsigned char (&pub)[32]) {
    unsigned char secret[32];
    fuzzHubSecretKey(secret);
    crypto_scalarmult_base(pub, secret);
}

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool writeFile(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out.flush());
}

bool writeCheapPassphraseSealed(const std::string& plain, const fs::path& out, std::string* why,
                                const std::string& passphrase) {
    if (sodium_init() < 0) return false;
    std::string prefix(kSealMagic);
    putU16(prefix, 1);                                                              // seal version
    putU16(prefix, 0);                                                              // flags
    putU32(prefix, crypto_pwhash_OPSLIMIT_MIN);                                     // 1 pass
    putU32(prefix, static_cast<std::uint32_t>(crypto_pwhash_MEMLIMIT_MIN / 1024));  // 8 KiB
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    prefix.append(reinterpret_cast<const char*>(salt), sizeof salt);
    unsigned char key[32];
    if (crypto_pwhash(key, sizeof key, passphrase.data(), passphrase.size(), salt, crypto_pwhash_OPSLIMIT_MIN,
                      crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return false;
    // The passphrase format is the key format with the Argon2 header in
    // front: the writer binds whatever prefix it gets to the first chunk.
    SealedWriter writer(out, prefix, key, false);
    return writer.open(why) && writer.write(plain, why) && writer.commit(why);
}

bool writeKeySealed(const std::string& plain, const fs::path& out, const unsigned char (&pub)[32], std::string* why) {
    HubPublicKey key;
    std::copy(pub, pub + 32, key.bytes.begin());
    auto writer = keySealedWriter(out, key, false);
    return writer && writer->open(why) && writer->write(plain, why) && writer->commit(why);
}

bool repairCrcs(std::string& b) {
    const std::string before = b;
    auto setU32 = [&](std::size_t at, std::uint32_t v) {
        std::string le;
        putU32(le, v);
        b.replace(at, 4, le);
    };
    std::size_t pos = 0;
    if (b.size() >= kFrameHeaderBytes && b.compare(0, 8, kBundleMagic) == 0) {
        setU32(16, crc32(b.data(), 16));
        pos = kFrameHeaderBytes;
    }
    while (pos + kFrameHeaderBytes <= b.size() && b.compare(pos, 8, kRecordMagic) == 0) {
        const std::uint32_t len = le32(b, pos + 12);
        if (len > b.size() - pos - kFrameHeaderBytes) break;
        setU32(pos + 16, crc32(b.data() + pos + kFrameHeaderBytes, len));
        pos += kFrameHeaderBytes + len;
    }
    return b != before;
}

HubLawBench::HubLawBench(fs::path scratch, const fs::path& baseBundle) : scratch_(std::move(scratch)) {
    std::error_code ec;
    fs::remove_all(scratch_, ec);
    fs::create_directories(scratch_, ec);
    if (ec) die("cannot create " + scratch_.string() + ": " + ec.message());
    template_ = scratch_ / "template.sqlite";
    work_ = scratch_ / "work.sqlite";
    keyFile_ = scratch_ / "hub.key";
    unsigned char secret[32];
    fuzzHubSecretKey(secret);
    std::string hex(64, '\0');
    sodium_bin2hex(hex.data(), hex.size() + 1, secret, sizeof secret);
    if (!writeFile(keyFile_, "samenspel-hub-secret-key-1 " + hex + "\n")) die("cannot write the test key");

    decks_ = loadBundledDecks();
    if (decks_.decks.empty()) die("no bundled decks (set SAMENSPEL_ASSETS)");
    std::string why;
    auto db = hub::openHubDb(template_.string(), &why);
    if (!db) die("cannot make the hub: " + why);
    hub::Importer importer(*db, decks_);
    hub::ImportCounts counts;
    if (!importer.importInput(baseBundle, {}, counts, &why) || counts.fresh == 0)
        die("cannot import the base bundle " + baseBundle.string() + ": " + why);
}

HubLawBench::~HubLawBench() {
    std::error_code ec;
    fs::remove_all(scratch_, ec);
}

HubLawBench::Outcome HubLawBench::importAndCheck(const fs::path& input, std::size_t failStatement,
                                                 std::size_t* statements) {
    Outcome o;
    std::error_code ec;
    for (const char* tail : {"", "-wal", "-shm"}) fs::remove(work_.string() + tail, ec);
    if (!fs::copy_file(template_, work_, ec)) die("cannot copy the hub: " + ec.message());
    std::string why;
    auto db = hub::openHubDb(work_.string(), &why);
    if (!db) die("cannot open the hub copy: " + why);

    hub::ImportOptions options;
    options.secretKeyFile = keyFile_;
    if (cheapSeal(input)) options.passphrase = kFuzzPassphrase;
    const Tally t = tally(input, options);

    const std::string before = dumpDb(*db, false);
    const Stored had = stored(*db);
    const std::size_t importsBefore = count(*db, "SELECT COUNT(*) FROM imports");
    const std::size_t problemsBefore = count(*db, "SELECT COUNT(*) FROM import_problems");
    const std::size_t failedBefore = count(*db, "SELECT COUNT(*) FROM sessions WHERE derived = 'replay-failed'");

    FailingDb failing(*db, failStatement);
    auto broke = [&](const std::string& what) {
        if (o.broken.empty()) o.broken = what;
    };
    // An exception is no refusal: the command line would print its raw
    // text, and an import of several inputs would stop at this one.
    try {
        hub::Importer first(failing, decks_);
        o.imported = first.importInput(input, options, o.counts, &o.why);
    } catch (const std::exception& e) {
        broke(std::string("the import threw instead of refusing: ") + e.what());
        return o;
    }
    if (statements) *statements = failing.sent();
    const hub::ImportCounts& c = o.counts;
    if (failing.failed() && o.imported) broke("a statement failed, yet the import says it succeeded");
    hub::Importer importer(*db, decks_);

    if (!o.imported) {
        if (!oneLine(o.why)) broke("refused without a one-line reason: '" + o.why + "'");
        if (dumpDb(*db, false) != before) broke("refused (" + o.why + ") but the database changed");
        if (t.opens && !failing.failed()) broke("refused (" + o.why + ") an input that reads fine on its own");
        if (c.fresh || c.duplicates || c.conflicts || c.damaged || !c.problems.empty())
            broke("refused, but the counts are not zero");
        return o;
    }
    if (!t.opens) broke("imported an input that cannot be read on its own (" + t.why + ")");
    if (c.fresh + c.duplicates + c.conflicts + c.damaged != t.good + t.damaged)
        broke("counts " + hub::reportLine("input", c) + " do not add up to the " + std::to_string(t.good) +
              " good and " + std::to_string(t.damaged) + " damaged parts the input holds");
    if (c.damaged != t.damaged)
        broke("damaged " + std::to_string(c.damaged) + ", the input holds " + std::to_string(t.damaged));
    if (c.problems.size() != c.damaged + c.conflicts)
        broke(std::to_string(c.problems.size()) + " problem lines for " + std::to_string(c.damaged) + " damaged and " +
              std::to_string(c.conflicts) + " conflicts");
    for (const auto& p : c.problems)
        if (!oneLine(p)) broke("a problem line is empty or spans lines: '" + p + "'");

    // The stored state is the merge rule applied to every frame seen: per id,
    // the smallest frame in records and the other distinct frames aside.
    std::size_t expectFresh = 0;
    std::map<std::string, std::set<std::string>> seen;
    for (const auto& [id, frame] : had.records) seen[id].insert(frame);
    for (const auto& [id, frames] : had.conflicts) seen[id].insert(frames.begin(), frames.end());
    for (const auto& [id, frames] : t.frames) {
        if (!had.records.count(id)) ++expectFresh;
        seen[id].insert(frames.begin(), frames.end());
    }
    if (c.fresh != expectFresh)
        broke(std::to_string(c.fresh) + " new records, the input holds " + std::to_string(expectFresh) + " new ids");
    const Stored now = stored(*db);
    if (now.records.size() != seen.size())
        broke(std::to_string(now.records.size()) + " records stored, " + std::to_string(seen.size()) + " ids seen");
    for (const auto& [id, frames] : seen) {
        auto r = now.records.find(id);
        if (r == now.records.end() || r->second != *frames.begin()) {
            broke("record " + id + " does not hold the smallest frame seen");
            continue;
        }
        const std::set<std::string> aside(std::next(frames.begin()), frames.end());
        auto k = now.conflicts.find(id);
        if ((k == now.conflicts.end() ? std::set<std::string>() : k->second) != aside)
            broke("record " + id + " does not keep every other frame seen aside");
    }
    if (now.conflicts.size() > seen.size()) broke("conflicts holds ids no frame came with");
    if (count(*db, "SELECT COUNT(*) FROM sessions") != now.records.size() ||
        count(*db, "SELECT COUNT(*) FROM sessions s JOIN records r ON r.record_id = s.record_id") != now.records.size())
        broke("sessions and records do not match one to one");
    if (count(*db, "SELECT COUNT(*) FROM imports") != importsBefore + 1 ||
        count(*db, "SELECT COUNT(*) FROM import_problems") != problemsBefore + c.problems.size())
        broke("the import log does not hold one row for this import and a line per problem");
    const std::size_t failedAfter = count(*db, "SELECT COUNT(*) FROM sessions WHERE derived = 'replay-failed'");
    o.replayFailed = failedAfter >= failedBefore ? failedAfter - failedBefore : 0;
    if (c.notDerived > c.fresh + c.conflicts) broke("more records not derived than stored");

    // Again: nothing new, the same content (the state is a function of the
    // set of frames seen).
    o.content = dumpDb(*db, true);
    const std::string& content = o.content;
    hub::ImportCounts again;
    std::string whyAgain;
    bool againOk = false;
    try {
        againOk = importer.importInput(input, options, again, &whyAgain);
    } catch (const std::exception& e) {
        whyAgain = std::string("it threw: ") + e.what();
    }
    if (!againOk) broke("the second import was refused: " + whyAgain);
    else if (again.fresh != 0 || again.duplicates + again.conflicts != t.good || again.damaged != t.damaged ||
             dumpDb(*db, true) != content)
        broke("importing it again changed something: " + hub::reportLine("again", again));
    return o;
}

}  // namespace samenspel::hubfuzz
