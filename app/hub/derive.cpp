#include "hub/derive.h"

#include "store/record_csv.h"

namespace samenspel::hub {

namespace {

using V = SqlField;  // bulk rows: views, encoded as they are added
namespace ck = count_kind;

const char* personRole(int seat) { return seat == kCoach ? "coach" : seat == kJobseeker ? "jobseeker" : "group"; }

const std::string& groupOf(const Deck& deck, const std::string& card) {
    static const std::string none;
    const Card* c = card.empty() ? nullptr : deck.card(card);
    return c ? c->group : none;
}

}  // namespace

const std::vector<std::string>& derivedTables() {
    static const std::vector<std::string> tables = {"sessions",    "seats",         "tw_rounds",  "tw_picks",
                                                    "tw_counters", "tw_intentions", "sl_moments", "sl_answers",
                                                    "sl_actions",  "sl_ratings"};
    return tables;
}

std::string monthOf(std::int64_t unixMs) { return isoDateUtc(unixMs).substr(0, 7); }

DerivedWriter::DerivedWriter(HubDb& db, const DeckCatalog& catalog)
    : db_(db),
      catalog_(catalog),
      sessions_("sessions", {"record_id", "deck_id", "deck_version", "game_kind", "app_version", "device_id", "status",
                             "started_at_ms", "ended_at_ms", "month", "seat_count", "round_count", "action_count",
                             "derived", "derive_note"}),
      seats_("seats", {"record_id", "seat", "avatar", "nickname", "role"}),
      rounds_("tw_rounds",
              {"record_id", "round_no", "inbrenger", "decisive_card", "decisive_cluster", "decisive_step"}),
      picks_("tw_picks", {"record_id", "round_no", "seat", "card", "cluster", "weight"}),
      counters_("tw_counters", {"record_id", "round_no", "n", "card"}),
      intentions_("tw_intentions", {"record_id", "seat", "note"}),
      moments_("sl_moments", {"record_id", "moment", "card", "theme", "chosen_by", "chosen_by_role", "own_topic"}),
      answers_("sl_answers", {"record_id", "moment", "question", "choice", "by_seat", "by_role", "note"}),
      actions_("sl_actions", {"record_id", "n", "card", "added_by", "added_by_role", "note"}),
      ratings_("sl_ratings", {"record_id", "seat", "role", "rating"}) {}

bool DerivedWriter::add(const Record& r, std::string* why) {
    const std::string id = r.id.hex();
    const Deck* deck = catalog_.find(r.deckId);
    std::string derived = "yes", note;
    std::optional<Game> game;
    if (!deck) {
        derived = "no-deck";
        note = "this hub has no deck '" + r.deckId + "'";
    } else if (!(game = replayRecord(*deck, r, &note))) {
        derived = "replay-failed";
        ++replayFailed_;
    }
    if (!game) ++notDerived_;
    const std::string kind = deck ? gameKindName(deck->kind) : "unknown";
    std::int64_t rounds = 0;
    const TegenwichtState* tw = game ? game->tegenwicht() : nullptr;
    const SamenleerState* sl = game ? game->samenleer() : nullptr;
    if (tw) rounds = static_cast<std::int64_t>(tw->rounds.size());
    if (sl) rounds = static_cast<std::int64_t>(sl->moments.size());
    const std::string month = monthOf(r.startedAtMs);
    if (!sessions_.add(
            db_,
            {V::text(id), V::text(r.deckId), V::text(r.deckVersion), V::text(kind), V::text(r.appVersion),
             V::text(r.deviceId), V::text(statusName(r.status)), V::integer(r.startedAtMs), V::integer(r.endedAtMs),
             V::text(month), V::integer(static_cast<std::int64_t>(r.setup.seats.size())), V::integer(rounds),
             V::integer(static_cast<std::int64_t>(r.log.size())), V::text(derived), V::text(note)},
            why))
        return false;
    tally_.count(ck::kMonthDeck, month, r.deckId);
    tally_.count(ck::kGameKind, kind);
    for (std::size_t s = 0; s < r.setup.seats.size(); ++s) {
        const std::string role = sl ? personRole(static_cast<int>(s)) : tw ? "participant" : "";
        if (!seats_.add(db_,
                        {V::text(id), V::integer(static_cast<std::int64_t>(s)), V::text(r.setup.seats[s].avatar),
                         V::text(r.setup.seats[s].nickname), V::text(role)},
                        why))
            return false;
    }
    if (tw) {
        for (const auto& round : tw->rounds) {
            const bool decided = round.decided();
            if (decided) {
                if (!round.decisiveCard.empty()) tally_.count(ck::kDecisive, round.decisiveCard);
                tally_.count(ck::kStep, std::to_string(round.decisiveStep));
            }
            if (!rounds_.add(db_,
                             {V::text(id), V::integer(round.number), V::integer(round.inbrenger),
                              decided ? V::text(round.decisiveCard) : V::null(),
                              decided ? V::text(groupOf(*deck, round.decisiveCard)) : V::null(),
                              decided ? V::integer(round.decisiveStep) : V::null()},
                             why))
                return false;
            for (const auto& c : round.revealed) {
                const std::string weight = weightCode(c.weight);
                tally_.count(ck::kPicked, c.card);
                if (weight == "heavy") tally_.count(ck::kHeavy, c.card);
                if (!picks_.add(db_,
                                {V::text(id), V::integer(round.number), V::integer(c.seat), V::text(c.card),
                                 V::text(groupOf(*deck, c.card)), V::text(weight)},
                                why))
                    return false;
            }
            for (std::size_t n = 0; n < round.counterCards.size(); ++n) {
                tally_.count(ck::kCounter, round.counterCards[n]);
                if (!counters_.add(db_,
                                   {V::text(id), V::integer(round.number), V::integer(static_cast<std::int64_t>(n)),
                                    V::text(round.counterCards[n])},
                                   why))
                    return false;
            }
        }
        for (std::size_t s = 0; s < tw->intentions.size(); ++s)
            if (!tw->intentions[s].empty() &&
                !intentions_.add(
                    db_, {V::text(id), V::integer(static_cast<std::int64_t>(s)), V::text(tw->intentions[s])}, why))
                return false;
    }
    if (sl) {
        static const char* letters[kQuestions] = {"A", "B", "C"};
        for (std::size_t i = 0; i < sl->moments.size(); ++i) {
            const auto& m = sl->moments[i];
            const auto moment = static_cast<std::int64_t>(i) + 1;
            const std::string& theme = groupOf(*deck, m.card);
            tally_.count(ck::kChosen, theme, personRole(m.pickedBy));
            if (!moments_.add(db_,
                              {V::text(id), V::integer(moment), V::text(m.card), V::text(theme), V::integer(m.pickedBy),
                               V::text(personRole(m.pickedBy)), V::text(m.ownTopic)},
                              why))
                return false;
            for (int q = 0; q < kQuestions; ++q) {
                const auto& a = m.answers[q];
                if (a.choice == AnswerChoice::None && a.note.empty()) continue;
                const std::string choice = choiceCode(a.choice);
                if (!choice.empty()) tally_.count(ck::kKept, theme, choice);
                if (!answers_.add(db_,
                                  {V::text(id), V::integer(moment), V::text(letters[q]), V::text(choice),
                                   V::integer(a.by), V::text(personRole(a.by)), V::text(a.note)},
                                  why))
                    return false;
            }
        }
        for (std::size_t n = 0; n < sl->actions.size(); ++n) {
            const auto& a = sl->actions[n];
            if (!actions_.add(db_,
                              {V::text(id), V::integer(static_cast<std::int64_t>(n)), V::text(a.card),
                               V::integer(a.addedBy), V::text(personRole(a.addedBy)), V::text(a.text)},
                              why))
                return false;
        }
        for (int s = 0; s < 2; ++s) {
            if (sl->ratings[s] <= 0) continue;
            tally_.count(ck::kRating, month, personRole(s), sl->ratings[s]);
            if (!ratings_.add(db_, {V::text(id), V::integer(s), V::text(personRole(s)), V::integer(sl->ratings[s])},
                              why))
                return false;
        }
    }
    tally_.endRecord();
    return true;
}

bool DerivedWriter::flush(std::string* why) {
    for (RowBatch* b :
         {&sessions_, &seats_, &rounds_, &picks_, &counters_, &intentions_, &moments_, &answers_, &actions_, &ratings_})
        if (!b->flush(why)) return false;
    return tally_.flush(db_, why);
}

bool DerivedWriter::remove(const std::string& recordId, std::string* why) {
    if (!subtractFromReportCounts(db_, recordId, why)) return false;
    for (const auto& t : derivedTables())
        if (!db_.run("DELETE FROM " + t + " WHERE record_id = $1", {SqlValue::text(recordId)}, why)) return false;
    return true;
}

}  // namespace samenspel::hub
