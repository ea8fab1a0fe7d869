#include "tegenwicht_game.h"

#include <algorithm>

namespace samenspel {

bool TegenwichtState::operator==(const TegenwichtState& o) const {
    return setup == o.setup && rng == o.rng && phase == o.phase && abandoned == o.abandoned && hands == o.hands &&
           drawPile == o.drawPile && discardPile == o.discardPile && counterPile == o.counterPile &&
           counterDiscard == o.counterDiscard && rounds == o.rounds && intentions == o.intentions;
}

bool TegenwichtRound::allPlaced() const {
    return !revealed.empty() &&
           std::all_of(revealed.begin(), revealed.end(), [](const auto& c) { return c.weight.has_value(); });
}

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

// Takes the top card; when the pile is empty the discards are shuffled back
// in first. Returns false when there is no card anywhere.
bool drawInto(std::vector<std::string>& pile, std::vector<std::string>& discards, Rng& rng, std::string& out) {
    if (pile.empty()) {
        if (discards.empty()) return false;
        pile.swap(discards);
        shuffleInPlace(pile, rng);
    }
    out = pile.back();
    pile.pop_back();
    return true;
}

void refillHands(TegenwichtState& s, std::size_t handSize) {
    for (auto& hand : s.hands) {
        std::string card;
        while (hand.size() < handSize && drawInto(s.drawPile, s.discardPile, s.rng, card)) hand.push_back(card);
    }
}

std::size_t effectiveHandSize(const Deck& deck, const GameSetup& setup) {
    return setup.handSize ? setup.handSize : static_cast<std::size_t>(deck.rule("handSize", 5));
}

void beginRound(TegenwichtState& s, std::uint16_t number, std::int16_t inbrenger) {
    TegenwichtRound r;
    r.number = number;
    r.inbrenger = inbrenger;
    s.rounds.push_back(std::move(r));
    s.phase = TegenwichtPhase::Picking;
}

Verdict checkRound(const TegenwichtState& s, const Action& a) {
    if (a.round != s.current().number)
        return Verdict::no("action is for round " + std::to_string(a.round) + " but the game is in round " +
                           std::to_string(s.current().number));
    return Verdict::yes();
}

Verdict checkPhase(const TegenwichtState& s, std::initializer_list<TegenwichtPhase> allowed, const char* what) {
    for (auto p : allowed)
        if (s.phase == p) return Verdict::yes();
    return Verdict::no(std::string(what) + " is not possible at this point of the round");
}

}  // namespace

std::optional<TegenwichtState> startTegenwicht(const Deck& deck, const GameSetup& setup, std::string* why) {
    auto fail = [&](std::string m) -> std::optional<TegenwichtState> {
        if (why) *why = std::move(m);
        return std::nullopt;
    };
    const auto minSeats = static_cast<std::size_t>(deck.rule("minSeats", 2));
    const auto maxSeats = std::min<std::size_t>(deck.rule("maxSeats", 8), limits::kMaxSeats);
    const auto maxRounds = std::min<std::size_t>(deck.rule("maxRounds", 30), limits::kMaxRounds);
    if (setup.deckId != deck.id) return fail("setup is for deck '" + setup.deckId + "', not '" + deck.id + "'");
    if (setup.seats.size() < minSeats || setup.seats.size() > maxSeats)
        return fail("Tegenwicht needs " + std::to_string(minSeats) + " to " + std::to_string(maxSeats) + " seats");
    if (setup.rounds < 1 || setup.rounds > maxRounds) return fail("rounds must be 1 to " + std::to_string(maxRounds));
    if (setup.firstSeat >= setup.seats.size()) return fail("the first inbrenger is not a seat");
    for (const auto& seat : setup.seats) {
        if (seat.avatar.empty() || seat.avatar.size() > limits::kIdBytes) return fail("every seat needs an avatar");
        if (auto v = checkText(seat.nickname, limits::kNicknameChars, "nickname"); !v) return fail(v.reason);
    }
    auto factors = deck.idsOfKind(CardKind::Factor);
    auto counters = deck.idsOfKind(CardKind::Counter);
    const std::size_t handSize = effectiveHandSize(deck, setup);
    if (handSize < 1 || handSize > 12) return fail("hand size must be 1 to 12");
    if (auto v = checkTimers(setup); !v) return fail(v.reason);
    if (factors.size() < setup.seats.size() * handSize)
        return fail("the deck has too few factor cards for " + std::to_string(setup.seats.size()) + " hands of " +
                    std::to_string(handSize));
    if (counters.empty()) return fail("the deck has no counter-question cards");

    TegenwichtState s;
    s.setup = setup;
    s.rng = Rng(setup.seed);
    s.drawPile = std::move(factors);
    shuffleInPlace(s.drawPile, s.rng);
    s.counterPile = std::move(counters);
    shuffleInPlace(s.counterPile, s.rng);
    s.hands.resize(setup.seats.size());
    s.intentions.resize(setup.seats.size());
    refillHands(s, handSize);
    beginRound(s, 1, static_cast<std::int16_t>(setup.firstSeat));
    return s;
}

RoundStep roundStep(const TegenwichtState& s) {
    const auto& r = s.current();
    switch (s.phase) {
    case TegenwichtPhase::Picking:
        if (!r.told) return RoundStep::Telling;
        return seatsStillToPick(s).empty() ? RoundStep::Revealing : RoundStep::Picking;
    case TegenwichtPhase::Balancing: return RoundStep::Balancing;
    case TegenwichtPhase::Deciding: return r.balanceClosed ? RoundStep::Deciding : RoundStep::Balancing;
    case TegenwichtPhase::Countering: return RoundStep::Countering;
    case TegenwichtPhase::RoundDone: return RoundStep::RoundDone;
    case TegenwichtPhase::Closing: return RoundStep::Closing;
    case TegenwichtPhase::Finished: return RoundStep::Finished;
    }
    return RoundStep::Finished;
}

bool canChooseInbrenger(const TegenwichtState& s) {
    return s.phase == TegenwichtPhase::Picking && !s.current().told && s.current().hiddenPicks.empty();
}

bool canUnpick(const TegenwichtState& s, int seat) {
    return s.phase == TegenwichtPhase::Picking && s.current().hiddenPicks.count(static_cast<std::int16_t>(seat)) > 0;
}

bool canDecide(const TegenwichtState& s) {
    return s.phase == TegenwichtPhase::Deciding || s.phase == TegenwichtPhase::Countering ||
           s.phase == TegenwichtPhase::RoundDone;
}

std::vector<std::int16_t> seatsStillToPick(const TegenwichtState& s) {
    std::vector<std::int16_t> out;
    if (s.phase != TegenwichtPhase::Picking) return out;
    const auto& r = s.current();
    for (std::int16_t seat = 0; seat < static_cast<std::int16_t>(s.seatCount()); ++seat)
        if (seat != r.inbrenger && !r.hiddenPicks.count(seat)) out.push_back(seat);
    return out;
}

Verdict applyTegenwicht(const Deck& deck, TegenwichtState& s, const Action& a) {
    if (s.finished()) return Verdict::no("the game has ended");
    const auto move = static_cast<TegenwichtMove>(a.type);
    const bool isSeat = a.seat >= 0 && static_cast<std::size_t>(a.seat) < s.seatCount();
    auto& r = s.rounds.back();
    // The moves added after format 1 take nothing they do not use, so a
    // changed field in a record is refused rather than ignored.
    const bool newMove = move == TegenwichtMove::StartPicking || move == TegenwichtMove::CloseBalance ||
                         move == TegenwichtMove::Unpick || move == TegenwichtMove::ChooseInbrenger;
    if (newMove && (!a.card.empty() || !a.text.empty() || a.value != 0))
        return Verdict::no("this action takes no card, text or value");
    // A move for another round is stale whatever the phase: say so first.
    const bool roundMove = move != TegenwichtMove::SetIntention && move != TegenwichtMove::Finish &&
                           move != TegenwichtMove::Abandon &&
                           a.type >= static_cast<std::uint16_t>(TegenwichtMove::Pick) &&
                           a.type <= static_cast<std::uint16_t>(TegenwichtMove::ChooseInbrenger);
    if (roundMove)
        if (auto v = checkRound(s, a); !v) return v;
    // The game-wide moves belong to no round and take no card or value
    // (finish and abandon no seat or text either): a record that says
    // otherwise was changed, and is refused rather than half read.
    const bool gameMove = move == TegenwichtMove::SetIntention || move == TegenwichtMove::Finish ||
                          move == TegenwichtMove::Abandon;
    if (gameMove && (a.round != 0 || !a.card.empty() || a.value != 0))
        return Verdict::no("this action belongs to the whole game: no round, card or value");
    if ((move == TegenwichtMove::Finish || move == TegenwichtMove::Abandon) && (a.seat != -1 || !a.text.empty()))
        return Verdict::no("this action is for the whole group");
    if (newMove && (move == TegenwichtMove::StartPicking || move == TegenwichtMove::CloseBalance) && a.seat != -1)
        return Verdict::no("this action is for the whole group");

    switch (move) {
    case TegenwichtMove::Pick: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Picking}, "picking a card"); !v) return v;
        if (auto v = checkRound(s, a); !v) return v;
        if (!isSeat) return Verdict::no("there is no seat " + std::to_string(a.seat));
        if (a.seat == r.inbrenger) return Verdict::no("the inbrenger does not pick a card this round");
        if (!contains(s.hands[a.seat], a.card)) return Verdict::no("card '" + a.card + "' is not in this seat's hand");
        r.hiddenPicks[a.seat] = a.card;
        r.told = true;  // a record from before StartPicking: the first pick starts the picking
        return Verdict::yes();
    }
    case TegenwichtMove::StartPicking: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Picking}, "starting to pick"); !v) return v;
        if (auto v = checkRound(s, a); !v) return v;
        if (r.told) return Verdict::no("picking has already started this round");
        r.told = true;
        return Verdict::yes();
    }
    case TegenwichtMove::Unpick: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Picking}, "taking a pick back"); !v) return v;
        if (auto v = checkRound(s, a); !v) return v;
        if (!isSeat) return Verdict::no("there is no seat " + std::to_string(a.seat));
        if (a.seat == r.inbrenger) return Verdict::no("the inbrenger does not pick a card this round");
        if (!r.hiddenPicks.count(a.seat))
            return Verdict::no("seat " + std::to_string(a.seat) + " has no pick to take back");
        r.hiddenPicks.erase(a.seat);
        return Verdict::yes();
    }
    case TegenwichtMove::ChooseInbrenger: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Picking}, "choosing the inbrenger"); !v) return v;
        if (auto v = checkRound(s, a); !v) return v;
        if (!isSeat) return Verdict::no("there is no seat " + std::to_string(a.seat));
        if (r.told || !r.hiddenPicks.empty())
            return Verdict::no("the inbrenger can only be chosen before the picking starts");
        r.inbrenger = a.seat;
        return Verdict::yes();
    }
    case TegenwichtMove::CloseBalance: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Balancing, TegenwichtPhase::Deciding}, "closing the balance"); !v)
            return v;
        if (auto v = checkRound(s, a); !v) return v;
        if (!r.allPlaced()) return Verdict::no("not every revealed card is on the balance yet");
        if (r.balanceClosed) return Verdict::no("the balance is already closed this round");
        r.balanceClosed = true;
        return Verdict::yes();
    }
    case TegenwichtMove::Reveal: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Picking}, "revealing"); !v) return v;
        if (auto v = checkRound(s, a); !v) return v;
        if (!seatsStillToPick(s).empty()) return Verdict::no("not every seat has picked a card yet");
        for (const auto& [seat, card] : r.hiddenPicks) {
            auto& hand = s.hands[seat];
            hand.erase(std::find(hand.begin(), hand.end(), card));
            r.revealed.push_back({card, seat, std::nullopt});
        }
        r.hiddenPicks.clear();
        s.phase = TegenwichtPhase::Balancing;
        return Verdict::yes();
    }
    case TegenwichtMove::Place: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Balancing, TegenwichtPhase::Deciding}, "placing a card"); !v)
            return v;
        if (auto v = checkRound(s, a); !v) return v;
        if (a.value < 0 || a.value > 2) return Verdict::no("weight must be heavy, light or unnoticed");
        auto it = std::find_if(r.revealed.begin(), r.revealed.end(), [&](const auto& c) { return c.card == a.card; });
        if (it == r.revealed.end()) return Verdict::no("card '" + a.card + "' is not on the table");
        it->weight = static_cast<Weight>(a.value);
        s.phase = r.allPlaced() ? TegenwichtPhase::Deciding : TegenwichtPhase::Balancing;
        return Verdict::yes();
    }
    case TegenwichtMove::Decide: {
        // Deciding again (a change of mind) is fine until the next round starts.
        if (auto v = checkPhase(s, {TegenwichtPhase::Deciding, TegenwichtPhase::Countering, TegenwichtPhase::RoundDone},
                                "naming the decisive factor");
            !v)
            return v;
        if (auto v = checkRound(s, a); !v) return v;
        if (a.seat != r.inbrenger) return Verdict::no("only the inbrenger names the decisive factor");
        if (!a.card.empty() && !deck.isKind(a.card, CardKind::Factor))
            return Verdict::no("'" + a.card + "' is not a factor card");
        if (a.value < 0 || a.value >= kProcessSteps) return Verdict::no("the process step must be 0 to 5");
        r.decisiveCard = a.card;
        r.decisiveStep = a.value;
        r.balanceClosed = true;  // a record from before CloseBalance: deciding closes the balance
        if (s.phase == TegenwichtPhase::Deciding) s.phase = TegenwichtPhase::Countering;
        return Verdict::yes();
    }
    case TegenwichtMove::DrawCounter: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Countering, TegenwichtPhase::RoundDone}, "drawing a counter card");
            !v)
            return v;
        if (auto v = checkRound(s, a); !v) return v;
        // Cards drawn earlier this round stay out of the pile so a redraw shows a new question.
        if (s.counterPile.empty() && s.counterDiscard.empty())
            return Verdict::no("every counter card is already on the table this round");
        std::string card;
        drawInto(s.counterPile, s.counterDiscard, s.rng, card);
        r.counterCards.push_back(card);
        s.phase = TegenwichtPhase::RoundDone;
        return Verdict::yes();
    }
    case TegenwichtMove::NextRound: {
        if (auto v = checkPhase(s, {TegenwichtPhase::RoundDone}, "going to the next round"); !v) return v;
        if (auto v = checkRound(s, a); !v) return v;
        for (const auto& c : r.revealed) s.discardPile.push_back(c.card);
        for (const auto& c : r.counterCards) s.counterDiscard.push_back(c);
        if (r.number >= s.setup.rounds) {
            s.phase = TegenwichtPhase::Closing;
            return Verdict::yes();
        }
        refillHands(s, effectiveHandSize(deck, s.setup));
        auto next = static_cast<std::int16_t>((r.inbrenger + 1) % static_cast<int>(s.seatCount()));
        beginRound(s, static_cast<std::uint16_t>(r.number + 1), next);
        return Verdict::yes();
    }
    case TegenwichtMove::SetIntention: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Closing}, "writing an intention"); !v) return v;
        if (!isSeat) return Verdict::no("there is no seat " + std::to_string(a.seat));
        if (auto v = checkText(a.text, limits::kNoteChars, "intention"); !v) return v;
        s.intentions[a.seat] = a.text;
        return Verdict::yes();
    }
    case TegenwichtMove::Finish: {
        if (auto v = checkPhase(s, {TegenwichtPhase::Closing}, "finishing"); !v) return v;
        s.phase = TegenwichtPhase::Finished;
        return Verdict::yes();
    }
    case TegenwichtMove::Abandon:
        s.abandoned = true;
        s.phase = TegenwichtPhase::Finished;
        return Verdict::yes();
    }
    return Verdict::no("unknown Tegenwicht action " + std::to_string(a.type));
}

std::vector<ClusterWeight> summariseTegenwicht(const Deck& deck, const TegenwichtState& s) {
    std::vector<ClusterWeight> out;
    for (const auto& g : deck.groups)
        if (g.role == GroupRole::Cluster) out.push_back(ClusterWeight{g.id});
    auto find = [&](const std::string& cardId) -> ClusterWeight* {
        const Card* c = deck.card(cardId);
        if (!c) return nullptr;
        for (auto& w : out)
            if (w.group == c->group) return &w;
        return nullptr;
    };
    for (const auto& r : s.rounds) {
        for (const auto& rc : r.revealed) {
            auto* w = find(rc.card);
            if (!w) continue;
            w->picked++;
            if (!rc.weight) continue;
            switch (*rc.weight) {
            case Weight::Heavy: w->heavy++; break;
            case Weight::Light: w->light++; break;
            case Weight::Unnoticed: w->unnoticed++; break;
            }
        }
        if (auto* w = find(r.decisiveCard)) w->decisive++;
    }
    return out;
}

int roundsWithNoneDecisive(const TegenwichtState& s) {
    return static_cast<int>(
        std::count_if(s.rounds.begin(), s.rounds.end(), [](const auto& r) { return r.noneDecisive(); }));
}

namespace tw {
Action pick(std::uint16_t round, int seat, std::string card) {
    return makeAction(TegenwichtMove::Pick, round, seat, std::move(card));
}
Action reveal(std::uint16_t round) { return makeAction(TegenwichtMove::Reveal, round); }
Action place(std::uint16_t round, std::string card, Weight w) {
    return makeAction(TegenwichtMove::Place, round, -1, std::move(card), static_cast<int>(w));
}
Action decide(std::uint16_t round, int seat, std::string card, int step) {
    return makeAction(TegenwichtMove::Decide, round, seat, std::move(card), step);
}
Action decideNone(std::uint16_t round, int seat, int step) { return decide(round, seat, {}, step); }
Action startPicking(std::uint16_t round) { return makeAction(TegenwichtMove::StartPicking, round); }
Action closeBalance(std::uint16_t round) { return makeAction(TegenwichtMove::CloseBalance, round); }
Action unpick(std::uint16_t round, int seat) { return makeAction(TegenwichtMove::Unpick, round, seat); }
Action chooseInbrenger(std::uint16_t round, int seat) {
    return makeAction(TegenwichtMove::ChooseInbrenger, round, seat);
}
Action drawCounter(std::uint16_t round) { return makeAction(TegenwichtMove::DrawCounter, round); }
Action nextRound(std::uint16_t round) { return makeAction(TegenwichtMove::NextRound, round); }
Action intention(int seat, std::string text) {
    return makeAction(TegenwichtMove::SetIntention, 0, seat, {}, 0, std::move(text));
}
Action finish() { return makeAction(TegenwichtMove::Finish, 0); }
Action abandon() { return makeAction(TegenwichtMove::Abandon, 0); }
}  // namespace tw

}  // namespace samenspel
