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
// its backslash escaped for COPY.
// Encoded a run at a time (not a character at a time): the import sends
// millions of fields, and appending them one character each was a tenth of
// the hub's time.
struct SpecialBytes {
    bool at[256] = {};
    SpecialBytes() { at[0] = at['\\'] = at['\n'] = at['\r'] = at['\t'] = true; }
    bool operator[](unsigned char c) const { return at[c]; }
};
const SpecialBytes kSpecial;  // what ends a run of plain text: NUL and what COPY escapes

std::string copyText(const std::vector<SqlValue>& values, std::size_t columns) {
    static const char* hex = "0123456789abcdef";
    std::size_t size = 0;
    for (const SqlValue& v : values) size += (v.kind == SqlValue::Kind::Blob ? 2 * v.s.size() + 3 : v.s.size()) + 21;
    std::string out;
    out.reserve(size);
    char digits[24];
    for (std::size_t i = 0; i < values.size(); ++i) {
        const SqlValue& v = values[i];
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
        out += (i + 1) % columns ? '\t' : '\n';
    }
    return out;
}

void appendBigEndian(std::string& out, std::uint32_t v, int bytes) {
    for (int b = bytes - 1; b >= 0; --b) out += static_cast<char>((v >> (8 * b)) & 0xff);
}

// Rows of text and blobs only, in COPY's binary format: frames go as their
// bytes, not twice as many hex digits for the server to parse back. (An
// integer's width in binary must match its column's type, which the hub does
// not ask; rows with integers go as text.)
std::string copyBinary(const std::vector<SqlValue>& values, std::size_t columns) {
    std::size_t size = 21;
    for (const SqlValue& v : values) size += v.s.size() + 6;
    std::string out;
    out.reserve(size);
    out.append("PGCOPY\n\377\r\n\0", 11);
    appendBigEndian(out, 0, 4);  // flags
    appendBigEndian(out, 0, 4);  // header extension length
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i % columns == 0) appendBigEndian(out, static_cast<std::uint32_t>(columns), 2);
        const SqlValue& v = values[i];
        if (v.kind == SqlValue::Kind::Null) {
            appendBigEndian(out, 0xffffffffu, 4);
            continue;
        }
        const std::size_t len = v.kind == SqlValue::Kind::Text ? std::min(v.s.size(), v.s.find('\0')) : v.s.size();
        appendBigEndian(out, static_cast<std::uint32_t>(len), 4);
        out.append(v.s.data(), len);
    }
    appendBigEndian(out, 0xffff, 2);  // end of data
    return out;
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

    // The rows are encoded here and stored by the sender thread, so the
    // import replays the next records while the server stores these. What
    // goes wrong there is told by the next statement (every statement waits
    // for the sender first), at the latest by COMMIT.
    void rollback() override {
        drain(nullptr);
        exec("ROLLBACK", nullptr);
    }

    bool insertRows(const std::string& table, const std::vector<std::string>& columns,
                    const std::vector<SqlValue>& values, std::string* why) override {
        const bool binary =
            std::none_of(values.begin(), values.end(), [](const SqlValue& v) { return v.kind == SqlValue::Kind::Int; });
        CopyJob job;
        job.table = table;
        job.sql = "COPY " + table + " (";
        for (std::size_t c = 0; c < columns.size(); ++c) job.sql += (c ? "," : "") + columns[c];
        job.sql += binary ? ") FROM STDIN (FORMAT binary)" : ") FROM STDIN";
        job.data = binary ? copyBinary(values, columns.size()) : copyText(values, columns.size());
        std::unique_lock<std::mutex> lock(mutex_);
        if (!sender_.joinable()) sender_ = std::thread([this] { sendCopies(); });
        // Two waiting at most: memory stays bounded when the server is slower.
        changed_.wait(lock, [&] { return jobs_.size() < 2 || !failed_.empty(); });
        if (!failed_.empty()) {
            if (why) *why = failed_;
            failed_.clear();
            return false;
        }
        jobs_.push_back(std::move(job));
        changed_.notify_all();
        return true;
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
            lock.lock();
            sending_ = false;
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
    bool sending_ = false, stop_ = false;
    std::string failed_;
    std::map<std::string, std::string> prepared_;  // SQL -> statement name
};

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
