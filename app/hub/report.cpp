#include "hub/report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "hub/report_counts.h"
#include "store/record_csv.h"

namespace samenspel::hub {

namespace {

// Palette with a shape or pattern beside every colour (never colour alone):
// series 0 solid, series 1 striped, series 2 dotted.
const char* const kColours[] = {"#0B5D6B", "#B5462B", "#5B4B8A", "#3C6E2E"};

const char* kStyle = R"css(
:root{--ink:#1d2329;--muted:#56606a;--line:#d5dade;--bg:#fff;--soft:#f3f5f6}
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.6rem;line-height:1.2;margin:8px 0 8px}
h2{font-size:1.2rem;margin:0 0 4px}
p{margin:4px 0 8px}
.muted{color:var(--muted);font-size:.92rem}
section{border-top:2px solid var(--line);padding:16px 0 8px;break-inside:avoid;page-break-inside:avoid}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin:4px 0 8px;font-size:.92rem}
.legend span{display:inline-flex;align-items:center;gap:6px}
.legend svg{width:18px;height:12px}
.bars{display:grid;grid-template-columns:minmax(7rem,14rem) 1fr;gap:6px 10px;align-items:center}
.bars .label{font-size:.95rem;overflow-wrap:anywhere}
.bars .rank{display:inline-block;min-width:1.8em;font-weight:600;color:var(--muted)}
.bars .vals{display:flex;flex-direction:column;gap:2px}
.bars .bar{display:flex;align-items:center;gap:6px;font-size:.85rem}
.bars .bar svg{flex:1 1 auto;width:100%;min-width:0;height:12px}
.bars .bar b{flex:none;font-weight:600;min-width:3em;white-space:nowrap}
.chart{width:100%;height:auto;max-height:320px}
details{margin:6px 0 4px}
summary{cursor:pointer;font-weight:600;padding:8px 0;min-height:44px}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;font-size:.9rem;margin:4px 0;min-width:60%}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
thead th{background:var(--soft)}
footer{margin:24px 0 8px;color:var(--muted);font-size:.85rem}
@media (max-width:560px){.bars{grid-template-columns:1fr}.bars .label{margin-top:6px}}
@page{size:A4;margin:14mm}
@media print{body{font-size:11pt}main{max-width:none;padding:0}summary{display:none}details>.table-wrap{display:none}section{border-top-width:1px}}
)css";

std::string num(long long n) { return std::to_string(n); }

struct Count {
    long long n = 0;         // what is counted (picks, rounds, moments ...)
    long long sessions = 0;  // distinct sessions behind it
};

std::string patternDefs() {
    std::string s = "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\"><defs>";
    s += std::string(
             "<pattern id=\"p1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
             "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
             "<rect width=\"3.2\" height=\"6\" fill=\"") +
         kColours[1] + "\"/></pattern>";
    s += std::string(
             "<pattern id=\"p2\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
             "<rect width=\"5\" height=\"5\" fill=\"#fff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.7\" fill=\"") +
         kColours[2] + "\"/></pattern>";
    s += std::string(
             "<pattern id=\"p3\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
             "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><rect width=\"6\" height=\"2.4\" fill=\"") +
         kColours[3] + "\"/></pattern>";
    return s + "</defs></svg>\n";
}

std::string fillOf(std::size_t series) {
    return series == 0 ? kColours[0] : "url(#p" + std::to_string(std::min<std::size_t>(series, 3)) + ")";
}
std::string strokeOf(std::size_t series) { return kColours[std::min<std::size_t>(series, 3)]; }

class Page {
public:
    Page(const Words& w, const ReportOptions& o) : w_(w), o_(o) {}

    std::string t(const char* key) const { return htmlEscape(w_.text(key)); }
    std::string tf(const char* key, Words::Args args) const { return htmlEscape(w_.format(key, args)); }
    bool hidden(const Count& c) const { return c.sessions < o_.minSessions; }
    // A number as the page shows it: "minder dan 5" when too few sessions stand behind it.
    std::string shown(const Count& c) const {
        return hidden(c) ? tf("report.fewer", {{"k", num(o_.minSessions)}}) : num(c.n);
    }

    std::string legend(const std::vector<std::string>& series) const {
        std::string s = "<div class=\"legend\" aria-hidden=\"true\">";
        for (std::size_t i = 0; i < series.size(); ++i)
            s += "<span><svg viewBox=\"0 0 18 12\"><rect width=\"18\" height=\"12\" fill=\"" + fillOf(i) +
                 "\" stroke=\"" + strokeOf(i) + "\"/></svg>" + series[i] + "</span>";
        return s + "</div>";
    }

    // Horizontal bars: one label per row, one bar per series, the number
    // beside it (hidden counts draw no bar).
    struct BarRow {
        std::string label, rank;
        std::vector<Count> values;
    };
    std::string bars(const std::vector<std::string>& series, const std::vector<BarRow>& rows) const {
        long long max = 1;
        for (const auto& r : rows)
            for (const auto& v : r.values)
                if (!hidden(v)) max = std::max(max, v.n);
        std::string s = legend(series) + "<div class=\"bars\">";
        for (const auto& r : rows) {
            s += "<div class=\"label\">" + (r.rank.empty() ? "" : "<span class=\"rank\">" + r.rank + "</span>") +
                 r.label + "</div><div class=\"vals\">";
            for (std::size_t i = 0; i < r.values.size(); ++i) {
                const Count& v = r.values[i];
                const double width = hidden(v) ? 0 : 100.0 * static_cast<double>(v.n) / static_cast<double>(max);
                char w[32];
                std::snprintf(w, sizeof w, "%.1f", std::min(99.0, std::max(width, hidden(v) || v.n == 0 ? 0.0 : 0.8)));
                // No viewBox: the bar's width is a percentage of the space there
                // is, and the patterns keep their shape at every width.
                s += "<div class=\"bar\"><svg height=\"12\" role=\"img\" aria-label=\"" + series[i] + ": " + shown(v) +
                     "\"><rect x=\"0.5\" y=\"1.5\" width=\"" + w + "%\" height=\"9\" fill=\"" + fillOf(i) +
                     "\" stroke=\"" + strokeOf(i) + "\" stroke-width=\"1\"/></svg><b>" + shown(v) + "</b></div>";
            }
            s += "</div>";
        }
        return s + "</div>";
    }

    std::string table(const std::vector<std::string>& head, const std::vector<std::vector<std::string>>& rows,
                      std::size_t textColumns = 1) const {
        std::string s =
            "<details><summary>" + t("report.show_table") + "</summary><div class=\"table-wrap\"><table><thead><tr>";
        for (std::size_t i = 0; i < head.size(); ++i)
            s += std::string(i < textColumns ? "<th>" : "<th class=\"n\">") + head[i] + "</th>";
        s += "</tr></thead><tbody>";
        for (const auto& r : rows) {
            s += "<tr>";
            for (std::size_t i = 0; i < r.size(); ++i)
                s += std::string(i < textColumns ? "<td>" : "<td class=\"n\">") + r[i] + "</td>";
            s += "</tr>";
        }
        return s + "</tbody></table></div></details>";
    }

    // Lines over months (ratings): x = months, y = 1..5; months with too
    // few sessions leave a gap.
    std::string lines(const std::vector<std::string>& series, const std::vector<std::string>& months,
                      const std::vector<std::vector<std::optional<double>>>& values) const {
        const double W = 420, H = 220, left = 30, right = 10, top = 10, bottom = 40;
        const double step = months.size() > 1 ? (W - left - right) / static_cast<double>(months.size() - 1) : 0;
        auto x = [&](std::size_t i) {
            return left + (months.size() > 1 ? step * static_cast<double>(i) : (W - left - right) / 2);
        };
        auto y = [&](double v) { return top + (H - top - bottom) * (5.0 - v) / 4.0; };
        char buf[256];
        std::string s = legend(series) + "<svg class=\"chart\" viewBox=\"0 0 420 220\" role=\"img\" aria-label=\"" +
                        t("report.rating_title") + "\">";
        for (int v = 1; v <= 5; ++v) {
            std::snprintf(buf, sizeof buf,
                          "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d5dade\"/>"
                          "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" fill=\"#56606a\">%d</text>",
                          left, W - right, y(v), y(v), left - 6, y(v) + 4, v);
            s += buf;
        }
        const std::size_t every = std::max<std::size_t>(1, (months.size() + 5) / 6);
        for (std::size_t i = 0; i < months.size(); i += every) {
            std::snprintf(buf, sizeof buf,
                          "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" fill=\"#56606a\">", x(i),
                          H - bottom + 18);
            s += buf + htmlEscape(months[i]) + "</text>";
        }
        const char* marks[] = {"circle", "rect", "rect"};
        for (std::size_t k = 0; k < values.size(); ++k) {
            std::string path;
            bool pen = false;
            for (std::size_t i = 0; i < months.size(); ++i) {
                if (!values[k][i]) {
                    pen = false;
                    continue;
                }
                std::snprintf(buf, sizeof buf, "%s%.1f %.1f ", pen ? "L" : "M", x(i), y(*values[k][i]));
                path += buf;
                pen = true;
            }
            s += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + strokeOf(k) + "\" stroke-width=\"2.5\"" +
                 (k ? " stroke-dasharray=\"6 4\"" : "") + "/>";
            for (std::size_t i = 0; i < months.size(); ++i) {
                if (!values[k][i]) continue;
                if (std::string(marks[k % 3]) == "circle")
                    std::snprintf(buf, sizeof buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x(i),
                                  y(*values[k][i]), strokeOf(k).c_str());
                else
                    std::snprintf(buf, sizeof buf, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/>",
                                  x(i) - 4, y(*values[k][i]) - 4, strokeOf(k).c_str());
                s += buf;
            }
        }
        return s + "</svg>";
    }

    // Stacked columns per month, one colour and pattern per deck.
    std::string columns(const std::vector<std::string>& series, const std::vector<std::string>& months,
                        const std::vector<std::vector<Count>>& values) const {
        const double W = 420, H = 220, left = 34, right = 6, top = 10, bottom = 40;
        long long max = 1;
        for (std::size_t i = 0; i < months.size(); ++i) {
            long long sum = 0;
            for (const auto& v : values)
                if (!hidden(v[i])) sum += v[i].n;
            max = std::max(max, sum);
        }
        const double slot = (W - left - right) / static_cast<double>(std::max<std::size_t>(1, months.size()));
        char buf[320];
        std::string s = legend(series) + "<svg class=\"chart\" viewBox=\"0 0 420 220\" role=\"img\" aria-label=\"" +
                        t("report.sessions_title") + "\">";
        for (int g = 0; g <= 4; ++g) {
            const double yy = top + (H - top - bottom) * (1.0 - g / 4.0);
            std::snprintf(
                buf, sizeof buf,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d5dade\"/>"
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" fill=\"#56606a\">%lld</text>",
                left, W - right, yy, yy, left - 4, yy + 4, static_cast<long long>(std::llround(max * g / 4.0)));
            s += buf;
        }
        const std::size_t every = std::max<std::size_t>(1, (months.size() + 5) / 6);
        for (std::size_t i = 0; i < months.size(); ++i) {
            double base = H - bottom;
            for (std::size_t k = 0; k < values.size(); ++k) {
                const Count& v = values[k][i];
                if (hidden(v) || v.n == 0) continue;
                const double h = (H - top - bottom) * static_cast<double>(v.n) / static_cast<double>(max);
                std::snprintf(buf, sizeof buf, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"",
                              left + slot * static_cast<double>(i) + slot * 0.12, base - h, slot * 0.76, h);
                s += buf + fillOf(k) + "\" stroke=\"" + strokeOf(k) + "\" stroke-width=\"0.6\"/>";
                base -= h;
            }
            if (i % every == 0) {
                std::snprintf(buf, sizeof buf,
                              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" fill=\"#56606a\">",
                              left + slot * (static_cast<double>(i) + 0.5), H - bottom + 18);
                s += buf + htmlEscape(months[i]) + "</text>";
            }
        }
        return s + "</svg>";
    }

private:
    const Words& w_;
    const ReportOptions& o_;
};

// One kind of report_counts (kept at import, report_counts.h), keyed by its
// first `keys` key columns: a few hundred rows, however many sessions.
bool counts(HubDb& db, const char* kind, std::size_t keys, std::map<std::vector<std::string>, Count>& out,
            std::string* why) {
    return db.query(
        "SELECT k1, k2, n, sessions FROM report_counts WHERE kind = $1", {SqlValue::text(kind)},
        [&](const SqlRow& row) {
            std::vector<std::string> key;
            for (std::size_t i = 0; i < keys; ++i) key.push_back(row[i].value_or(""));
            out[key] = Count{std::stoll(row[2].value_or("0")), std::stoll(row[3].value_or("0"))};
            return true;
        },
        why);
}

// The sessions of one game kind, or of all ("").
std::optional<std::string> sessionCount(HubDb& db, const std::string& gameKind, std::string* why) {
    return db.scalar(
        "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM report_counts WHERE kind = $1 AND (k1 = $2 OR $2 = '')",
        {SqlValue::text(count_kind::kGameKind), SqlValue::text(gameKind)}, why);
}

const Deck* deckOfKind(const DeckCatalog& decks, GameKind kind) {
    for (const char* id : {"tegenwicht", "samenleer"})
        if (const Deck* d = decks.find(id); d && d->kind == kind) return d;
    return nullptr;
}

}  // namespace

std::string htmlEscape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

bool loadHubWords(Words& words, std::string* why) {
    return words.load(defaultAssetsDir() / "text" / "hub_nl.json", why);
}

bool buildReport(HubDb& db, const DeckCatalog& decks, const Words& words, const ReportOptions& options,
                 std::string& html, std::string* why) {
    Page page(words, options);
    const Deck* tw = deckOfKind(decks, GameKind::Tegenwicht);
    const Deck* sl = deckOfKind(decks, GameKind::Samenleer);
    auto total = sessionCount(db, "", why);
    if (!total) return false;

    html =
        "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>" +
        page.t("report.title") + "</title><style>" + kStyle + "</style></head><body>" + patternDefs() + "<main>";
    html += "<h1>" + page.t("report.title") + "</h1><p>" + page.tf("report.intro", {{"k", num(options.minSessions)}}) +
            "</p><p class=\"muted\">" +
            page.tf("report.made", {{"date", isoDateUtc(options.nowMs).substr(0, 10)}, {"n", *total}}) + "</p>";
    if (*total == "0") html += "<p>" + page.t("report.empty") + "</p>";

    // Sessions per month per deck.
    {
        std::map<std::vector<std::string>, Count> perMonth;
        if (!counts(db, count_kind::kMonthDeck, 2, perMonth, why)) return false;
        std::set<std::string> monthSet, deckSet;
        for (const auto& [k, c] : perMonth) monthSet.insert(k[0]), deckSet.insert(k[1]);
        const std::vector<std::string> months(monthSet.begin(), monthSet.end()),
            deckIds(deckSet.begin(), deckSet.end());
        std::vector<std::string> series;
        for (const auto& d : deckIds) {
            const Deck* deck = decks.find(d);
            series.push_back(deck ? htmlEscape(deck->title) : page.tf("report.unknown_deck", {{"deck", d}}));
        }
        std::vector<std::vector<Count>> values(deckIds.size(), std::vector<Count>(months.size()));
        std::vector<std::vector<std::string>> rows;
        for (std::size_t m = 0; m < months.size(); ++m) {
            std::vector<std::string> row = {htmlEscape(months[m])};
            for (std::size_t d = 0; d < deckIds.size(); ++d) {
                auto it = perMonth.find({months[m], deckIds[d]});
                if (it != perMonth.end()) values[d][m] = it->second;
                row.push_back(page.shown(values[d][m]));
            }
            rows.push_back(row);
        }
        std::vector<std::string> head = {page.t("report.month")};
        head.insert(head.end(), series.begin(), series.end());
        html += "<section><h2>" + page.t("report.sessions_title") + "</h2><p class=\"muted\">" +
                page.t("report.sessions_hint") + "</p>";
        html += months.empty() ? "<p>" + page.t("report.no_data") + "</p>" : page.columns(series, months, values);
        html += page.table(head, rows) + "</section>";

        auto unknown = sessionCount(db, "unknown", why);
        if (unknown && *unknown != "0" && std::stoll(*unknown) >= options.minSessions)
            html += "<p class=\"muted\">" + page.tf("report.unknown_note", {{"n", *unknown}}) + "</p>";
    }

    if (tw) {
        std::map<std::vector<std::string>, Count> picked, heavy, decisive, steps, counters;
        if (!counts(db, count_kind::kPicked, 1, picked, why) || !counts(db, count_kind::kHeavy, 1, heavy, why) ||
            !counts(db, count_kind::kDecisive, 1, decisive, why) || !counts(db, count_kind::kStep, 1, steps, why) ||
            !counts(db, count_kind::kCounter, 1, counters, why))
            return false;
        // Rank here: by times picked, among every factor of the deck (ties share a rank).
        std::vector<long long> pickCounts;
        for (const auto& c : tw->cards)
            if (c.kind == CardKind::Factor) {
                auto it = picked.find({c.id});
                pickCounts.push_back(it == picked.end() ? 0 : it->second.n);
            }
        std::sort(pickCounts.rbegin(), pickCounts.rend());
        std::vector<const Card*> top;
        for (const auto& c : tw->cards)
            if (c.kind == CardKind::Factor && c.rank > 0) top.push_back(&c);
        std::sort(top.begin(), top.end(), [](const Card* a, const Card* b) { return a->rank < b->rank; });
        std::vector<Page::BarRow> barRows;
        std::vector<std::vector<std::string>> rows;
        auto get = [](const std::map<std::vector<std::string>, Count>& m, const std::string& k) {
            auto it = m.find({k});
            return it == m.end() ? Count{} : it->second;
        };
        for (const Card* c : top) {
            const Count p = get(picked, c->id), h = get(heavy, c->id), d = get(decisive, c->id);
            std::string here = "–";
            if (!page.hidden(p) && p.n > 0) {
                const auto pos = std::find(pickCounts.begin(), pickCounts.end(), p.n) - pickCounts.begin();
                here = num(pos + 1);
            }
            barRows.push_back({htmlEscape(c->label), num(c->rank), {p, h, d}});
            // Our short label, and the study's own name for the factor where it differs (quoted).
            const std::string name = c->sourceLabel.empty() || c->sourceLabel == c->label
                                         ? htmlEscape(c->label)
                                         : htmlEscape(c->label) + "<br><small>" +
                                               page.tf("report.study_name", {{"name", c->sourceLabel}}) + "</small>";
            rows.push_back({num(c->rank), name, here, page.shown(p), page.shown(h), page.shown(d)});
        }
        html += "<section><h2>" + page.t("report.tw_title") + "</h2><p class=\"muted\">" + page.t("report.tw_hint") +
                "</p>";
        html += page.bars({page.t("report.picked"), page.t("report.heavy"), page.t("report.decisive")}, barRows);
        html += page.table({page.t("report.rank_study"), page.t("report.factor"), page.t("report.rank_here"),
                            page.t("report.picked"), page.t("report.heavy"), page.t("report.decisive")},
                           rows, 2);
        html += "<p class=\"muted\">" + page.t("report.tw_source") + "</p></section>";

        std::vector<Page::BarRow> stepRows;
        rows.clear();
        for (const auto& c : tw->cards)
            if (c.kind == CardKind::Step) {
                const Count n = get(steps, num(c.order));
                stepRows.push_back({htmlEscape(c.label), num(c.order), {n}});
                rows.push_back({num(c.order) + " " + htmlEscape(c.label), page.shown(n)});
            }
        html += "<section><h2>" + page.t("report.steps_title") + "</h2><p class=\"muted\">" +
                page.t("report.steps_hint") + "</p>" + page.bars({page.t("report.rounds")}, stepRows) +
                page.table({page.t("report.step"), page.t("report.rounds")}, rows) + "</section>";

        std::vector<Page::BarRow> counterRows;
        rows.clear();
        for (const auto& c : tw->cards)
            if (c.kind == CardKind::Counter) {
                const Count n = get(counters, c.id);
                counterRows.push_back({htmlEscape(c.label), "", {n}});
                rows.push_back({htmlEscape(c.label), page.shown(n)});
            }
        html += "<section><h2>" + page.t("report.counter_title") + "</h2><p class=\"muted\">" +
                page.t("report.counter_hint") + "</p>" + page.bars({page.t("report.drawn")}, counterRows) +
                page.table({page.t("report.counter"), page.t("report.drawn")}, rows) + "</section>";
    }

    if (sl) {
        std::map<std::vector<std::string>, Count> chosen, kept;
        if (!counts(db, count_kind::kChosen, 2, chosen, why) || !counts(db, count_kind::kKept, 2, kept, why))
            return false;
        auto get2 = [](const std::map<std::vector<std::string>, Count>& m, const std::string& a, const std::string& b) {
            auto it = m.find({a, b});
            return it == m.end() ? Count{} : it->second;
        };
        std::vector<Page::BarRow> themeRows, keepRows;
        std::vector<std::vector<std::string>> rows, keepTable;
        for (const auto& g : sl->groups) {
            if (g.role != GroupRole::Theme) continue;
            const Count coach = get2(chosen, g.id, "coach"), seeker = get2(chosen, g.id, "jobseeker");
            themeRows.push_back({htmlEscape(g.label), "", {coach, seeker}});
            rows.push_back({htmlEscape(g.label), page.shown(coach), page.shown(seeker)});
            const Count keep = get2(kept, g.id, "keep"), change = get2(kept, g.id, "change");
            keepRows.push_back({htmlEscape(g.label), "", {keep, change}});
            keepTable.push_back({htmlEscape(g.label), page.shown(keep), page.shown(change)});
        }
        html += "<section><h2>" + page.t("report.sl_title") + "</h2><p class=\"muted\">" + page.t("report.sl_hint") +
                "</p>" + page.bars({page.t("report.coach"), page.t("report.jobseeker")}, themeRows) +
                page.table({page.t("report.theme"), page.t("report.coach"), page.t("report.jobseeker")}, rows) +
                "</section>";
        html += "<section><h2>" + page.t("report.keep_title") + "</h2><p class=\"muted\">" +
                page.t("report.keep_hint") + "</p>" +
                page.bars({page.t("report.keep"), page.t("report.change")}, keepRows) +
                page.table({page.t("report.theme"), page.t("report.keep"), page.t("report.change")}, keepTable) +
                "</section>";

        // Ratings per month: the average per role, shown only for months
        // with enough rated sessions.
        std::map<std::string, std::array<std::pair<double, long long>, 2>> perMonth;  // month -> role -> (sum, n)
        if (!db.query(
                "SELECT k1, k2, total, n FROM report_counts WHERE kind = $1", {SqlValue::text(count_kind::kRating)},
                [&](const SqlRow& row) {
                    const int k = row[1].value_or("") == "coach" ? 0 : row[1].value_or("") == "jobseeker" ? 1 : -1;
                    if (k >= 0)
                        perMonth[row[0].value_or("")][static_cast<std::size_t>(k)] = {std::stod(row[2].value_or("0")),
                                                                                      std::stoll(row[3].value_or("0"))};
                    return true;
                },
                why))
            return false;
        std::vector<std::string> months;
        std::vector<std::vector<std::optional<double>>> values(2);
        rows.clear();
        for (const auto& [month, roles] : perMonth) {
            months.push_back(month);
            std::vector<std::string> row = {htmlEscape(month)};
            for (std::size_t k = 0; k < 2; ++k) {
                const auto [sum, n] = roles[k];
                if (n >= options.minSessions && n > 0) {
                    values[k].push_back(sum / static_cast<double>(n));
                    char buf[16];
                    std::snprintf(buf, sizeof buf, "%.1f", sum / static_cast<double>(n));
                    std::string v = buf;
                    std::replace(v.begin(), v.end(), '.', ',');
                    row.push_back(v);
                } else {
                    values[k].push_back(std::nullopt);
                    row.push_back(page.tf("report.fewer", {{"k", num(options.minSessions)}}));
                }
            }
            rows.push_back(row);
        }
        html += "<section><h2>" + page.t("report.rating_title") + "</h2><p class=\"muted\">" +
                page.t("report.rating_hint") + "</p>";
        html += months.empty()
                    ? "<p>" + page.t("report.no_data") + "</p>"
                    : page.lines({page.t("report.rating_coach"), page.t("report.rating_jobseeker")}, months, values);
        html += page.table({page.t("report.month"), page.t("report.rating_coach"), page.t("report.rating_jobseeker")},
                           rows) +
                "</section>";
    }

    if (options.withNotes) {
        std::vector<std::vector<std::string>> rows;
        const std::pair<const char*, const char*> sources[] = {
            {"report.note_intention", "SELECT note FROM tw_intentions WHERE note <> '' ORDER BY note"},
            {"report.note_topic", "SELECT own_topic FROM sl_moments WHERE own_topic <> '' ORDER BY own_topic"},
            {"report.note_answer", "SELECT note FROM sl_answers WHERE note <> '' ORDER BY note"},
            {"report.note_action", "SELECT note FROM sl_actions WHERE note <> '' ORDER BY note"}};
        for (const auto& [key, sql] : sources)
            if (!db.query(
                    std::string(sql) + " LIMIT 500", {},
                    [&](const SqlRow& row) {
                        rows.push_back({page.t(key), htmlEscape(row[0].value_or(""))});
                        return true;
                    },
                    why))
                return false;
        html += "<section><h2>" + page.t("report.notes_title") + "</h2><p class=\"muted\">" +
                page.t("report.notes_hint") + "</p>";
        html += rows.empty() ? "<p>" + page.t("report.notes_none") + "</p>"
                             : page.table({page.t("report.note_kind"), page.t("report.note")}, rows, 2);
        html += "</section>";
    }
    html += "<footer>" + page.t("report.footer") + "</footer></main></body></html>\n";
    return true;
}

}  // namespace samenspel::hub
