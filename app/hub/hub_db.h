// The hub's one database, two engines: SQLite (a file on a coordinator's
// laptop) and PostgreSQL (a server an institute already runs), behind one
// small interface. Every statement is written once, in the SQL both engines
// speak, with $1..$N parameters; the only dialect difference (BLOB vs BYTEA)
// is a word the schema asks for.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace samenspel::hub {

struct SqlValue {
    enum class Kind { Null, Int, Text, Blob } kind = Kind::Null;
    std::int64_t i = 0;
    std::string s;  // text, or the raw bytes of a blob

    static SqlValue null() { return {}; }
    static SqlValue integer(std::int64_t v) { return {Kind::Int, v, {}}; }
    static SqlValue text(std::string v) { return {Kind::Text, 0, std::move(v)}; }
    static SqlValue blob(std::string v) { return {Kind::Blob, 0, std::move(v)}; }
};

// A field of a bulk row (RowSink::add): a view of the caller's data, which
// must live until add returns, so adding a row allocates nothing.
struct SqlField {
    SqlValue::Kind kind = SqlValue::Kind::Null;
    std::int64_t i = 0;
    std::string_view s;

    static SqlField null() { return {}; }
    static SqlField integer(std::int64_t v) { return {SqlValue::Kind::Int, v, {}}; }
    static SqlField text(std::string_view v) { return {SqlValue::Kind::Text, 0, v}; }
    static SqlField blob(std::string_view v) { return {SqlValue::Kind::Blob, 0, v}; }
};

// Rows for one table in bulk, encoded as they are added (PostgreSQL: straight
// into COPY's format; SQLite: values for insertRows), sent by flush.
class RowSink {
public:
    virtual ~RowSink() = default;
    // One row: a field per column, in the columns' order. False (with why)
    // for a value its column cannot take.
    virtual bool add(const SqlField* fields, std::size_t count, std::string* why) = 0;
    virtual std::size_t rows() const = 0;
    virtual std::size_t bytes() const = 0;  // what the rows hold so far
    // Sends the rows (insertRows' rules) and starts empty again.
    virtual bool flush(std::string* why) = 0;
};

// One result row: each column as text (integers in decimal), a blob as its
// raw bytes, NULL as nothing.
using SqlRow = std::vector<std::optional<std::string>>;
// Return false to stop reading rows early.
using RowHandler = std::function<bool(const SqlRow&)>;

class HubDb {
public:
    virtual ~HubDb() = default;
    virtual const char* engine() const = 0;    // "sqlite" or "postgresql"
    virtual const char* blobType() const = 0;  // "BLOB" or "BYTEA"
    // The catalog query behind droppableIndexes: $1 = table; rows of (name, SQL).
    virtual const char* indexListSql() const = 0;

    // One or more statements without parameters.
    virtual bool exec(const std::string& sql, std::string* why) = 0;
    // One statement; rows stream to `onRow` (never all in memory).
    virtual bool query(const std::string& sql, const std::vector<SqlValue>& params, const RowHandler& onRow,
                       std::string* why) = 0;
    bool run(const std::string& sql, const std::vector<SqlValue>& params, std::string* why) {
        return query(sql, params, nullptr, why);
    }
    // Appends rows to a table in one multi-row INSERT: `values` holds one
    // value per column for each row, row after row. Like any INSERT, it
    // fails on a key the table already holds. (The default row sink sends
    // its rows with it; PostgreSQL's sink sends COPY instead.)
    bool insertRows(const std::string& table, const std::vector<std::string>& columns,
                    const std::vector<SqlValue>& values, std::string* why);
    // How many rows of `columns` columns one insertRows call should carry.
    virtual std::size_t bulkRows(std::size_t columns) const;
    // A sink for bulk rows of `table` (the default keeps SqlValues for
    // insertRows); false with `why` when the engine cannot make one.
    virtual std::unique_ptr<RowSink> rowSink(const std::string& table, const std::vector<std::string>& columns,
                                             std::string* why);

    // The first column of the first row, or nothing.
    std::optional<std::string> scalar(const std::string& sql, const std::vector<SqlValue>& params, std::string* why);

    // The indexes of `table` that can be dropped and made again (not those
    // behind a PRIMARY KEY): (name, the statement that creates it), as the
    // engine's catalog holds them.
    bool droppableIndexes(const std::string& table, std::vector<std::pair<std::string, std::string>>& out,
                          std::string* why);
    // Settings for the rest of the transaction while a bulk load rebuilds
    // indexes (PostgreSQL: sort memory for the index builds).
    virtual bool tuneForBulkLoad(std::string*) { return true; }

    virtual bool begin(std::string* why) { return exec("BEGIN", why); }
    bool commit(std::string* why) { return exec("COMMIT", why); }
    virtual void rollback() { exec("ROLLBACK", nullptr); }
};

// "postgresql://..." or "postgres://..." opens PostgreSQL; anything else is
// a SQLite file path (created when missing). Runs the migrations, so the
// schema is current when this returns.
std::unique_ptr<HubDb> openHubDb(const std::string& target, std::string* why);

// Without migrations (the engines' own constructors; tests use them).
std::unique_ptr<HubDb> openSqlite(const std::string& path, std::string* why);
std::unique_ptr<HubDb> openPostgres(const std::string& url, std::string* why);

bool isPostgresUrl(const std::string& target);

// The schema version this hub writes (SCHEMA.md, "Versions and migrations").
int schemaVersion();
// Applies the missing migrations up to `upTo` (0: all), in one transaction.
// openHubDb does this; tests stop early to make an older database.
bool migrate(HubDb& db, std::string* why, int upTo = 0);

}  // namespace samenspel::hub
