#include "reflectie_game.h"

#include <algorithm>

namespace samenspel {

bool ReflectieRound::operator==(const ReflectieRound& o) const {
    return number == o.number && leader == o.leader && proposals == o.proposals && inbrenger == o.inbrenger &&
           form == o.form && dealt == o.dealt && asked == o.asked && factors == o.factors && revealed == o.revealed &&
           prompts == o.prompts && norm == o.norm && model == o.model && stanceNow == o.stanceNow &&
           stanceWant == o.stanceWant && strengths == o.strengths && voornemen == o.voornemen &&
           learnings == o.learnings;
}

bool ReflectieState::operator==(const ReflectieState& o) const {
    return setup == o.setup && rng == o.rng && phase == o.phase && abandoned == o.abandoned && series == o.series &&
           theme == o.theme && agreed == o.agreed && perspectivePile == o.perspectivePile && rounds == o.rounds;
}

namespace {

constexpr std::size_t kWordChars = 40;  // a situation named in a word or a few

Verdict inPhase(const ReflectieState& s, ReflectiePhase p, const char* what) {
    if (s.phase == p) return Verdict::yes();
    return Verdict::no(std::string(what) + " is not possible in this step of the session");
}

bool isSeat(const ReflectieState& s, int seat) { return seat >= 0 && static_cast<std::size_t>(seat) < s.seatCount(); }

bool contains(const std::vector<std::int16_t>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// A card with optional words: the card must be of `kind`, the words short.
Verdict checkNote(const Deck& deck, const Action& a, CardKind kind, const char* what) {
    if (!deck.isKind(a.card, kind)) return Verdict::no("'" + a.card + "' is not a " + what + " card");
    return checkText(a.text, limits::kNoteChars, what);
}

std::int16_t leaderFor(const ReflectieState& s, std::uint16_t number) {
    if (s.series != ReflectieSeries::C) return kOutsideLeader;
    return static_cast<std::int16_t>((s.setup.firstSeat + number - 1) % s.seatCount());
}

void beginRound(ReflectieState& s, std::uint16_t number) {
    ReflectieRound r;
    r.number = number;
    r.leader = leaderFor(s, number);
    s.rounds.push_back(std::move(r));
    s.phase = ReflectiePhase::Proposing;
}

void dealPerspectives(const Deck& deck, ReflectieState& s) {
    auto& r = s.rounds.back();
    for (auto seat : questioners(s)) {
        if (s.perspectivePile.empty()) {
            s.perspectivePile = deck.idsOfKind(CardKind::Perspective);
            shuffleInPlace(s.perspectivePile, s.rng);
        }
        r.dealt.push_back({seat, s.perspectivePile.back()});
        s.perspectivePile.pop_back();
    }
}

Verdict applyOpening(const Deck& deck, ReflectieState& s, const Action& a, ReflectieMove move) {
    if (auto v = inPhase(s, ReflectiePhase::Opening, "opening"); !v) return v;
    if (a.round != 0) return Verdict::no("the opening is not part of a round");
    switch (move) {
    case ReflectieMove::ChooseSeries: {
        if (s.agreed) return Verdict::no("the series is fixed once the agreements are read");
        if (a.value < 0 || a.value > static_cast<int>(ReflectieSeries::C))
            return Verdict::no("the series must be A, B or C");
        s.series = static_cast<ReflectieSeries>(a.value);
        // A theme the new series does not offer is put back.
        const auto themes = themesForSeries(deck, s.series);
        if (std::none_of(themes.begin(), themes.end(), [&](const Card* c) { return c->id == s.theme; }))
            s.theme.clear();
        return Verdict::yes();
    }
    case ReflectieMove::ChooseTheme: {
        if (s.agreed) return Verdict::no("the theme is fixed once the agreements are read");
        const auto themes = themesForSeries(deck, s.series);
        if (std::none_of(themes.begin(), themes.end(), [&](const Card* c) { return c->id == a.card; }))
            return Verdict::no("'" + a.card + "' is not a theme of this series");
        s.theme = a.card;
        return Verdict::yes();
    }
    case ReflectieMove::Agree:
        if (s.theme.empty()) return Verdict::no("choose a theme first");
        if (s.agreed) return Verdict::no("the agreements are read already");
        s.agreed = true;
        return Verdict::yes();
    case ReflectieMove::ReadKnowledge:
        if (!s.agreed) return Verdict::no("read the agreements first");
        beginRound(s, 1);
        return Verdict::yes();
    default: return Verdict::no("not an opening move");
    }
}

}  // namespace

std::vector<const Card*> themesForSeries(const Deck& deck, ReflectieSeries series) {
    auto themes = deck.cardsOfKind(CardKind::Theme);
    if (series == ReflectieSeries::A) {
        const int inA = deck.rule("themesInA", static_cast<int>(themes.size()));
        themes.erase(std::remove_if(themes.begin(), themes.end(), [&](const Card* c) { return c->order >= inA; }),
                     themes.end());
    }
    return themes;
}

std::string themeGroup(const Deck& deck, const ReflectieState& s) {
    const Card* c = deck.card(s.theme);
    return c ? c->group : std::string();
}

const Card* knowledgeCard(const Deck& deck, const ReflectieState& s) {
    const std::string g = themeGroup(deck, s);
    for (const Card* c : deck.cardsOfKind(CardKind::Knowledge))
        if (c->group == g) return c;
    return nullptr;
}

namespace {
std::vector<const Card*> inGroup(const Deck& deck, CardKind kind, const std::string& group) {
    std::vector<const Card*> out;
    for (const Card* c : deck.cardsOfKind(kind))
        if (c->group == group) out.push_back(c);
    return out;
}
}  // namespace

ModelShape modelShape(const Deck& deck, const ReflectieState& s) {
    return inGroup(deck, CardKind::Stance, themeGroup(deck, s)).empty() ? ModelShape::Scale : ModelShape::Triangle;
}

std::vector<const Card*> modelCards(const Deck& deck, const ReflectieState& s) {
    const std::string g = themeGroup(deck, s);
    return modelShape(deck, s) == ModelShape::Triangle ? inGroup(deck, CardKind::Stance, g)
                                                       : inGroup(deck, CardKind::Model, g);
}

std::vector<std::int16_t> proposers(const ReflectieState& s) {
    std::vector<std::int16_t> out;
    const int leader = s.rounds.empty() ? kOutsideLeader : s.current().leader;
    for (std::size_t i = 0; i < s.seatCount(); ++i)
        if (static_cast<int>(i) != leader) out.push_back(static_cast<std::int16_t>(i));
    return out;
}

std::vector<std::int16_t> questioners(const ReflectieState& s) {
    std::vector<std::int16_t> out;
    if (s.rounds.empty() || !s.current().chosen()) return out;
    const auto& r = s.current();
    const auto n = static_cast<int>(s.seatCount());
    for (int k = 1; k < n; ++k) {
        const int seat = (r.inbrenger + k) % n;
        if (seat != r.leader) out.push_back(static_cast<std::int16_t>(seat));
    }
    return out;
}

std::vector<std::int16_t> otherSeats(const ReflectieState& s) {
    std::vector<std::int16_t> out;
    const int inbrenger = s.rounds.empty() ? -1 : s.current().inbrenger;
    for (std::size_t i = 0; i < s.seatCount(); ++i)
        if (static_cast<int>(i) != inbrenger) out.push_back(static_cast<std::int16_t>(i));
    return out;
}

int questionerOnTurn(const ReflectieState& s) {
    if (s.rounds.empty() || s.phase != ReflectiePhase::Questioning) return -1;
    const auto& r = s.current();
    return r.asked < r.dealt.size() ? r.dealt[r.asked].seat : -1;
}

std::vector<std::int16_t> seatsStillToNote(const ReflectieState& s) {
    std::vector<std::int16_t> out;
    for (auto seat : questioners(s))
        if (!s.current().factors.count(seat)) out.push_back(seat);
    return out;
}

std::vector<const Card*> promptsFor(const Deck& deck, const ReflectieState& s) {
    auto all = deck.cardsOfKind(CardKind::Prompt);
    if (s.series == ReflectieSeries::C || all.empty()) return all;
    return {all.front()};  // order 0: "nog geen oplossingen"
}

bool canPlayPrompt(const Deck& deck, const ReflectieState& s, const std::string& card) {
    if (s.phase < ReflectiePhase::Telling || s.phase > ReflectiePhase::Closing) return false;
    const auto cards = promptsFor(deck, s);
    return std::any_of(cards.begin(), cards.end(), [&](const Card* c) { return c->id == card; });
}

std::optional<ReflectieState> startReflectie(const Deck& deck, const GameSetup& setup, std::string* why) {
    auto fail = [&](std::string m) -> std::optional<ReflectieState> {
        if (why) *why = std::move(m);
        return std::nullopt;
    };
    const auto minSeats = static_cast<std::size_t>(deck.rule("minSeats", 3));
    const auto maxSeats = std::min<std::size_t>(deck.rule("maxSeats", 8), limits::kMaxSeats);
    const auto maxRounds = std::min<std::size_t>(deck.rule("maxRounds", 3), limits::kMaxRounds);
    if (setup.deckId != deck.id) return fail("setup is for deck '" + setup.deckId + "', not '" + deck.id + "'");
    if (setup.seats.size() < minSeats || setup.seats.size() > maxSeats)
        return fail("a reflection needs " + std::to_string(minSeats) + " to " + std::to_string(maxSeats) + " seats");
    if (setup.rounds > maxRounds) return fail("at most " + std::to_string(maxRounds) + " rounds");
    if (setup.firstSeat >= setup.seats.size()) return fail("the first gespreksleider must be one of the seats");
    for (const auto& seat : setup.seats) {
        if (seat.avatar.empty() || seat.avatar.size() > limits::kIdBytes) return fail("every seat needs an avatar");
        if (auto v = checkText(seat.nickname, limits::kNicknameChars, "nickname"); !v) return fail(v.reason);
    }
    if (deck.idsOfKind(CardKind::Perspective).empty()) return fail("the deck has no perspective cards");
    if (themesForSeries(deck, ReflectieSeries::A).empty()) return fail("the deck has no theme cards");
    if (auto v = checkTimers(setup); !v) return fail(v.reason);
    ReflectieState s;
    s.setup = setup;
    s.rng = Rng(setup.seed);
    s.perspectivePile = deck.idsOfKind(CardKind::Perspective);
    shuffleInPlace(s.perspectivePile, s.rng);
    return s;
}

Verdict applyReflectie(const Deck& deck, ReflectieState& s, const Action& a) {
    if (s.finished()) return Verdict::no("the session has ended");
    const auto move = static_cast<ReflectieMove>(a.type);
    if (move == ReflectieMove::Abandon) {
        s.abandoned = true;
        s.phase = ReflectiePhase::Finished;
        return Verdict::yes();
    }
    if (move >= ReflectieMove::ChooseSeries && move <= ReflectieMove::ReadKnowledge)
        return applyOpening(deck, s, a, move);
    if (move == ReflectieMove::Finish) {
        if (auto v = inPhase(s, ReflectiePhase::Closing, "finishing"); !v) return v;
        if (s.current().voornemen.empty()) return Verdict::no("the inbrenger names a voornemen first");
        if (s.rounds.size() < s.plannedRounds()) return Verdict::no("there are rounds left: go to the next round");
        s.phase = ReflectiePhase::Finished;
        return Verdict::yes();
    }
    if (a.type < static_cast<std::uint16_t>(ReflectieMove::Propose) ||
        a.type > static_cast<std::uint16_t>(ReflectieMove::NextRound))
        return Verdict::no("unknown Reflectie action " + std::to_string(a.type));
    if (s.rounds.empty()) return Verdict::no("the session has not opened yet");
    if (a.round != s.current().number)
        return Verdict::no("action is for round " + std::to_string(a.round) + " but the session is in round " +
                           std::to_string(s.current().number));
    auto& r = s.rounds.back();
    const bool inbrengerActs = a.seat == r.inbrenger;

    switch (move) {
    case ReflectieMove::Propose: {
        if (auto v = inPhase(s, ReflectiePhase::Proposing, "naming a situation"); !v) return v;
        if (!contains(proposers(s), a.seat))
            return Verdict::no("only a seat other than the gespreksleider can bring in");
        if (a.value != 0 && a.value != 1) return Verdict::no("the form must be hard or a success");
        if (a.card.empty() && a.text.empty()) return Verdict::no("name the situation in a word or a pictogram");
        if (!a.card.empty() && !deck.isKind(a.card, CardKind::Situation))
            return Verdict::no("'" + a.card + "' is not a situation card");
        if (auto v = checkText(a.text, kWordChars, "situation"); !v) return v;
        const Proposal p{a.seat, static_cast<ReflectieForm>(a.value), a.card, a.text};
        auto it = std::find_if(r.proposals.begin(), r.proposals.end(), [&](const auto& x) { return x.seat == a.seat; });
        if (it != r.proposals.end()) {
            *it = p;  // again: this seat changes its situation
            return Verdict::yes();
        }
        const auto maxProposals = static_cast<std::size_t>(deck.rule("maxProposals", 3));
        if (r.proposals.size() >= maxProposals)
            return Verdict::no("at most " + std::to_string(maxProposals) + " situations are named");
        r.proposals.push_back(p);
        return Verdict::yes();
    }
    case ReflectieMove::Withdraw: {
        if (auto v = inPhase(s, ReflectiePhase::Proposing, "taking a situation back"); !v) return v;
        auto it = std::find_if(r.proposals.begin(), r.proposals.end(), [&](const auto& x) { return x.seat == a.seat; });
        if (it == r.proposals.end()) return Verdict::no("this seat has named no situation");
        r.proposals.erase(it);
        return Verdict::yes();
    }
    case ReflectieMove::ChooseInbreng: {
        if (auto v = inPhase(s, ReflectiePhase::Proposing, "choosing the inbreng"); !v) return v;
        const auto minProposals = static_cast<std::size_t>(deck.rule("minProposals", 2));
        if (r.proposals.size() < minProposals)
            return Verdict::no("at least " + std::to_string(minProposals) + " situations are named first");
        if (a.value < 0 || static_cast<std::size_t>(a.value) >= r.proposals.size())
            return Verdict::no("there is no such situation");
        if (r.proposals[a.value].seat != a.seat)
            return Verdict::no("the list has changed: situation " + std::to_string(a.value + 1) +
                               " is not of this seat");
        r.inbrenger = a.seat;
        r.form = r.proposals[a.value].form;
        s.phase = ReflectiePhase::Telling;
        return Verdict::yes();
    }
    case ReflectieMove::StartQuestioning: {
        if (auto v = inPhase(s, ReflectiePhase::Telling, "starting the questions"); !v) return v;
        if (r.form == ReflectieForm::Hard) dealPerspectives(deck, s);
        s.phase = ReflectiePhase::Questioning;
        return Verdict::yes();
    }
    case ReflectieMove::Asked: {
        if (auto v = inPhase(s, ReflectiePhase::Questioning, "asking"); !v) return v;
        if (r.form != ReflectieForm::Hard) return Verdict::no("in a success everyone asks freely");
        const int onTurn = questionerOnTurn(s);
        if (onTurn < 0) return Verdict::no("everyone has asked");
        if (a.seat != onTurn) return Verdict::no("it is another questioner's turn");
        ++r.asked;
        return Verdict::yes();
    }
    case ReflectieMove::PlayPrompt: {
        if (!deck.isKind(a.card, CardKind::Prompt)) return Verdict::no("'" + a.card + "' is not a facilitator card");
        if (!canPlayPrompt(deck, s, a.card))
            return Verdict::no("this facilitator card cannot be played in this series or step");
        if (r.prompts.size() >= limits::kMaxRounds * 4) return Verdict::no("too many facilitator cards in one round");
        r.prompts.push_back(a.card);
        return Verdict::yes();
    }
    case ReflectieMove::NoteFactor: {
        if (auto v = inPhase(s, ReflectiePhase::Questioning, "noting a success factor"); !v) return v;
        if (r.form != ReflectieForm::Success) return Verdict::no("success factors belong to a success");
        if (r.revealed) return Verdict::no("the factors are revealed already");
        if (!contains(questioners(s), a.seat)) return Verdict::no("only a questioner notes success factors");
        if (auto v = checkNote(deck, a, CardKind::Strength, "success factor"); !v) return v;
        r.factors[a.seat] = {a.card, a.text};
        return Verdict::yes();
    }
    case ReflectieMove::RevealFactors: {
        if (auto v = inPhase(s, ReflectiePhase::Questioning, "revealing"); !v) return v;
        if (r.form != ReflectieForm::Success) return Verdict::no("success factors belong to a success");
        if (r.revealed) return Verdict::no("the factors are revealed already");
        if (!seatsStillToNote(s).empty()) return Verdict::no("every questioner notes a factor first");
        r.revealed = true;
        return Verdict::yes();
    }
    case ReflectieMove::FinishQuestioning: {
        if (auto v = inPhase(s, ReflectiePhase::Questioning, "ending the questions"); !v) return v;
        if (r.form == ReflectieForm::Hard && questionerOnTurn(s) >= 0)
            return Verdict::no("every questioner asks first");
        if (r.form == ReflectieForm::Success && !r.revealed) return Verdict::no("reveal the success factors first");
        s.phase = s.series == ReflectieSeries::A ? ReflectiePhase::Modelling : ReflectiePhase::Deepening;
        return Verdict::yes();
    }
    case ReflectieMove::NameNorm: {
        if (auto v = inPhase(s, ReflectiePhase::Deepening, "naming a norm"); !v) return v;
        if (!a.card.empty() && !deck.isKind(a.card, CardKind::Norm))
            return Verdict::no("'" + a.card + "' is not a norm card");
        r.norm = a.card;
        return Verdict::yes();
    }
    case ReflectieMove::FinishDeepening:
        if (auto v = inPhase(s, ReflectiePhase::Deepening, "ending the deepening"); !v) return v;
        s.phase = ReflectiePhase::Modelling;
        return Verdict::yes();
    case ReflectieMove::PlaceModel: {
        if (auto v = inPhase(s, ReflectiePhase::Modelling, "placing on the model"); !v) return v;
        if (modelShape(deck, s) != ModelShape::Scale) return Verdict::no("this theme places a token on the triangle");
        const auto cards = modelCards(deck, s);
        if (std::none_of(cards.begin(), cards.end(), [&](const Card* c) { return c->id == a.card; }))
            return Verdict::no("'" + a.card + "' is not part of this theme's model");
        if (a.value < kModelMin || a.value > kModelMax) return Verdict::no("the place must be 1, 2 or 3");
        r.model[a.card] = a.value;
        return Verdict::yes();
    }
    case ReflectieMove::PlaceStance: {
        if (auto v = inPhase(s, ReflectiePhase::Modelling, "placing a token"); !v) return v;
        if (modelShape(deck, s) != ModelShape::Triangle) return Verdict::no("this theme has no triangle");
        if (!deck.isKind(a.card, CardKind::Stance)) return Verdict::no("'" + a.card + "' is not a stance card");
        if (a.value != 0 && a.value != 1) return Verdict::no("the token is where you stood (0) or want to stand (1)");
        (a.value == 0 ? r.stanceNow : r.stanceWant) = a.card;
        return Verdict::yes();
    }
    case ReflectieMove::FinishModel:
        if (auto v = inPhase(s, ReflectiePhase::Modelling, "ending the model"); !v) return v;
        if (r.model.empty() && r.stanceNow.empty()) return Verdict::no("the inbrenger places the approach first");
        s.phase = ReflectiePhase::Appreciating;
        return Verdict::yes();
    case ReflectieMove::NameStrength: {
        if (auto v = inPhase(s, ReflectiePhase::Appreciating, "naming a strength"); !v) return v;
        if (!isSeat(s, a.seat) || inbrengerActs) return Verdict::no("the others name the strengths they heard");
        if (auto v = checkNote(deck, a, CardKind::Strength, "strength"); !v) return v;
        r.strengths[a.seat] = {a.card, a.text};
        return Verdict::yes();
    }
    case ReflectieMove::FinishAppreciation:
        if (auto v = inPhase(s, ReflectiePhase::Appreciating, "ending the appreciation"); !v) return v;
        if (r.strengths.size() < otherSeats(s).size()) return Verdict::no("everyone names a strength first");
        s.phase = ReflectiePhase::Closing;
        return Verdict::yes();
    case ReflectieMove::SetVoornemen: {
        if (auto v = inPhase(s, ReflectiePhase::Closing, "naming a voornemen"); !v) return v;
        if (!inbrengerActs) return Verdict::no("only the inbrenger names a voornemen");
        if (auto v = checkNote(deck, a, CardKind::Action, "voornemen"); !v) return v;
        r.voornemen = {a.card, a.text};
        return Verdict::yes();
    }
    case ReflectieMove::AddLearning: {
        if (auto v = inPhase(s, ReflectiePhase::Closing, "naming what you learn"); !v) return v;
        if (!isSeat(s, a.seat) || inbrengerActs) return Verdict::no("the others say what they learn");
        if (auto v = checkNote(deck, a, CardKind::Learning, "learning"); !v) return v;
        r.learnings[a.seat] = {a.card, a.text};
        return Verdict::yes();
    }
    case ReflectieMove::NextRound:
        if (auto v = inPhase(s, ReflectiePhase::Closing, "the next round"); !v) return v;
        if (r.voornemen.empty()) return Verdict::no("the inbrenger names a voornemen first");
        if (s.rounds.size() >= s.plannedRounds()) return Verdict::no("this was the last round");
        beginRound(s, static_cast<std::uint16_t>(r.number + 1));
        return Verdict::yes();
    default: break;
    }
    return Verdict::no("unknown Reflectie action " + std::to_string(a.type));
}

namespace rf {
Action chooseSeries(ReflectieSeries series) {
    return makeAction(ReflectieMove::ChooseSeries, 0, -1, {}, static_cast<int>(series));
}
Action chooseTheme(std::string card) { return makeAction(ReflectieMove::ChooseTheme, 0, -1, std::move(card)); }
Action agree() { return makeAction(ReflectieMove::Agree); }
Action readKnowledge() { return makeAction(ReflectieMove::ReadKnowledge); }
Action propose(std::uint16_t round, int seat, ReflectieForm form, std::string card, std::string text) {
    return makeAction(ReflectieMove::Propose, round, seat, std::move(card), static_cast<int>(form), std::move(text));
}
Action withdraw(std::uint16_t round, int seat) { return makeAction(ReflectieMove::Withdraw, round, seat); }
Action chooseInbreng(std::uint16_t round, int index, int seat) {
    return makeAction(ReflectieMove::ChooseInbreng, round, seat, {}, index);
}
Action startQuestioning(std::uint16_t round) { return makeAction(ReflectieMove::StartQuestioning, round); }
Action asked(std::uint16_t round, int seat) { return makeAction(ReflectieMove::Asked, round, seat); }
Action playPrompt(std::uint16_t round, std::string card) {
    return makeAction(ReflectieMove::PlayPrompt, round, -1, std::move(card));
}
Action noteFactor(std::uint16_t round, int seat, std::string card, std::string text) {
    return makeAction(ReflectieMove::NoteFactor, round, seat, std::move(card), 0, std::move(text));
}
Action revealFactors(std::uint16_t round) { return makeAction(ReflectieMove::RevealFactors, round); }
Action finishQuestioning(std::uint16_t round) { return makeAction(ReflectieMove::FinishQuestioning, round); }
Action nameNorm(std::uint16_t round, std::string card) {
    return makeAction(ReflectieMove::NameNorm, round, -1, std::move(card));
}
Action finishDeepening(std::uint16_t round) { return makeAction(ReflectieMove::FinishDeepening, round); }
Action placeModel(std::uint16_t round, std::string card, int value) {
    return makeAction(ReflectieMove::PlaceModel, round, -1, std::move(card), value);
}
Action placeStance(std::uint16_t round, std::string card, bool wanted) {
    return makeAction(ReflectieMove::PlaceStance, round, -1, std::move(card), wanted ? 1 : 0);
}
Action finishModel(std::uint16_t round) { return makeAction(ReflectieMove::FinishModel, round); }
Action nameStrength(std::uint16_t round, int seat, std::string card, std::string text) {
    return makeAction(ReflectieMove::NameStrength, round, seat, std::move(card), 0, std::move(text));
}
Action finishAppreciation(std::uint16_t round) { return makeAction(ReflectieMove::FinishAppreciation, round); }
Action setVoornemen(std::uint16_t round, int seat, std::string card, std::string text) {
    return makeAction(ReflectieMove::SetVoornemen, round, seat, std::move(card), 0, std::move(text));
}
Action addLearning(std::uint16_t round, int seat, std::string card, std::string text) {
    return makeAction(ReflectieMove::AddLearning, round, seat, std::move(card), 0, std::move(text));
}
Action nextRound(std::uint16_t round) { return makeAction(ReflectieMove::NextRound, round); }
Action finish() { return makeAction(ReflectieMove::Finish); }
Action abandon() { return makeAction(ReflectieMove::Abandon); }
}  // namespace rf

}  // namespace samenspel
