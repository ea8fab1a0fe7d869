#include "hub/table_export.h"

#include "hub/report.h"
#include "store/record_csv.h"

namespace samenspel::hub {

namespace {

// One query per event; each returns record_id, deck_id, month,
// started_at_ms, status, round, seat, role, card, group, value, note.
struct EventQuery {
    const char* event;
    const char* sql;
};

const EventQuery kEvents[] = {
    {"pick",
     "SELECT s.record_id, s.deck_id, s.month, s.started_at_ms, s.status, p.round_no, p.seat, 'participant', p.card, "
     "p.cluster, p.weight, '' FROM tw_picks p JOIN sessions s ON s.record_id = p.record_id "
     "ORDER BY s.record_id, p.round_no, p.seat"},
    {"decisive",
     "SELECT s.record_id, s.deck_id, s.month, s.started_at_ms, s.status, r.round_no, r.inbrenger, 'inbrenger', "
     "r.decisive_card, r.decisive_cluster, CAST(r.decisive_step AS TEXT), '' FROM tw_rounds r "
     "JOIN sessions s ON s.record_id = r.record_id WHERE r.decisive_step IS NOT NULL ORDER BY s.record_id, r.round_no"},
    {"counter",
     "SELECT s.record_id, s.deck_id, s.month, s.started_at_ms, s.status, c.round_no, NULL, 'group', c.card, '', '', "
     "'' FROM tw_counters c JOIN sessions s ON s.record_id = c.record_id ORDER BY s.record_id, c.round_no, c.n"},
    {"intention",
     "SELECT s.record_id, s.deck_id, s.month, s.started_at_ms, s.status, NULL, i.seat, 'participant', '', '', '', "
     "i.note FROM tw_intentions i JOIN sessions s ON s.record_id = i.record_id ORDER BY s.record_id, i.seat"},
    {"moment",
     "SELECT s.record_id, s.deck_id, s.month, s.started_at_ms, s.status, m.moment, m.chosen_by, m.chosen_by_role, "
     "m.card, m.theme, '', m.own_topic FROM sl_moments m JOIN sessions s ON s.record_id = m.record_id "
     "ORDER BY s.record_id, m.moment"},
    {"answer",
     "SELECT s.record_id, s.deck_id, s.month, s.started_at_ms, s.status, a.moment, a.by_seat, a.by_role, m.card, "
     "m.theme, a.question || ':' || a.choice, a.note FROM sl_answers a JOIN sessions s ON s.record_id = a.record_id "
     "JOIN sl_moments m ON m.record_id = a.record_id AND m.moment = a.moment ORDER BY s.record_id, a.moment, "
     "a.question"},
    {"action",
     "SELECT s.record_id, s.deck_id, s.month, s.started_at_ms, s.status, NULL, a.added_by, a.added_by_role, a.card, "
     "'', '', a.note FROM sl_actions a JOIN sessions s ON s.record_id = a.record_id ORDER BY s.record_id, a.n"},
    {"rating",
     "SELECT s.record_id, s.deck_id, s.month, s.started_at_ms, s.status, NULL, r.seat, r.role, '', '', "
     "CAST(r.rating AS TEXT), '' FROM sl_ratings r JOIN sessions s ON s.record_id = r.record_id "
     "ORDER BY s.record_id, r.seat"},
};

const char* const kColumns[] = {"sessie",
                                "spel",
                                "maand",
                                "datum",
                                "status",
                                "ronde",
                                "stoel",
                                "rol",
                                "rol_label",
                                "gebeurtenis",
                                "gebeurtenis_label",
                                "kaart",
                                "kaart_label",
                                "groep",
                                "groep_label",
                                "waarde",
                                "waarde_label",
                                "notitie"};

std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else out += static_cast<char>(c);
    }
    return out + "\"";
}

class Labels {
public:
    Labels(const DeckCatalog& decks, const Words& words) : decks_(decks), words_(words) {}
    std::string word(const std::string& area, const std::string& code) const {
        const std::string key = "export." + area + "_" + code;
        return words_.has(key) ? words_.text(key) : std::string();
    }
    std::string card(const std::string& deckId, const std::string& id) const {
        const Deck* d = decks_.find(deckId);
        const Card* c = d && !id.empty() ? d->card(id) : nullptr;
        return c ? c->label : std::string();
    }
    std::string group(const std::string& deckId, const std::string& id) const {
        if (const Deck* d = decks_.find(deckId))
            for (const auto& g : d->groups)
                if (g.id == id) return g.label;
        return {};
    }
    std::string step(const std::string& deckId, const std::string& value) const {
        if (const Deck* d = decks_.find(deckId))
            for (const auto& c : d->cards)
                if (c.kind == CardKind::Step && std::to_string(c.order) == value) return c.label;
        return {};
    }

private:
    const DeckCatalog& decks_;
    const Words& words_;
};

}  // namespace

std::string excelField(const std::string& value, bool freeText) {
    std::string v = value;
    if (freeText && !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v.insert(0, "'");
    if (v.find_first_of(";\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

bool exportTables(HubDb& db, const DeckCatalog& decks, const Words& words, TableFormat format, bool withNotes,
                  const std::function<bool(const std::string&)>& write, std::size_t& rows, std::string* why) {
    const Labels labels(decks, words);
    const std::size_t columns = sizeof kColumns / sizeof kColumns[0];
    std::string buffer;
    bool writeOk = true;
    auto flush = [&] {
        if (writeOk && !buffer.empty()) writeOk = write(buffer);
        buffer.clear();
        return writeOk;
    };
    if (format == TableFormat::Csv) {
        buffer = "\xEF\xBB\xBF";  // Excel reads UTF-8 only with a byte order mark
        for (std::size_t c = 0; c < columns; ++c) buffer += std::string(c ? ";" : "") + kColumns[c];
        buffer += "\r\n";
    } else {
        buffer = "{\"rows\": [";
    }
    rows = 0;
    for (const auto& q : kEvents) {
        const std::string eventCode = q.event;
        const bool ok = db.query(
            q.sql, {},
            [&](const SqlRow& r) {
                auto col = [&](std::size_t i) { return r[i].value_or(""); };
                const std::string deck = col(1), card = col(8), group = col(9), role = col(7);
                std::string value = col(10), valueLabel, event = eventCode;
                if (event == "pick") valueLabel = labels.word("weight", value);
                if (event == "decisive") {
                    valueLabel = labels.step(deck, value);
                    if (card.empty()) event = "decisive-none";
                }
                if (event == "answer") {
                    const auto colon = value.find(':');
                    const std::string choice = colon == std::string::npos ? "" : value.substr(colon + 1);
                    if (choice.empty()) value = value.substr(0, colon);
                    valueLabel = labels.word("choice", choice);
                }
                std::string eventKey = event;
                for (char& ch : eventKey)
                    if (ch == '-') ch = '_';
                const std::string note = withNotes ? col(11) : std::string();
                const std::string fields[] = {col(0),
                                              deck,
                                              col(2),
                                              isoDateUtc(std::stoll(col(3).empty() ? "0" : col(3))),
                                              col(4),
                                              col(5),
                                              r[6] ? std::to_string(std::stoll(*r[6]) + 1) : std::string(),
                                              role,
                                              labels.word("role", role),
                                              event,
                                              labels.word("event", eventKey),
                                              card,
                                              labels.card(deck, card),
                                              group,
                                              labels.group(deck, group),
                                              value,
                                              valueLabel,
                                              note};
                if (format == TableFormat::Csv) {
                    for (std::size_t c = 0; c < columns; ++c)
                        buffer += (c ? ";" : "") + excelField(fields[c], c == columns - 1);
                    buffer += "\r\n";
                } else {
                    buffer += rows ? ",\n{" : "\n{";
                    for (std::size_t c = 0; c < columns; ++c)
                        buffer += (c ? ", " : "") + jsonString(kColumns[c]) + ": " + jsonString(fields[c]);
                    buffer += "}";
                }
                ++rows;
                return buffer.size() < (1u << 20) || flush();
            },
            why);
        if (!ok) return false;
        if (!writeOk) break;
    }
    if (format == TableFormat::Json) buffer += "\n]}\n";
    if (!flush()) {
        if (why) *why = "cannot write the export (disk full?)";
        return false;
    }
    return true;
}

}  // namespace samenspel::hub
