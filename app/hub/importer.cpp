#include "hub/importer.h"

#include <sodium.h>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <unordered_map>

#include "hub/derive.h"
#include "store/bundle.h"
#include "store/key_sealed_file.h"
#include "store/record_codec.h"
#include "store/record_folder.h"

namespace samenspel::hub {

namespace fs = std::filesystem;
using V = SqlValue;
using F = SqlField;

namespace {

// Records looked up in one query, bounded in count and in frame bytes. In
// PostgreSQL each lookup waits for the rows sent so far to be stored, so a
// batch this large keeps the server storing while the hub replays.
constexpr std::size_t kBatch = 4096;
constexpr std::size_t kBatchBytes = 16u << 20;

// Yields the next good record (true), or sets `damage` for a damaged one, or
// returns false at the end.
using RecordSource = std::function<BundleReader::Step(RawRecord&, std::string*)>;

class BundleImport {
public:
    BundleImport(HubDb& db, const DeckCatalog& catalog, ImportCounts& counts)
        : db_(db), derived_(db, catalog), counts_(counts), records_("records", {"record_id", "frame", "frame_hash"}) {}

    // Drops the derived tables' indexes for a load that is large beside what
    // the database holds: rows are then appended, and each index is built
    // once by sorting (restoreIndexes) instead of growing by random inserts.
    // The records and conflicts keys stay: every batch looks ids up in them.
    bool dropIndexes(std::string* why) {
        if (!db_.tuneForBulkLoad(why)) return false;
        for (const auto& table : derivedTables())
            if (!db_.droppableIndexes(table, dropped_, why)) return false;
        for (const auto& [name, create] : dropped_)
            if (!db_.exec("DROP INDEX " + name, why)) return false;
        return true;
    }

    // Builds again what dropIndexes dropped, with every buffered row written.
    bool restoreIndexes(std::string* why) {
        if (dropped_.empty()) return true;
        if (!flushRows(why)) return false;
        for (const auto& [name, create] : dropped_)
            if (!db_.exec(create, why)) return false;
        dropped_.clear();
        return true;
    }

    // `firstLoad`: a bulk load into an empty database. While the ids arrive
    // strictly rising (a bundle's order), each is new and none is looked up;
    // the first id that does not rise ends that, and from there every batch
    // is looked up in what was stored so far, as in any import.
    bool run(const RecordSource& source, bool bulk, bool firstLoad, std::string* why) {
        if (bulk && !dropIndexes(why)) return false;
        RawRecord raw;
        std::string damage;
        std::optional<RecordId> last;
        for (;;) {
            const auto step = source(raw, &damage);
            if (step == BundleReader::Step::End) break;
            if (step == BundleReader::Step::Damaged) {
                ++counts_.damaged;
                counts_.problems.push_back("damaged: " + damage);
                continue;
            }
            if (firstLoad && (!last || *last < raw.id)) {
                last = raw.id;
                if (!fresh(raw, why)) return false;
                continue;
            }
            firstLoad = false;
            batchBytes_ += raw.frame.size();
            batch_.push_back(std::move(raw));
            if ((batch_.size() >= kBatch || batchBytes_ >= kBatchBytes) && !flushBatch(why)) return false;
        }
        if (!flushBatch(why) || !flushRows(why) || !restoreIndexes(why)) return false;
        counts_.notDerived = derived_.notDerived();
        counts_.replayFailed = derived_.replayFailed();
        return true;
    }

private:
    bool flushRows(std::string* why) { return records_.flush(why) && derived_.flush(why); }

    bool flushBatch(std::string* why) {
        if (batch_.empty()) return true;
        // What the hub already holds for these ids, in one query; with the
        // frames of earlier batches written, so that an id an input holds
        // twice is seen the second time.
        if (!records_.flush(why)) return false;
        std::string sql = "SELECT record_id, frame_hash FROM records WHERE record_id IN (";
        std::vector<SqlValue> ids;
        for (std::size_t i = 0; i < batch_.size(); ++i) {
            sql += (i ? ",$" : "$") + std::to_string(i + 1);
            ids.push_back(V::text(batch_[i].id.hex()));
        }
        sql += ")";
        std::unordered_map<std::string, std::string> held;
        if (!db_.query(
                sql, ids,
                [&](const SqlRow& row) {
                    held[row[0].value_or("")] = row[1].value_or("");
                    return true;
                },
                why))
            return false;
        for (RawRecord& raw : batch_)
            if (!one(raw, held, why)) return false;
        batch_.clear();
        batchBytes_ = 0;
        return true;
    }

    // The record, or nothing when it cannot be decoded (then counted and named).
    std::optional<Record> decoded(const RawRecord& raw, const std::string& id) {
        std::string bad;
        auto record = decodeRecord(raw.frame, &bad);
        if (!record) {
            ++counts_.damaged;
            counts_.problems.push_back("damaged: record " + id + ": " + bad);
        }
        return record;
    }

    // A record whose id the database cannot hold yet (a first load).
    bool fresh(const RawRecord& raw, std::string* why) {
        auto record = decoded(raw, raw.id.hex());
        if (!record) return true;
        ++counts_.fresh;
        return store(raw, *record, frameHash(raw.frame), why);
    }

    bool one(RawRecord& raw, std::unordered_map<std::string, std::string>& held, std::string* why) {
        const std::string id = raw.id.hex();
        const std::string hash = frameHash(raw.frame);
        auto it = held.find(id);
        if (it != held.end() && it->second == hash) {
            ++counts_.duplicates;
            return true;
        }
        auto record = decoded(raw, id);
        if (!record) return true;
        if (it == held.end()) {
            if (!store(raw, *record, hash, why)) return false;
            held[id] = hash;
            ++counts_.fresh;
            return true;
        }
        ++counts_.conflicts;
        counts_.problems.push_back("conflict: record " + id +
                                   " arrived with different contents; both are kept, the other aside");
        // Rare: settle it row by row, with everything buffered so far written.
        if (!flushRows(why)) return false;
        auto known = db_.scalar("SELECT COUNT(*) FROM conflicts WHERE record_id = $1 AND frame_hash = $2",
                                {V::text(id), V::text(hash)}, why);
        if (!known) return false;
        if (*known != "0") return true;
        std::optional<std::string> mainFrame;
        if (!db_.query(
                "SELECT frame FROM records WHERE record_id = $1", {V::text(id)},
                [&](const SqlRow& row) {
                    mainFrame = row[0].value_or("");
                    return false;
                },
                why))
            return false;
        const std::string& current = mainFrame.value_or("");
        if (raw.frame < current) {
            // The smaller frame is the record; the one held so far goes aside.
            // Taking its rows out needs the indexes: a bulk load ends here.
            if (!restoreIndexes(why) ||
                !db_.run("INSERT INTO conflicts (record_id, frame_hash, frame) VALUES ($1, $2, $3)",
                         {V::text(id), V::text(it->second), V::blob(current)}, why) ||
                !db_.run("DELETE FROM records WHERE record_id = $1", {V::text(id)}, why) || !derived_.remove(id, why) ||
                !store(raw, *record, hash, why) || !flushRows(why))
                return false;
            it->second = hash;
            return true;
        }
        return db_.run("INSERT INTO conflicts (record_id, frame_hash, frame) VALUES ($1, $2, $3)",
                       {V::text(id), V::text(hash), V::blob(raw.frame)}, why);
    }

    bool store(const RawRecord& raw, const Record& record, const std::string& hash, std::string* why) {
        return records_.add(db_, {F::text(raw.id.hex()), F::blob(raw.frame), F::text(hash)}, why) &&
               derived_.add(record, why);
    }

    HubDb& db_;
    DerivedWriter derived_;
    ImportCounts& counts_;
    RowBatch records_;
    std::vector<RawRecord> batch_;
    std::size_t batchBytes_ = 0;
    std::vector<std::pair<std::string, std::string>> dropped_;  // (name, CREATE ...) while bulk loading
};

// Bulk load when the input is at least as large as what the database holds:
// then building the indexes again costs about as much as the rows do, and
// far less than inserting them one by one into large indexes. `empty`: the
// database holds no record at all.
bool bulkLoad(HubDb& db, ImportOptions::Bulk mode, std::size_t incoming, std::string* why, bool& bulk, bool& empty) {
    // Counted no further than needed: a large database answers as fast as a small one.
    auto held = db.scalar("SELECT COUNT(*) FROM (SELECT 1 FROM records LIMIT " +
                              std::to_string(std::max<std::size_t>(incoming, 1)) + ") AS r",
                          {}, why);
    if (!held) return false;
    const auto n = std::stoull(*held);
    empty = n == 0;
    bulk = mode == ImportOptions::Bulk::Always || (mode == ImportOptions::Bulk::Auto && incoming > 0 && n < incoming);
    return true;
}

bool openKeySealedBundle(BundleReader& reader, const fs::path& input, const fs::path& keyFile, std::string* why) {
    auto key = readHubSecretKey(keyFile, why);
    if (!key) return false;
    FileHandle plain = openKeySealedFile(input, *key, why);
    return plain && reader.openDecrypted(std::move(plain), why);
}

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

bool logImport(HubDb& db, const std::string& source, const ImportCounts& c, std::string* why) {
    auto last = db.scalar("SELECT COALESCE(MAX(import_no), 0) FROM imports", {}, why);
    if (!last) return false;
    const std::int64_t no = std::stoll(*last) + 1;
    if (!db.run("INSERT INTO imports (import_no, source, imported_at_ms, new_records, duplicates, conflicts, damaged) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                {V::integer(no), V::text(source), V::integer(nowMs()), V::integer(static_cast<std::int64_t>(c.fresh)),
                 V::integer(static_cast<std::int64_t>(c.duplicates)),
                 V::integer(static_cast<std::int64_t>(c.conflicts)), V::integer(static_cast<std::int64_t>(c.damaged))},
                why))
        return false;
    RowBatch problems("import_problems", {"import_no", "n", "line"});
    for (std::size_t i = 0; i < c.problems.size(); ++i)
        if (!problems.add(db, {F::integer(no), F::integer(static_cast<std::int64_t>(i)), F::text(c.problems[i])}, why))
            return false;
    return problems.flush(why);
}

}  // namespace

std::string frameHash(const std::string& frame) {
    if (sodium_init() < 0) return {};
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(frame.data()), frame.size(),
                       nullptr, 0);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char b : digest) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

std::string reportLine(const std::string& name, const ImportCounts& c) {
    std::string line = name + ": " + std::to_string(c.fresh) + " new, " + std::to_string(c.duplicates) +
                       " duplicate, " + std::to_string(c.conflicts) + " conflict, " + std::to_string(c.damaged) +
                       " damaged";
    // Two reasons a record is kept without its per-move rows; the first is
    // mended by `rederive` once the hub has the deck, the second is not.
    if (const std::size_t noDeck = c.notDerived - c.replayFailed)
        line += " (" + std::to_string(noDeck) + " kept without a deck to replay)";
    if (c.replayFailed)
        line += " (" + std::to_string(c.replayFailed) + " kept whose moves do not replay with their deck)";
    return line;
}

bool rederive(HubDb& db, const DeckCatalog& catalog, std::size_t& derived, std::size_t& still, std::string* why) {
    derived = still = 0;
    std::vector<std::string> ids;  // ids only: the frames are read one at a time
    if (!db.begin(why) || !db.query(
                              "SELECT record_id FROM sessions WHERE derived <> 'yes' ORDER BY record_id", {},
                              [&](const SqlRow& row) {
                                  ids.push_back(row[0].value_or(""));
                                  return true;
                              },
                              why)) {
        db.rollback();
        return false;
    }
    DerivedWriter writer(db, catalog);
    for (const auto& id : ids) {
        std::optional<Record> record;
        std::string bad;
        if (!db.query(
                "SELECT frame FROM records WHERE record_id = $1", {V::text(id)},
                [&](const SqlRow& row) {
                    record = decodeRecord(row[0].value_or(""), &bad);
                    return false;
                },
                why) ||
            !record) {
            if (why && !bad.empty()) *why = "record " + id + ": " + bad;
            db.rollback();
            return false;
        }
        const std::size_t before = writer.notDerived();
        if (!writer.remove(id, why) || !writer.add(*record, why) || !writer.flush(why)) {
            db.rollback();
            return false;
        }
        (writer.notDerived() > before ? still : derived) += 1;
    }
    return db.commit(why);
}

bool Importer::importInput(const fs::path& input, const ImportOptions& options, ImportCounts& counts,
                           std::string* why) {
    counts = {};
    // Read what can be read before the transaction starts, so a file that is
    // not ours (or a wrong key) never opens one.
    BundleReader reader(false);
    RecordUnion folderRecords;
    std::optional<std::string> single;
    RecordSource source;
    std::size_t incoming = 0;  // records the input says it holds
    const InputKind kind = inputKindOf(input);
    if (kind == InputKind::Folder) {
        MergeReport merged;
        if (!folderRecords.addInput(input, merged, false)) {
            if (why) *why = merged.problems.empty() ? "cannot read the folder" : merged.problems.front();
            return false;
        }
        counts.damaged += merged.damaged;
        for (const auto& p : merged.problems) counts.problems.push_back("damaged: " + p);
        incoming = folderRecords.frames().size();
        auto it = folderRecords.frames().begin();
        source = [&, it](RawRecord& out, std::string*) mutable {
            if (it == folderRecords.frames().end()) return BundleReader::Step::End;
            out = RawRecord{it->first, it->second};
            ++it;
            return BundleReader::Step::Record;
        };
    } else if (kind == InputKind::RecordFile) {
        single = readRecordFrame(input, why);
        if (!single) return false;
        auto id = single->size() < 20 ? std::nullopt : peekRecordId(std::string_view(*single).substr(20));
        if (!id) {
            if (why) *why = "the record's id cannot be read";
            return false;
        }
        incoming = 1;
        bool given = false;
        const RecordId rid = *id;
        source = [&, rid, given](RawRecord& out, std::string*) mutable {
            if (given) return BundleReader::Step::End;
            given = true;
            out = RawRecord{rid, *single};
            return BundleReader::Step::Record;
        };
    } else if (kind == InputKind::Bundle || isKeySealedFile(input)) {
        bool opened = false;
        if (isKeySealedFile(input)) {
            if (options.secretKeyFile.empty()) {
                if (why) *why = "this bundle is sealed to a coordinator's key: give it with --key NAME.key";
                return false;
            }
            opened = openKeySealedBundle(reader, input, options.secretKeyFile, why);
        } else {
            opened = reader.open(input, why, options.passphrase);
        }
        if (!opened) return false;
        incoming = reader.declaredCount();
        source = [&](RawRecord& out, std::string* damage) { return reader.next(out, damage); };
    } else {
        if (why)
            *why = kind == InputKind::Missing ? "no such file or folder"
                                              : "not a Samenspel bundle, record file or record folder";
        return false;
    }

    if (!db_.begin(why)) return false;
    BundleImport work(db_, catalog_, counts);
    bool bulk = false, empty = false;
    if (!bulkLoad(db_, options.bulk, incoming, why, bulk, empty) || !work.run(source, bulk, bulk && empty, why) ||
        !logImport(db_, input.filename().string(), counts, why) || !db_.commit(why)) {
        db_.rollback();
        counts = {};
        return false;
    }
    return true;
}

}  // namespace samenspel::hub
