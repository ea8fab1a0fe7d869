// The hub's schema as numbered migrations (SCHEMA.md). A migration is never
// changed once released: a new need is a new migration at the end.
#include <algorithm>
#include <regex>

#include "hub/hub_db.h"
#include "hub/report_counts.h"

namespace samenspel::hub {

namespace {

// {blob} becomes BLOB (SQLite) or BYTEA (PostgreSQL); everything else is the
// SQL both engines read the same way. `fill`, when given, runs after the SQL,
// in the same transaction: it computes a new table from the rows already
// there, so an existing database needs no re-import.
struct Migration {
    const char* sql;
    bool (*fill)(HubDb&, std::string*);
};

// PostgreSQL compresses a frame once its row passes 2 KB (a third of them),
// which cost a bulk import more time than storing all the frames; SQLite never
// compresses. Rows up to 8 KB now stay in the table as they came.
bool storeFramesAsTheyCame(HubDb& db, std::string* why) {
    return std::string(db.engine()) != "postgresql" ||
           db.exec("ALTER TABLE records SET (toast_tuple_target = 8160)", why);
}

const Migration kMigrations[] = {
    // 1: frames, sessions and the tables replay derives.
    {R"sql(
CREATE TABLE records (
  record_id   TEXT PRIMARY KEY,
  frame       {blob} NOT NULL,
  frame_hash  TEXT NOT NULL
);
CREATE TABLE conflicts (
  record_id   TEXT NOT NULL,
  frame_hash  TEXT NOT NULL,
  frame       {blob} NOT NULL,
  PRIMARY KEY (record_id, frame_hash)
);
CREATE TABLE sessions (
  record_id     TEXT PRIMARY KEY,
  deck_id       TEXT NOT NULL,
  deck_version  TEXT NOT NULL,
  game_kind     TEXT NOT NULL,
  app_version   TEXT NOT NULL,
  device_id     TEXT NOT NULL,
  status        TEXT NOT NULL,
  started_at_ms BIGINT NOT NULL,
  ended_at_ms   BIGINT NOT NULL,
  month         TEXT NOT NULL,
  seat_count    INTEGER NOT NULL,
  round_count   INTEGER NOT NULL,
  action_count  INTEGER NOT NULL,
  derived       TEXT NOT NULL,
  derive_note   TEXT NOT NULL
);
CREATE INDEX sessions_month ON sessions (month, deck_id);
CREATE TABLE seats (
  record_id TEXT NOT NULL, seat INTEGER NOT NULL, avatar TEXT NOT NULL, nickname TEXT NOT NULL, role TEXT NOT NULL,
  PRIMARY KEY (record_id, seat)
);
CREATE TABLE tw_rounds (
  record_id TEXT NOT NULL, round_no INTEGER NOT NULL, inbrenger INTEGER NOT NULL,
  decisive_card TEXT, decisive_cluster TEXT, decisive_step INTEGER,
  PRIMARY KEY (record_id, round_no)
);
CREATE TABLE tw_picks (
  record_id TEXT NOT NULL, round_no INTEGER NOT NULL, seat INTEGER NOT NULL,
  card TEXT NOT NULL, cluster TEXT NOT NULL, weight TEXT NOT NULL,
  PRIMARY KEY (record_id, round_no, seat)
);
CREATE TABLE tw_counters (
  record_id TEXT NOT NULL, round_no INTEGER NOT NULL, n INTEGER NOT NULL, card TEXT NOT NULL,
  PRIMARY KEY (record_id, round_no, n)
);
CREATE TABLE tw_intentions (
  record_id TEXT NOT NULL, seat INTEGER NOT NULL, note TEXT NOT NULL,
  PRIMARY KEY (record_id, seat)
);
CREATE TABLE sl_moments (
  record_id TEXT NOT NULL, moment INTEGER NOT NULL, card TEXT NOT NULL, theme TEXT NOT NULL,
  chosen_by INTEGER NOT NULL, chosen_by_role TEXT NOT NULL, own_topic TEXT NOT NULL,
  PRIMARY KEY (record_id, moment)
);
CREATE TABLE sl_answers (
  record_id TEXT NOT NULL, moment INTEGER NOT NULL, question TEXT NOT NULL, choice TEXT NOT NULL,
  by_seat INTEGER NOT NULL, by_role TEXT NOT NULL, note TEXT NOT NULL,
  PRIMARY KEY (record_id, moment, question)
);
CREATE TABLE sl_actions (
  record_id TEXT NOT NULL, n INTEGER NOT NULL, card TEXT NOT NULL, added_by INTEGER NOT NULL,
  added_by_role TEXT NOT NULL, note TEXT NOT NULL,
  PRIMARY KEY (record_id, n)
);
CREATE TABLE sl_ratings (
  record_id TEXT NOT NULL, seat INTEGER NOT NULL, role TEXT NOT NULL, rating INTEGER NOT NULL,
  PRIMARY KEY (record_id, seat)
);
CREATE TABLE imports (
  import_no INTEGER PRIMARY KEY, source TEXT NOT NULL, imported_at_ms BIGINT NOT NULL,
  new_records INTEGER NOT NULL, duplicates INTEGER NOT NULL, conflicts INTEGER NOT NULL, damaged INTEGER NOT NULL
);
CREATE TABLE import_problems (
  import_no INTEGER NOT NULL, n INTEGER NOT NULL, line TEXT NOT NULL,
  PRIMARY KEY (import_no, n)
);
)sql",
     nullptr},
    // 2: the report's counts, kept at import (report_counts.h), filled from
    // the derived rows of the sessions already imported.
    {R"sql(
CREATE TABLE report_counts (
  kind TEXT NOT NULL, k1 TEXT NOT NULL, k2 TEXT NOT NULL,
  n BIGINT NOT NULL, sessions BIGINT NOT NULL, total BIGINT NOT NULL,
  PRIMARY KEY (kind, k1, k2)
);
)sql",
     rebuildReportCounts},
    // 3: the derived tables' keys become unique indexes instead of PRIMARY
    // KEYs, so a bulk load can drop them and build them again by sorting
    // (SCHEMA.md, "Bulk loading"); sessions_month, which no query needs, goes.
    // Same columns, same rows: each table is copied into its new shape.
    {R"sql(
CREATE TABLE sessions_3 (
  record_id     TEXT NOT NULL,
  deck_id       TEXT NOT NULL,
  deck_version  TEXT NOT NULL,
  game_kind     TEXT NOT NULL,
  app_version   TEXT NOT NULL,
  device_id     TEXT NOT NULL,
  status        TEXT NOT NULL,
  started_at_ms BIGINT NOT NULL,
  ended_at_ms   BIGINT NOT NULL,
  month         TEXT NOT NULL,
  seat_count    INTEGER NOT NULL,
  round_count   INTEGER NOT NULL,
  action_count  INTEGER NOT NULL,
  derived       TEXT NOT NULL,
  derive_note   TEXT NOT NULL
);
CREATE TABLE seats_3 (
  record_id TEXT NOT NULL, seat INTEGER NOT NULL, avatar TEXT NOT NULL, nickname TEXT NOT NULL, role TEXT NOT NULL
);
CREATE TABLE tw_rounds_3 (
  record_id TEXT NOT NULL, round_no INTEGER NOT NULL, inbrenger INTEGER NOT NULL,
  decisive_card TEXT, decisive_cluster TEXT, decisive_step INTEGER
);
CREATE TABLE tw_picks_3 (
  record_id TEXT NOT NULL, round_no INTEGER NOT NULL, seat INTEGER NOT NULL,
  card TEXT NOT NULL, cluster TEXT NOT NULL, weight TEXT NOT NULL
);
CREATE TABLE tw_counters_3 (
  record_id TEXT NOT NULL, round_no INTEGER NOT NULL, n INTEGER NOT NULL, card TEXT NOT NULL
);
CREATE TABLE tw_intentions_3 (
  record_id TEXT NOT NULL, seat INTEGER NOT NULL, note TEXT NOT NULL
);
CREATE TABLE sl_moments_3 (
  record_id TEXT NOT NULL, moment INTEGER NOT NULL, card TEXT NOT NULL, theme TEXT NOT NULL,
  chosen_by INTEGER NOT NULL, chosen_by_role TEXT NOT NULL, own_topic TEXT NOT NULL
);
CREATE TABLE sl_answers_3 (
  record_id TEXT NOT NULL, moment INTEGER NOT NULL, question TEXT NOT NULL, choice TEXT NOT NULL,
  by_seat INTEGER NOT NULL, by_role TEXT NOT NULL, note TEXT NOT NULL
);
CREATE TABLE sl_actions_3 (
  record_id TEXT NOT NULL, n INTEGER NOT NULL, card TEXT NOT NULL, added_by INTEGER NOT NULL,
  added_by_role TEXT NOT NULL, note TEXT NOT NULL
);
CREATE TABLE sl_ratings_3 (
  record_id TEXT NOT NULL, seat INTEGER NOT NULL, role TEXT NOT NULL, rating INTEGER NOT NULL
);
INSERT INTO sessions_3 SELECT * FROM sessions;
INSERT INTO seats_3 SELECT * FROM seats;
INSERT INTO tw_rounds_3 SELECT * FROM tw_rounds;
INSERT INTO tw_picks_3 SELECT * FROM tw_picks;
INSERT INTO tw_counters_3 SELECT * FROM tw_counters;
INSERT INTO tw_intentions_3 SELECT * FROM tw_intentions;
INSERT INTO sl_moments_3 SELECT * FROM sl_moments;
INSERT INTO sl_answers_3 SELECT * FROM sl_answers;
INSERT INTO sl_actions_3 SELECT * FROM sl_actions;
INSERT INTO sl_ratings_3 SELECT * FROM sl_ratings;
DROP TABLE sessions;
DROP TABLE seats;
DROP TABLE tw_rounds;
DROP TABLE tw_picks;
DROP TABLE tw_counters;
DROP TABLE tw_intentions;
DROP TABLE sl_moments;
DROP TABLE sl_answers;
DROP TABLE sl_actions;
DROP TABLE sl_ratings;
ALTER TABLE sessions_3 RENAME TO sessions;
ALTER TABLE seats_3 RENAME TO seats;
ALTER TABLE tw_rounds_3 RENAME TO tw_rounds;
ALTER TABLE tw_picks_3 RENAME TO tw_picks;
ALTER TABLE tw_counters_3 RENAME TO tw_counters;
ALTER TABLE tw_intentions_3 RENAME TO tw_intentions;
ALTER TABLE sl_moments_3 RENAME TO sl_moments;
ALTER TABLE sl_answers_3 RENAME TO sl_answers;
ALTER TABLE sl_actions_3 RENAME TO sl_actions;
ALTER TABLE sl_ratings_3 RENAME TO sl_ratings;
CREATE UNIQUE INDEX sessions_key ON sessions (record_id);
CREATE UNIQUE INDEX seats_key ON seats (record_id, seat);
CREATE UNIQUE INDEX tw_rounds_key ON tw_rounds (record_id, round_no);
CREATE UNIQUE INDEX tw_picks_key ON tw_picks (record_id, round_no, seat);
CREATE UNIQUE INDEX tw_counters_key ON tw_counters (record_id, round_no, n);
CREATE UNIQUE INDEX tw_intentions_key ON tw_intentions (record_id, seat);
CREATE UNIQUE INDEX sl_moments_key ON sl_moments (record_id, moment);
CREATE UNIQUE INDEX sl_answers_key ON sl_answers (record_id, moment, question);
CREATE UNIQUE INDEX sl_actions_key ON sl_actions (record_id, n);
CREATE UNIQUE INDEX sl_ratings_key ON sl_ratings (record_id, seat);
)sql",
     storeFramesAsTheyCame},
};

}  // namespace

int schemaVersion() { return static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]); }

bool migrate(HubDb& db, std::string* why, int upTo) {
    if (upTo <= 0 || upTo > schemaVersion()) upTo = schemaVersion();
    if (!db.exec("CREATE TABLE IF NOT EXISTS hub_schema (version INTEGER PRIMARY KEY)", why)) return false;
    if (!db.begin(why)) return false;
    auto current = db.scalar("SELECT COALESCE(MAX(version), 0) FROM hub_schema", {}, why);
    if (!current) {
        db.rollback();
        return false;
    }
    const int have = std::stoi(*current);
    if (have > schemaVersion()) {
        db.rollback();
        if (why)
            *why = "this database has schema version " + std::to_string(have) + "; this samenspel-hub knows up to " +
                   std::to_string(schemaVersion()) + " (update the hub)";
        return false;
    }
    for (int v = have + 1; v <= upTo; ++v) {
        const Migration& m = kMigrations[v - 1];
        const std::string sql = std::regex_replace(m.sql, std::regex("\\{blob\\}"), db.blobType());
        if (!db.exec(sql, why) || (m.fill && !m.fill(db, why)) ||
            !db.run("INSERT INTO hub_schema (version) VALUES ($1)", {SqlValue::integer(v)}, why)) {
            db.rollback();
            if (why) *why = "migration " + std::to_string(v) + " failed: " + *why;
            return false;
        }
    }
    return db.commit(why);
}

bool HubDb::droppableIndexes(const std::string& table, std::vector<std::pair<std::string, std::string>>& out,
                             std::string* why) {
    return query(
        indexListSql(), {SqlValue::text(table)},
        [&](const SqlRow& row) {
            out.emplace_back(row[0].value_or(""), row[1].value_or(""));
            return true;
        },
        why);
}

std::optional<std::string> HubDb::scalar(const std::string& sql, const std::vector<SqlValue>& params,
                                         std::string* why) {
    std::optional<std::string> out;
    bool any = false;
    const bool ok = query(
        sql, params,
        [&](const SqlRow& row) {
            any = true;
            if (!row.empty() && row[0]) out = *row[0];
            return false;
        },
        why);
    if (!ok) return std::nullopt;
    if (!any && why) *why = "no rows";
    return out;
}

bool HubDb::insertRows(const std::string& table, const std::vector<std::string>& columns,
                       const std::vector<SqlValue>& values, std::string* why) {
    const std::size_t rows = values.size() / columns.size();
    std::string sql = "INSERT INTO " + table + " (";
    for (std::size_t c = 0; c < columns.size(); ++c) sql += (c ? "," : "") + columns[c];
    sql += ") VALUES ";
    std::size_t n = 1;
    for (std::size_t r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (std::size_t c = 0; c < columns.size(); ++c) sql += (c ? ",$" : "$") + std::to_string(n++);
        sql += ")";
    }
    return run(sql, values, why);
}

namespace {

// Keeps each row as values and sends them with insertRows (SQLite's multi-row INSERT).
class ValueSink : public RowSink {
public:
    ValueSink(HubDb& db, std::string table, std::vector<std::string> columns)
        : db_(db), table_(std::move(table)), columns_(std::move(columns)) {}
    bool add(const SqlField* fields, std::size_t count, std::string*) override {
        for (std::size_t c = 0; c < count; ++c) {
            const SqlField& f = fields[c];
            SqlValue v;
            v.kind = f.kind;
            v.i = f.i;
            v.s.assign(f.s.data(), f.s.size());
            bytes_ += v.s.size() + 8;
            values_.push_back(std::move(v));
        }
        ++rows_;
        return true;
    }
    std::size_t rows() const override { return rows_; }
    std::size_t bytes() const override { return bytes_; }
    bool flush(std::string* why) override {
        const bool ok = values_.empty() || db_.insertRows(table_, columns_, values_, why);
        values_.clear();
        rows_ = bytes_ = 0;
        return ok;
    }

private:
    HubDb& db_;
    std::string table_;
    std::vector<std::string> columns_;
    std::vector<SqlValue> values_;
    std::size_t rows_ = 0, bytes_ = 0;
};

}  // namespace

std::unique_ptr<RowSink> HubDb::rowSink(const std::string& table, const std::vector<std::string>& columns,
                                        std::string*) {
    return std::make_unique<ValueSink>(*this, table, columns);
}

// Well under SQLite's 32 766 parameters per statement; a few hundred rows is
// where a longer statement stops paying.
std::size_t HubDb::bulkRows(std::size_t columns) const { return std::min<std::size_t>(400, 4000 / columns); }

std::unique_ptr<HubDb> openHubDb(const std::string& target, std::string* why) {
    if (target.empty()) {
        if (why) *why = "--db is required (a SQLite file, or postgresql://...)";
        return nullptr;
    }
    auto db = isPostgresUrl(target) ? openPostgres(target, why) : openSqlite(target, why);
    if (!db) return nullptr;
    if (!migrate(*db, why)) return nullptr;
    return db;
}

}  // namespace samenspel::hub
