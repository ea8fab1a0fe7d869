// The PostgreSQL engine over libpq: parameters sent apart from the SQL (blobs
// in binary), results streamed a row at a time (single-row mode), bulk rows
// by COPY from a sender thread (the connection is used by one thread at a
// time: every other call waits for the sender to finish).
#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

#include "hub/hub_db.h"

namespace samenspel::hub {

namespace {

constexpr Oid kByteaOid = 17;

std::string oneLine(const char* message) {
    std::string s = message ? message : "unknown error";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    for (char& c : s)
        if (c == '\n') c = ' ';
    return s;
}

// Rows in COPY's text format (backslash escapes, \N for NULL). Text stops at
// its first NUL byte, as a text parameter does; a blob is bytea's hex form,
// its backslash escaped for COPY. The fallback for a table with a column
// type the binary encoder does not know.
// Encoded a run at a time (not a character at a time): the import sends
// millions of fields, and appending them one character each was a tenth of
// the hub's time.
struct SpecialBytes {
    bool at[256] = {};
    SpecialBytes() { at[0] = at['\\'] = at['\n'] = at['\r'] = at['\t'] = true; }
    bool operator[](unsigned char c) const { return at[c]; }
};
const SpecialBytes kSpecial;  // what ends a run of plain text: NUL and what COPY escapes

void appendCopyText(std::string& out, const SqlField* fields, std::size_t count) {
    static const char* hex = "0123456789abcdef";
    char digits[24];
    for (std::size_t i = 0; i < count; ++i) {
        const SqlField& v = fields[i];
        switch (v.kind) {
        case SqlValue::Kind::Null: out += "\\N"; break;
        case SqlValue::Kind::Int: {
            const auto end = std::to_chars(digits, digits + sizeof digits, v.i).ptr;
            out.append(digits, end);
            break;
        }
        case SqlValue::Kind::Text: {
            const char* p = v.s.data();
            const char* end = p + v.s.size();
            while (p < end) {
                const char* run = p;
                while (p < end && !kSpecial[static_cast<unsigned char>(*p)]) ++p;
                out.append(run, p);
                if (p == end || *p == '\0') break;
                out += '\\';
                out += *p == '\\' ? '\\' : *p == '\n' ? 'n' : *p == '\r' ? 'r' : 't';
                ++p;
            }
            break;
        }
        case SqlValue::Kind::Blob: {
            out += "\\\\x";
            const std::size_t at = out.size();
            out.resize(at + 2 * v.s.size());
            char* to = &out[at];
            for (unsigned char b : v.s) {
                *to++ = hex[b >> 4];
                *to++ = hex[b & 15];
            }
            break;
        }
        }
        out += i + 1 < count ? '\t' : '\n';
    }
}

// A column as COPY's binary format writes it: integers in their type's width,
// text and bytea as their bytes.
enum class Wire { Text, Bytea, Int2, Int4, Int8 };

std::optional<Wire> wireOf(const std::string& typname) {
    if (typname == "text" || typname == "varchar") return Wire::Text;
    if (typname == "bytea") return Wire::Bytea;
    if (typname == "int2") return Wire::Int2;
    if (typname == "int4") return Wire::Int4;
    if (typname == "int8") return Wire::Int8;
    return std::nullopt;
}

void appendBigEndian(std::string& out, std::uint64_t v, int bytes) {
    char b[8];
    for (int i = 0; i < bytes; ++i) b[i] = static_cast<char>((v >> (8 * (bytes - 1 - i))) & 0xff);
    out.append(b, static_cast<std::size_t>(bytes));
}

const char* kindName(SqlValue::Kind k) {
    return k == SqlValue::Kind::Int ? "an integer" : k == SqlValue::Kind::Blob ? "a blob" : "text";
}

// A row in COPY's binary format: frames and text go as their bytes, with no
// escapes to write or for the server to parse. False (with why) for a value
// its column cannot take as it is.
bool appendCopyBinary(std::string& out, const std::vector<Wire>& wires, const std::vector<std::string>& names,
                      const SqlField* fields, std::size_t count, std::string* why) {
    appendBigEndian(out, count, 2);
    char digits[24];
    for (std::size_t c = 0; c < count; ++c) {
        const SqlField& v = fields[c];
        const Wire w = wires[c];
        if (v.kind == SqlValue::Kind::Null) {
            appendBigEndian(out, 0xffffffffu, 4);
            continue;
        }
        std::string_view bytes = v.s;
        if (v.kind == SqlValue::Kind::Int && w == Wire::Text) {
            bytes = std::string_view(
                digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, v.i).ptr - digits));
        } else if (v.kind == SqlValue::Kind::Int && (w == Wire::Int2 || w == Wire::Int4 || w == Wire::Int8)) {
            const int width = w == Wire::Int2 ? 2 : w == Wire::Int4 ? 4 : 8;
            const std::int64_t lim = width == 8 ? INT64_MAX : (std::int64_t{1} << (8 * width - 1)) - 1;
            if (v.i > lim || v.i < -lim - 1) {
                if (why) *why = names[c] + ": " + std::to_string(v.i) + " is out of range for its column";
                return false;
            }
            appendBigEndian(out, static_cast<std::uint32_t>(width), 4);
            appendBigEndian(out, static_cast<std::uint64_t>(v.i), width);
            continue;
        } else if (v.kind == SqlValue::Kind::Text && w == Wire::Text) {
            bytes = bytes.substr(0, bytes.find('\0'));  // as a text parameter: up to a NUL
        } else if (!(v.kind == SqlValue::Kind::Blob && w == Wire::Bytea)) {
            if (why) *why = names[c] + ": " + kindName(v.kind) + " for a column that does not take it";
            return false;
        }
        appendBigEndian(out, static_cast<std::uint32_t>(bytes.size()), 4);
        out.append(bytes.data(), bytes.size());
    }
    return true;
}

class PostgresDb : public HubDb {
public:
    explicit PostgresDb(PGconn* conn) : conn_(conn) {}
    ~PostgresDb() override {
        if (sender_.joinable()) {
            {
                std::lock_guard<std::mutex> lock(mutex_);
                stop_ = true;
            }
            changed_.notify_all();
            sender_.join();
        }
        PQfinish(conn_);
    }
    const char* engine() const override { return "postgresql"; }
    const char* blobType() const override { return "BYTEA"; }
    const char* indexListSql() const override {
        return "SELECT i.relname::text, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
               "JOIN pg_class t ON t.oid = x.indrelid WHERE t.relname = $1 AND pg_table_is_visible(t.oid) "
               "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) ORDER BY 1";
    }
    // Sort memory of this server process for the index builds, until the
    // transaction ends; the default 64 MB makes a million-record build merge
    // runs from disk.
    bool tuneForBulkLoad(std::string* why) override { return exec("SET LOCAL maintenance_work_mem = '256MB'", why); }

    bool exec(const std::string& sql, std::string* why) override {
        if (!drain(why)) return false;
        PGresult* res = PQexec(conn_, sql.c_str());
        const auto status = PQresultStatus(res);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok && why) *why = oneLine(res ? PQresultErrorMessage(res) : PQerrorMessage(conn_));
        PQclear(res);
        return ok;
    }

    bool query(const std::string& sql, const std::vector<SqlValue>& params, const RowHandler& onRow,
               std::string* why) override {
        if (!drain(why)) return false;
        std::vector<std::string> ints(params.size());
        std::vector<const char*> values(params.size());
        std::vector<int> lengths(params.size()), formats(params.size());
        for (std::size_t i = 0; i < params.size(); ++i) {
            const SqlValue& v = params[i];
            switch (v.kind) {
            case SqlValue::Kind::Null: values[i] = nullptr; break;
            case SqlValue::Kind::Int:
                ints[i] = std::to_string(v.i);
                values[i] = ints[i].c_str();
                break;
            case SqlValue::Kind::Text: values[i] = v.s.c_str(); break;
            case SqlValue::Kind::Blob:
                values[i] = v.s.data();
                lengths[i] = static_cast<int>(v.s.size());
                formats[i] = 1;
                break;
            }
        }
        // Statements with parameters are prepared once per connection: the
        // hub sends the same few hundred-row inserts again and again, and
        // parsing and planning them each time cost more than running them.
        std::string name;
        if (!params.empty()) {
            auto it = prepared_.find(sql);
            if (it == prepared_.end()) {
                name = "hub" + std::to_string(prepared_.size() + 1);
                PGresult* res = PQprepare(conn_, name.c_str(), sql.c_str(), static_cast<int>(params.size()), nullptr);
                const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
                if (!ok && why) *why = oneLine(res ? PQresultErrorMessage(res) : PQerrorMessage(conn_));
                PQclear(res);
                if (!ok) return false;
                prepared_.emplace(sql, name);
            } else {
                name = it->second;
            }
        }
        const int sent = name.empty() ? PQsendQueryParams(conn_, sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0)
                                      : PQsendQueryPrepared(conn_, name.c_str(), static_cast<int>(params.size()),
                                                            values.data(), lengths.data(), formats.data(), 0);
        if (!sent) {
            if (why) *why = oneLine(PQerrorMessage(conn_));
            return false;
        }
        PQsetSingleRowMode(conn_);
        bool ok = true, reading = true;
        SqlRow row;
        while (PGresult* res = PQgetResult(conn_)) {
            const auto status = PQresultStatus(res);
            if (status == PGRES_SINGLE_TUPLE && reading && onRow) {
                const int n = PQnfields(res);
                row.assign(static_cast<std::size_t>(n), std::nullopt);
                for (int c = 0; c < n; ++c) {
                    if (PQgetisnull(res, 0, c)) continue;
                    if (PQftype(res, c) == kByteaOid) {
                        std::size_t len = 0;
                        unsigned char* raw =
                            PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(res, 0, c)), &len);
                        row[static_cast<std::size_t>(c)] = std::string(reinterpret_cast<char*>(raw), len);
                        PQfreemem(raw);
                    } else {
                        row[static_cast<std::size_t>(c)] =
                            std::string(PQgetvalue(res, 0, c), static_cast<std::size_t>(PQgetlength(res, 0, c)));
                    }
                }
                // libpq has no way to stop a result early; the rest is read and dropped.
                if (!onRow(row)) reading = false;
            } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
                if (ok && why) *why = oneLine(PQresultErrorMessage(res));
                ok = false;
            }
            PQclear(res);
        }
        return ok;
    }

    void rollback() override {
        drain(nullptr);
        exec("ROLLBACK", nullptr);
    }

    // Rows go straight into COPY's format as they are added (no value kept
    // per field), in binary when the catalog gives every column a type the
    // encoder knows; the buffers are used again.
    std::unique_ptr<RowSink> rowSink(const std::string& table, const std::vector<std::string>& columns,
                                     std::string* why) override;

    // Hands a COPY to the sender thread, so the import replays the next
    // records while the server stores these. What goes wrong there is told by the
    // next statement (every statement waits for the sender first), at the
    // latest by COMMIT.
    bool sendCopy(const std::string& table, const std::string& sql, std::string&& data, std::string* why) {
        std::unique_lock<std::mutex> lock(mutex_);
        if (!sender_.joinable()) sender_ = std::thread([this] { sendCopies(); });
        // Two waiting at most: memory stays bounded when the server is slower.
        changed_.wait(lock, [&] { return jobs_.size() < 2 || !failed_.empty(); });
        if (!failed_.empty()) {
            if (why) *why = failed_;
            failed_.clear();
            return false;
        }
        jobs_.push_back(CopyJob{table, sql, std::move(data)});
        changed_.notify_all();
        return true;
    }

    // An empty buffer with room for a batch of `table`: one the sender is done
    // with (kept per table, so a table of small rows holds no frames' buffer),
    // or a new one.
    std::string takeBuffer(const std::string& table) {
        std::lock_guard<std::mutex> lock(mutex_);
        std::string out;
        auto& spare = spare_[table];
        if (!spare.empty()) {
            out = std::move(spare.back());
            spare.pop_back();
        }
        return out;
    }

    // A COPY is one round trip whatever its length: thousands of rows (and
    // RowBatch's byte bound) keep the server busy without buffering much.
    std::size_t bulkRows(std::size_t) const override { return 5000; }

private:
    struct CopyJob {
        std::string table, sql, data;
    };

    // Waits until the sender has stored every row handed to it; false (with
    // its message) when a COPY failed.
    bool drain(std::string* why) {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [&] { return jobs_.empty() && !sending_; });
        if (failed_.empty()) return true;
        if (why) *why = failed_;
        failed_.clear();
        return false;
    }

    void sendCopies() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            changed_.wait(lock, [&] { return stop_ || !jobs_.empty(); });
            if (jobs_.empty()) return;
            CopyJob job = std::move(jobs_.front());
            jobs_.pop_front();
            // After a failure the transaction is lost: the rest is dropped.
            const bool skip = !failed_.empty();
            sending_ = true;
            lock.unlock();
            std::string why;
            const bool ok = skip || copy(job, &why);
            job.data.clear();
            lock.lock();
            sending_ = false;
            if (spare_[job.table].size() < 2) spare_[job.table].push_back(std::move(job.data));
            if (!ok && failed_.empty()) failed_ = job.table + ": " + why;
            changed_.notify_all();
        }
    }

    bool copy(const CopyJob& job, std::string* why) {
        PGresult* res = PQexec(conn_, job.sql.c_str());
        const bool started = PQresultStatus(res) == PGRES_COPY_IN;
        if (!started) *why = oneLine(res ? PQresultErrorMessage(res) : PQerrorMessage(conn_));
        PQclear(res);
        if (!started) return false;
        bool ok = PQputCopyData(conn_, job.data.data(), static_cast<int>(job.data.size())) == 1;
        if (!ok) *why = oneLine(PQerrorMessage(conn_));
        // Ending with an error message makes the server refuse the rows.
        if (PQputCopyEnd(conn_, ok ? nullptr : "the hub stopped sending rows") != 1 && ok) {
            ok = false;
            *why = oneLine(PQerrorMessage(conn_));
        }
        while (PGresult* r = PQgetResult(conn_)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK && ok) {
                ok = false;
                *why = oneLine(PQresultErrorMessage(r));
            }
            PQclear(r);
        }
        return ok;
    }

    PGconn* conn_;
    std::thread sender_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<CopyJob> jobs_;
    std::map<std::string, std::vector<std::string>> spare_;  // sent buffers per table, for its next batches
    bool sending_ = false, stop_ = false;
    std::string failed_;
    std::map<std::string, std::string> prepared_;                            // SQL -> statement name
    std::map<std::string, std::map<std::string, std::string>> columnTypes_;  // table -> column -> typname
};

class CopySink : public RowSink {
public:
    CopySink(PostgresDb& db, std::string table, std::vector<std::string> columns, std::vector<Wire> wires)
        : db_(db), table_(std::move(table)), columns_(std::move(columns)), wires_(std::move(wires)) {
        sql_ = "COPY " + table_ + " (";
        for (std::size_t c = 0; c < columns_.size(); ++c) sql_ += (c ? "," : "") + columns_[c];
        sql_ += wires_.empty() ? ") FROM STDIN" : ") FROM STDIN (FORMAT binary)";
    }
    bool add(const SqlField* fields, std::size_t count, std::string* why) override {
        if (data_.empty()) {
            data_ = db_.takeBuffer(table_);
            if (!wires_.empty()) {
                data_.append("PGCOPY\n\377\r\n\0", 11);
                appendBigEndian(data_, 0, 4);  // flags
                appendBigEndian(data_, 0, 4);  // header extension length
            }
        }
        const std::size_t at = data_.size();
        if (wires_.empty()) {
            appendCopyText(data_, fields, count);
        } else if (!appendCopyBinary(data_, wires_, columns_, fields, count, why)) {
            data_.resize(at);
            return false;
        }
        ++rows_;
        return true;
    }
    std::size_t rows() const override { return rows_; }
    std::size_t bytes() const override { return data_.size(); }
    bool flush(std::string* why) override {
        if (rows_ == 0) return true;
        if (!wires_.empty()) appendBigEndian(data_, 0xffff, 2);  // end of data
        rows_ = 0;
        std::string data = std::move(data_);
        data_.clear();
        return db_.sendCopy(table_, sql_, std::move(data), why);
    }

private:
    PostgresDb& db_;
    std::string table_, sql_;
    std::vector<std::string> columns_;
    std::vector<Wire> wires_;  // empty: text format
    std::string data_;
    std::size_t rows_ = 0;
};

std::unique_ptr<RowSink> PostgresDb::rowSink(const std::string& table, const std::vector<std::string>& columns,
                                             std::string* why) {
    auto known = columnTypes_.find(table);
    if (known == columnTypes_.end()) {
        std::map<std::string, std::string> types;
        if (!query(
                "SELECT a.attname::text, t.typname::text FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
                "WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped",
                {SqlValue::text(table)},
                [&](const SqlRow& row) {
                    types[row[0].value_or("")] = row[1].value_or("");
                    return true;
                },
                why))
            return nullptr;
        known = columnTypes_.emplace(table, std::move(types)).first;
    }
    std::vector<Wire> wires;
    for (const auto& c : columns) {
        const auto t = known->second.find(c);
        const auto w = t == known->second.end() ? std::nullopt : wireOf(t->second);
        if (!w) {
            wires.clear();  // a type the binary encoder does not know: text for the whole table
            break;
        }
        wires.push_back(*w);
    }
    return std::make_unique<CopySink>(*this, table, columns, std::move(wires));
}

void quiet(void*, const char*) {}

}  // namespace

bool isPostgresUrl(const std::string& target) {
    return target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
}

std::unique_ptr<HubDb> openPostgres(const std::string& url, std::string* why) {
    PGconn* conn = PQconnectdb(url.c_str());
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        if (why) *why = "cannot connect to PostgreSQL: " + oneLine(conn ? PQerrorMessage(conn) : "out of memory");
        PQfinish(conn);
        return nullptr;
    }
    // Notices ("relation already exists, skipping") are not for the coordinator.
    PQsetNoticeProcessor(conn, quiet, nullptr);
    auto db = std::make_unique<PostgresDb>(conn);
    if (!db->exec("SET client_min_messages TO warning; SET synchronous_commit TO on", why)) return nullptr;
    return db;
}

}  // namespace samenspel::hub
