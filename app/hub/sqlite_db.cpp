// The SQLite engine: WAL journal, statements prepared once and kept.
#include <sqlite3.h>

#include <map>

#include "hub/hub_db.h"

namespace samenspel::hub {

namespace {

class SqliteDb : public HubDb {
public:
    explicit SqliteDb(sqlite3* db) : db_(db) {}
    ~SqliteDb() override {
        for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
        sqlite3_close(db_);
    }
    const char* engine() const override { return "sqlite"; }
    const char* blobType() const override { return "BLOB"; }
    // A PRIMARY KEY's index (sqlite_autoindex_*) has no SQL and cannot be dropped.
    const char* indexListSql() const override {
        return "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $1 AND sql IS NOT NULL "
               "ORDER BY name";
    }

    bool exec(const std::string& sql, std::string* why) override {
        char* err = nullptr;
        if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) == SQLITE_OK) return true;
        if (why) *why = err ? err : sqlite3_errmsg(db_);
        sqlite3_free(err);
        return false;
    }

    // IMMEDIATE: take the write lock at the start, so two imports into one
    // file wait for each other instead of failing halfway.
    bool begin(std::string* why) override { return exec("BEGIN IMMEDIATE", why); }

    bool query(const std::string& sql, const std::vector<SqlValue>& params, const RowHandler& onRow,
               std::string* why) override {
        sqlite3_stmt* stmt = prepared(sql, why);
        if (!stmt) return false;
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        const int slots = sqlite3_bind_parameter_count(stmt);
        for (std::size_t i = 0; i < params.size(); ++i) {
            const int at = static_cast<int>(i) + 1;  // ?N: the index is the number
            if (at > slots) break;
            const SqlValue& v = params[i];
            int rc = SQLITE_OK;
            switch (v.kind) {
            case SqlValue::Kind::Null: rc = sqlite3_bind_null(stmt, at); break;
            case SqlValue::Kind::Int: rc = sqlite3_bind_int64(stmt, at, v.i); break;
            case SqlValue::Kind::Text:
                rc = sqlite3_bind_text64(stmt, at, v.s.data(), v.s.size(), SQLITE_STATIC, SQLITE_UTF8);
                break;
            case SqlValue::Kind::Blob: rc = sqlite3_bind_blob64(stmt, at, v.s.data(), v.s.size(), SQLITE_STATIC); break;
            }
            if (rc != SQLITE_OK) return fail(why);
        }
        SqlRow row;
        for (;;) {
            const int rc = sqlite3_step(stmt);
            if (rc == SQLITE_DONE) break;
            if (rc != SQLITE_ROW) {
                fail(why);
                sqlite3_reset(stmt);
                return false;
            }
            if (!onRow) continue;
            const int n = sqlite3_column_count(stmt);
            row.assign(static_cast<std::size_t>(n), std::nullopt);
            for (int c = 0; c < n; ++c) {
                if (sqlite3_column_type(stmt, c) == SQLITE_NULL) continue;
                const void* p = sqlite3_column_blob(stmt, c);
                const int len = sqlite3_column_bytes(stmt, c);
                row[static_cast<std::size_t>(c)] = std::string(static_cast<const char*>(p ? p : ""), len);
            }
            if (!onRow(row)) break;
        }
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        return true;
    }

private:
    bool fail(std::string* why) {
        if (why) *why = sqlite3_errmsg(db_);
        return false;
    }
    sqlite3_stmt* prepared(const std::string& sql, std::string* why) {
        auto it = cache_.find(sql);
        if (it != cache_.end()) return it->second;
        // $N (the hub's one dialect) becomes ?N: SQLite finds a named
        // parameter by a linear search, which costs seconds on a 4000-value insert.
        // When the numbers run 1, 2, 3 ... in order (every statement the hub
        // writes), plain ? is the same and cheaper still: SQLite looks each
        // ?NNN up in a list while preparing.
        std::string native, numbered;
        bool inOrder = true;
        int expect = 1;
        for (std::size_t at = 0; at < sql.size(); ++at) {
            if (sql[at] == '$' && at + 1 < sql.size() && sql[at + 1] >= '0' && sql[at + 1] <= '9') {
                std::size_t end = at + 1;
                while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9') ++end;
                if (std::stoi(sql.substr(at + 1, end - at - 1)) != expect++) inOrder = false;
                native += '?';
                numbered += '?' + sql.substr(at + 1, end - at - 1);
                at = end - 1;
            } else {
                native += sql[at];
                numbered += sql[at];
            }
        }
        if (!inOrder) native = numbered;
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db_, native.c_str(), static_cast<int>(native.size()), &stmt, nullptr) != SQLITE_OK) {
            fail(why);
            return nullptr;
        }
        // Multi-row inserts vary in length; keep the cache from growing without bound.
        if (cache_.size() > 256) {
            for (auto& [s, st] : cache_) sqlite3_finalize(st);
            cache_.clear();
        }
        cache_.emplace(sql, stmt);
        return stmt;
    }

    sqlite3* db_;
    std::map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

std::unique_ptr<HubDb> openSqlite(const std::string& path, std::string* why) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        if (why) *why = "cannot open " + path + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 10000);
    auto out = std::make_unique<SqliteDb>(db);
    // WAL + NORMAL: a killed process never loses a committed bundle (only a
    // power cut could cost the last one), and imports are much faster.
    // A page cache of at most 256 MiB (the default is 2 MiB): a large import
    // otherwise spills its dirty pages into the WAL again and again, and the
    // sorts that build an index work in memory that much longer. Memory
    // stays flat however large the database: the cache is a cap.
    // journal_size_limit: after a checkpoint the WAL file shrinks back to
    // 64 MiB instead of keeping the size of the largest import.
    if (!out->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                   "PRAGMA cache_size=-262144; PRAGMA journal_size_limit=67108864;",
                   why)) {
        if (why) *why = "cannot open " + path + ": " + *why;
        return nullptr;
    }
    return out;
}

}  // namespace samenspel::hub
