#include "store/record_csv.h"

#include <cstdio>

namespace samenspel {

namespace {

class RowWriter {
public:
    RowWriter(const Deck& deck, const Record& r) : deck_(deck), r_(r) {
        prefix_ = csvField(r.deckId) + "," + csvField(r.deckVersion) + "," + r.id.hex() + "," +
                  isoDateUtc(r.startedAtMs) + "," + statusName(r.status) + ",";
    }

    // role: what the seat was in this row: inbrenger / participant in a
    // Tegenwicht round, coach / jobseeker in a Samenleergesprek, group.
    void row(int round, int seat, const char* role, const char* event, const std::string& card,
             const std::string& value, const std::string& note = {}) {
        const Card* c = card.empty() ? nullptr : deck_.card(card);
        const bool isSeat = seat >= 0 && static_cast<std::size_t>(seat) < r_.setup.seats.size();
        out_ += prefix_;
        out_ += (round > 0 ? std::to_string(round) : std::string()) + ",";
        out_ += (isSeat ? std::to_string(seat + 1) : std::string()) + ",";
        out_ += (isSeat ? csvField(r_.setup.seats[seat].avatar) : std::string()) + ",";
        out_ += std::string(role) + ",";
        out_ += std::string(event) + "," + csvField(card) + "," + csvField(c ? c->group : std::string()) + ",";
        out_ += csvField(value) + "," + csvField(note, true) + "\n";
    }

    std::string take() { return std::move(out_); }

private:
    const Deck& deck_;
    const Record& r_;
    std::string prefix_, out_;
};

void tegenwichtRows(const TegenwichtState& s, RowWriter& w) {
    for (const auto& round : s.rounds) {
        for (const auto& c : round.revealed)
            w.row(round.number, c.seat, "participant", "pick", c.card, weightCode(c.weight));
        // "Geen van deze": the decisive row with an empty card.
        if (round.decided())
            w.row(round.number, round.inbrenger, "inbrenger", round.noneDecisive() ? "decisive-none" : "decisive",
                  round.decisiveCard, std::to_string(round.decisiveStep));
        for (const auto& c : round.counterCards) w.row(round.number, -1, "group", "counter", c, "");
    }
    for (std::size_t seat = 0; seat < s.intentions.size(); ++seat)
        if (!s.intentions[seat].empty())
            w.row(0, static_cast<int>(seat), "participant", "intention", "", "", s.intentions[seat]);
}

const char* personRole(int seat) { return seat == kCoach ? "coach" : seat == kJobseeker ? "jobseeker" : "group"; }

void samenleerRows(const SamenleerState& s, RowWriter& w) {
    static const char* letters[kQuestions] = {"A", "B", "C"};
    for (std::size_t i = 0; i < s.moments.size(); ++i) {
        const auto& m = s.moments[i];
        const int moment = static_cast<int>(i) + 1;
        w.row(moment, m.pickedBy, personRole(m.pickedBy), "moment", m.card, "", m.ownTopic);
        for (int q = 0; q < kQuestions; ++q) {
            const auto& a = m.answers[q];
            if (a.choice == AnswerChoice::None && a.note.empty()) continue;
            std::string value = letters[q];
            if (a.choice != AnswerChoice::None) value += std::string(":") + choiceCode(a.choice);
            w.row(moment, a.by, personRole(a.by), "answer", m.card, value, a.note);
        }
    }
    for (const auto& a : s.actions) w.row(0, a.addedBy, personRole(a.addedBy), "action", a.card, "", a.text);
    for (int seat = 0; seat < 2; ++seat)
        if (s.ratings[seat] > 0) w.row(0, seat, personRole(seat), "rating", "", std::to_string(s.ratings[seat]));
}

// Reflectie: one row per choice, round = the reflection round; the seat
// column is empty for the gespreksleider from outside and for the group.
void reflectieRows(const ReflectieState& s, RowWriter& w) {
    w.row(0, -1, "group", "theme", s.theme, std::string(1, static_cast<char>('A' + static_cast<int>(s.series))));
    for (const auto& r : s.rounds) {
        const int n = r.number;
        auto role = [&](int seat) {
            return seat == r.inbrenger ? "inbrenger" : seat == r.leader ? "leader" : "participant";
        };
        if (r.leader >= 0) w.row(n, r.leader, "leader", "leader", "", "");
        for (const auto& p : r.proposals)
            w.row(n, p.seat, role(p.seat), "proposal", p.card, p.form == ReflectieForm::Hard ? "hard" : "success",
                  p.text);
        if (r.chosen())
            w.row(n, r.inbrenger, "inbrenger", "inbreng", "", r.form == ReflectieForm::Hard ? "hard" : "success");
        for (const auto& d : r.dealt) w.row(n, d.seat, "participant", "perspective", d.card, "");
        for (const auto& [seat, f] : r.factors)
            if (r.revealed) w.row(n, seat, "participant", "success-factor", f.card, "", f.text);
        for (const auto& p : r.prompts) w.row(n, r.leader, "leader", "prompt", p, "");
        if (!r.norm.empty()) w.row(n, r.inbrenger, "inbrenger", "norm", r.norm, "");
        for (const auto& [card, v] : r.model) w.row(n, r.inbrenger, "inbrenger", "model", card, std::to_string(v));
        if (!r.stanceNow.empty()) w.row(n, r.inbrenger, "inbrenger", "stance-now", r.stanceNow, "");
        if (!r.stanceWant.empty()) w.row(n, r.inbrenger, "inbrenger", "stance-wanted", r.stanceWant, "");
        for (const auto& [seat, k] : r.strengths) w.row(n, seat, role(seat), "strength", k.card, "", k.text);
        if (!r.voornemen.empty())
            w.row(n, r.inbrenger, "inbrenger", "voornemen", r.voornemen.card, "", r.voornemen.text);
        for (const auto& [seat, l] : r.learnings) w.row(n, seat, role(seat), "learning", l.card, "", l.text);
    }
}

}  // namespace

const char* weightCode(const std::optional<Weight>& w) {
    if (!w) return "";
    switch (*w) {
    case Weight::Heavy: return "heavy";
    case Weight::Light: return "light";
    case Weight::Unnoticed: return "unnoticed";
    }
    return "";
}

const char* choiceCode(AnswerChoice c) {
    switch (c) {
    case AnswerChoice::Keep: return "keep";
    case AnswerChoice::Change: return "change";
    case AnswerChoice::None: return "";
    }
    return "";
}

std::string csvHeader() {
    return "deck,deck_version,record_id,date,status,round,seat,avatar,role,event,card,group,value,note\n";
}

std::optional<std::string> csvRows(const Deck& deck, const Record& r, std::string* why) {
    auto game = replayRecord(deck, r, why);
    if (!game) return std::nullopt;
    RowWriter w(deck, r);
    if (const auto* t = game->tegenwicht()) tegenwichtRows(*t, w);
    if (const auto* s = game->samenleer()) samenleerRows(*s, w);
    if (const auto* s = game->reflectie()) reflectieRows(*s, w);
    return w.take();
}

std::string csvField(const std::string& value, bool freeText) {
    std::string v = value;
    if (freeText && !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v.insert(0, "'");
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string isoDateUtc(std::int64_t unixMs) {
    // A hostile record may hold any number; keep to years 1..9999.
    if (unixMs < -62135596800000LL || unixMs > 253402300799999LL) return "out-of-range";
    // Civil from days (H. Hinnant's algorithm), so no gmtime and no time zone.
    std::int64_t secs = unixMs >= 0 ? unixMs / 1000 : -((-unixMs + 999) / 1000);
    std::int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    std::int64_t rem = secs - days * 86400;
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(year),
                  static_cast<long long>(month), static_cast<long long>(day), static_cast<long long>(rem / 3600),
                  static_cast<long long>(rem % 3600 / 60), static_cast<long long>(rem % 60));
    return buf;
}

}  // namespace samenspel
