#include "hub/report_counts.h"

#include <vector>

namespace samenspel::hub {

namespace {

using V = SqlValue;

// Each count as SQL over the derived rows: kind, k1, k2, n, sessions, total.
// `where` may be empty; `id` is the record_id column a filter names.
struct CountQuery {
    const char* select;
    const char* where;
    const char* group;
    const char* id;
};

const CountQuery kCountQueries[] = {
    {"SELECT 'month_deck', month, deck_id, COUNT(*), COUNT(*), 0 FROM sessions", "", "month, deck_id", "record_id"},
    {"SELECT 'game_kind', game_kind, '', COUNT(*), COUNT(*), 0 FROM sessions", "", "game_kind", "record_id"},
    {"SELECT 'picked', card, '', COUNT(*), COUNT(DISTINCT record_id), 0 FROM tw_picks", "", "card", "record_id"},
    {"SELECT 'heavy', card, '', COUNT(*), COUNT(DISTINCT record_id), 0 FROM tw_picks", "weight = 'heavy'", "card",
     "record_id"},
    {"SELECT 'decisive', decisive_card, '', COUNT(*), COUNT(DISTINCT record_id), 0 FROM tw_rounds",
     "decisive_card IS NOT NULL AND decisive_card <> ''", "decisive_card", "record_id"},
    {"SELECT 'step', CAST(decisive_step AS TEXT), '', COUNT(*), COUNT(DISTINCT record_id), 0 FROM tw_rounds",
     "decisive_step IS NOT NULL", "decisive_step", "record_id"},
    {"SELECT 'counter', card, '', COUNT(*), COUNT(DISTINCT record_id), 0 FROM tw_counters", "", "card", "record_id"},
    {"SELECT 'chosen', theme, chosen_by_role, COUNT(*), COUNT(DISTINCT record_id), 0 FROM sl_moments", "",
     "theme, chosen_by_role", "record_id"},
    {"SELECT 'kept', m.theme, a.choice, COUNT(*), COUNT(DISTINCT a.record_id), 0 FROM sl_answers a "
     "JOIN sl_moments m ON m.record_id = a.record_id AND m.moment = a.moment",
     "a.choice <> ''", "m.theme, a.choice", "a.record_id"},
    {"SELECT 'rating', s.month, r.role, COUNT(*), COUNT(DISTINCT r.record_id), SUM(r.rating) FROM sl_ratings r "
     "JOIN sessions s ON s.record_id = r.record_id",
     "", "s.month, r.role", "r.record_id"},
};

std::string countSql(const CountQuery& q, bool oneRecord) {
    std::string where = q.where;
    if (oneRecord) where = (where.empty() ? "" : "(" + where + ") AND ") + q.id + " = $1";
    return std::string(q.select) + (where.empty() ? "" : " WHERE " + where) + " GROUP BY " + q.group;
}

constexpr const char* kColumns = "INSERT INTO report_counts (kind, k1, k2, n, sessions, total) VALUES ";
constexpr std::size_t kRowsPerUpsert = 100;

// Adds rows of (kind, k1, k2, n, sessions, total) to report_counts, a
// hundred at a time.
bool addToCounts(HubDb& db, const std::vector<SqlValue>& values, std::string* why) {
    for (std::size_t at = 0; at < values.size(); at += 6 * kRowsPerUpsert) {
        const std::size_t end = std::min(values.size(), at + 6 * kRowsPerUpsert);
        std::string sql = kColumns;
        for (std::size_t i = at; i < end; ++i)
            sql += ((i - at) % 6 ? ",$" : (i == at ? "($" : "),($")) + std::to_string(i - at + 1);
        sql +=
            ") ON CONFLICT (kind, k1, k2) DO UPDATE SET n = report_counts.n + excluded.n, "
            "sessions = report_counts.sessions + excluded.sessions, total = report_counts.total + excluded.total";
        if (!db.run(sql,
                    std::vector<SqlValue>(values.begin() + static_cast<std::ptrdiff_t>(at),
                                          values.begin() + static_cast<std::ptrdiff_t>(end)),
                    why))
            return false;
    }
    return true;
}

std::int64_t number(const std::optional<std::string>& s) { return s ? std::stoll(*s) : 0; }

}  // namespace

std::size_t ReportTally::KeyHash::operator()(const Key& k) const {
    const std::hash<std::string> h;
    return h(std::get<0>(k)) ^ (h(std::get<1>(k)) * 31) ^ (h(std::get<2>(k)) * 1009);
}

void ReportTally::count(const char* kind, const std::string& k1, const std::string& k2, std::int64_t value) {
    // The key is built in a string kept for it, so a key already counted
    // costs no allocation (tens of millions of counts per million records).
    std::get<0>(scratch_) = kind;
    std::get<1>(scratch_) = k1;
    std::get<2>(scratch_) = k2;
    auto it = pending_.find(scratch_);
    if (it == pending_.end()) it = pending_.emplace(scratch_, Sum{}).first;
    Sum& s = it->second;
    s.n += 1;
    s.total += value;
    if (s.lastRecord != record_) {
        s.lastRecord = record_;
        s.sessions += 1;
    }
}

void ReportTally::endRecord() { ++record_; }

bool ReportTally::flush(HubDb& db, std::string* why) {
    std::vector<SqlValue> values;
    for (const auto& [key, sum] : pending_)
        for (auto v : {V::text(std::get<0>(key)), V::text(std::get<1>(key)), V::text(std::get<2>(key)),
                       V::integer(sum.n), V::integer(sum.sessions), V::integer(sum.total)})
            values.push_back(std::move(v));
    pending_.clear();
    return addToCounts(db, values, why);
}

bool subtractFromReportCounts(HubDb& db, const std::string& recordId, std::string* why) {
    std::vector<SqlValue> values;
    for (const auto& q : kCountQueries)
        if (!db.query(
                countSql(q, true), {V::text(recordId)},
                [&](const SqlRow& row) {
                    for (std::size_t c = 0; c < 3; ++c) values.push_back(V::text(row[c].value_or("")));
                    for (std::size_t c = 3; c < 6; ++c) values.push_back(V::integer(-number(row[c])));
                    return true;
                },
                why))
            return false;
    // A cell no record counts any more is gone, as if never counted: the
    // report lists months and keys from these rows.
    return addToCounts(db, values, why) &&
           db.run("DELETE FROM report_counts WHERE n = 0 AND sessions = 0 AND total = 0", {}, why);
}

bool rebuildReportCounts(HubDb& db, std::string* why) {
    if (!db.exec("DELETE FROM report_counts", why)) return false;
    for (const auto& q : kCountQueries)
        if (!db.exec("INSERT INTO report_counts (kind, k1, k2, n, sessions, total) " + countSql(q, false), why))
            return false;
    return true;
}

}  // namespace samenspel::hub
