#include "samenleer_game.h"

#include <algorithm>

namespace samenspel {

bool SamenleerState::operator==(const SamenleerState& o) const {
    return setup == o.setup && rng == o.rng && phase == o.phase && abandoned == o.abandoned && agreed == o.agreed &&
           turn == o.turn && tableOrder == o.tableOrder && moments == o.moments && actions == o.actions &&
           ratings == o.ratings;
}

namespace {

Verdict inPhase(const SamenleerState& s, SamenleerPhase p, const char* what) {
    if (s.phase == p) return Verdict::yes();
    return Verdict::no(std::string(what) + " is not possible in this step of the talk");
}

bool isPerson(const Action& a) { return a.seat == kCoach || a.seat == kJobseeker; }

}  // namespace

std::optional<SamenleerState> startSamenleer(const Deck& deck, const GameSetup& setup, std::string* why) {
    auto fail = [&](std::string m) -> std::optional<SamenleerState> {
        if (why) *why = std::move(m);
        return std::nullopt;
    };
    if (setup.deckId != deck.id) return fail("setup is for deck '" + setup.deckId + "', not '" + deck.id + "'");
    if (setup.seats.size() != 2) return fail("a Samenleergesprek has two people: a coach and a jobseeker");
    if (setup.firstSeat > 1) return fail("the first picker must be the coach or the jobseeker");
    for (const auto& seat : setup.seats) {
        if (seat.avatar.empty() || seat.avatar.size() > limits::kIdBytes) return fail("both people need an avatar");
        if (auto v = checkText(seat.nickname, limits::kNicknameChars, "nickname"); !v) return fail(v.reason);
    }
    auto moments = deck.idsOfKind(CardKind::Moment);
    if (moments.empty()) return fail("the deck has no moment cards");
    if (deck.idsOfKind(CardKind::Action).empty()) return fail("the deck has no action cards");
    if (auto v = checkTimers(setup); !v) return fail(v.reason);

    SamenleerState s;
    s.setup = setup;
    s.rng = Rng(setup.seed);
    s.turn = setup.firstSeat;
    // Within each theme the cards are laid out in a fresh order, so no card
    // is always first; the themes themselves keep their order.
    std::vector<std::string> themeOrder;
    for (const auto& g : deck.groups)
        if (g.role == GroupRole::Theme) themeOrder.push_back(g.id);
    for (const auto& theme : themeOrder) {
        std::vector<std::string> inTheme;
        for (const auto& id : moments)
            if (deck.card(id)->group == theme) inTheme.push_back(id);
        shuffleInPlace(inTheme, s.rng);
        s.tableOrder.insert(s.tableOrder.end(), inTheme.begin(), inTheme.end());
    }
    for (const auto& id : moments)
        if (std::find(s.tableOrder.begin(), s.tableOrder.end(), id) == s.tableOrder.end()) s.tableOrder.push_back(id);
    return s;
}

Verdict applySamenleer(const Deck& deck, SamenleerState& s, const Action& a) {
    if (s.finished()) return Verdict::no("the talk has ended");
    const auto move = static_cast<SamenleerMove>(a.type);
    const auto maxMoments = static_cast<std::size_t>(deck.rule("maxMoments", 3));
    const auto maxActions = static_cast<std::size_t>(deck.rule("maxActions", 6));
    const int ratingMin = deck.rule("ratingMin", 1), ratingMax = deck.rule("ratingMax", 5);
    auto needsRoundZero = [&]() -> Verdict {
        return a.round == 0 ? Verdict::yes() : Verdict::no("this action is not for a single moment");
    };

    switch (move) {
    case SamenleerMove::Agree: {
        if (auto v = inPhase(s, SamenleerPhase::Opening, "agreeing"); !v) return v;
        if (!isPerson(a)) return Verdict::no("only the coach or the jobseeker can agree");
        s.agreed[a.seat] = true;
        if (s.agreed[0] && s.agreed[1]) s.phase = SamenleerPhase::Choosing;
        return Verdict::yes();
    }
    case SamenleerMove::PickMoment: {
        if (auto v = inPhase(s, SamenleerPhase::Choosing, "choosing a moment"); !v) return v;
        if (auto v = needsRoundZero(); !v) return v;
        if (!isPerson(a)) return Verdict::no("only the coach or the jobseeker can pick");
        if (a.seat != s.turn) return Verdict::no("it is the other person's turn to pick");
        if (s.moments.size() >= maxMoments)
            return Verdict::no("at most " + std::to_string(maxMoments) + " moments can be chosen");
        const Card* c = deck.card(a.card);
        if (!c || (c->kind != CardKind::Moment && c->kind != CardKind::Own))
            return Verdict::no("'" + a.card + "' is not a theme card");
        for (const auto& m : s.moments)
            if (m.card == a.card) return Verdict::no("this card is already chosen");
        if (c->kind != CardKind::Own && !a.text.empty()) return Verdict::no("only an own-topic card takes own words");
        if (auto v = checkText(a.text, limits::kNoteChars, "own topic"); !v) return v;
        s.moments.push_back({a.card, a.seat, a.text, {}});
        s.turn = static_cast<std::int16_t>(1 - a.seat);
        return Verdict::yes();
    }
    case SamenleerMove::RemoveMoment: {
        if (auto v = inPhase(s, SamenleerPhase::Choosing, "putting a card back"); !v) return v;
        if (auto v = needsRoundZero(); !v) return v;
        auto it = std::find_if(s.moments.begin(), s.moments.end(), [&](const auto& m) { return m.card == a.card; });
        if (it == s.moments.end()) return Verdict::no("this card was not chosen");
        if (a.value < 0 || a.value > static_cast<int>(limits::kMaxRounds))
            return Verdict::no("there is no such moment");
        if (a.value > 0 && static_cast<std::size_t>(a.value - 1) != static_cast<std::size_t>(it - s.moments.begin()))
            return Verdict::no("the moment list has changed: moment " + std::to_string(a.value) + " is not this card");
        if (it->pickedBy != a.seat) return Verdict::no("only the person who chose a card can put it back");
        s.moments.erase(it);
        s.turn = a.seat;  // the one who put it back may choose again
        return Verdict::yes();
    }
    case SamenleerMove::StartTalking: {
        if (auto v = inPhase(s, SamenleerPhase::Choosing, "starting the talk"); !v) return v;
        const auto minMoments = static_cast<std::size_t>(deck.rule("minMoments", 1));
        if (s.moments.size() < minMoments) return Verdict::no("choose at least one moment first");
        s.phase = SamenleerPhase::Talking;
        s.shownMoment = 0;
        return Verdict::yes();
    }
    case SamenleerMove::Answer: {
        if (auto v = inPhase(s, SamenleerPhase::Talking, "answering"); !v) return v;
        if (a.round >= s.moments.size()) return Verdict::no("there is no moment " + std::to_string(a.round + 1));
        if (!isPerson(a)) return Verdict::no("only the coach or the jobseeker can answer");
        if (!a.card.empty() && s.moments[a.round].card != a.card)
            return Verdict::no("the moment list has changed: moment " + std::to_string(a.round + 1) +
                               " is not this card");
        const int question = a.value & 0xF, choice = a.value >> 4;
        if (a.value < 0 || question >= kQuestions) return Verdict::no("the question must be A, B or C");
        if (choice > static_cast<int>(AnswerChoice::Change)) return Verdict::no("the answer must be keep or change");
        if (auto v = checkText(a.text, limits::kNoteChars, "note"); !v) return v;
        s.moments[a.round].answers[question] = {static_cast<AnswerChoice>(choice), a.text, a.seat};
        return Verdict::yes();
    }
    case SamenleerMove::ShowMoment: {
        if (auto v = inPhase(s, SamenleerPhase::Talking, "showing a moment"); !v) return v;
        if (a.round >= s.moments.size()) return Verdict::no("there is no moment " + std::to_string(a.round + 1));
        s.shownMoment = a.round;
        return Verdict::yes();
    }
    case SamenleerMove::FinishTalking: {
        if (auto v = inPhase(s, SamenleerPhase::Talking, "closing the talk"); !v) return v;
        s.phase = SamenleerPhase::Closing;
        return Verdict::yes();
    }
    case SamenleerMove::AddAction: {
        if (auto v = inPhase(s, SamenleerPhase::Closing, "adding an action"); !v) return v;
        if (!isPerson(a)) return Verdict::no("only the coach or the jobseeker can add an action");
        const Card* c = deck.card(a.card);
        if (!c || c->kind != CardKind::Action) return Verdict::no("'" + a.card + "' is not an action card");
        if (s.actions.size() >= maxActions)
            return Verdict::no("at most " + std::to_string(maxActions) + " actions can be agreed");
        if (auto v = checkText(a.text, limits::kNoteChars, "action text"); !v) return v;
        for (const auto& x : s.actions)
            if (x.card == a.card && x.text == a.text) return Verdict::no("this action is already agreed");
        s.actions.push_back({a.card, a.seat, a.text});
        return Verdict::yes();
    }
    case SamenleerMove::RemoveAction: {
        if (auto v = inPhase(s, SamenleerPhase::Closing, "removing an action"); !v) return v;
        if (a.value < 0 || static_cast<std::size_t>(a.value) >= s.actions.size())
            return Verdict::no("there is no such action");
        if (!a.card.empty() && s.actions[a.value].card != a.card)
            return Verdict::no("the action list has changed: action " + std::to_string(a.value + 1) +
                               " is not this card");
        s.actions.erase(s.actions.begin() + a.value);
        return Verdict::yes();
    }
    case SamenleerMove::Rate: {
        if (auto v = inPhase(s, SamenleerPhase::Closing, "rating the talk"); !v) return v;
        if (!isPerson(a)) return Verdict::no("only the coach or the jobseeker can rate");
        if (a.value < ratingMin || a.value > ratingMax)
            return Verdict::no("the rating must be " + std::to_string(ratingMin) + " to " + std::to_string(ratingMax));
        s.ratings[a.seat] = a.value;
        return Verdict::yes();
    }
    case SamenleerMove::Finish: {
        if (auto v = inPhase(s, SamenleerPhase::Closing, "finishing"); !v) return v;
        if (s.ratings[0] == 0 || s.ratings[1] == 0) return Verdict::no("both people rate the talk first");
        s.phase = SamenleerPhase::Finished;
        return Verdict::yes();
    }
    case SamenleerMove::Abandon:
        s.abandoned = true;
        s.phase = SamenleerPhase::Finished;
        return Verdict::yes();
    }
    return Verdict::no("unknown Samenleer action " + std::to_string(a.type));
}

namespace sl {
Action agree(int seat) { return makeAction(SamenleerMove::Agree, 0, seat); }
Action pickMoment(int seat, std::string card, std::string ownTopic) {
    return makeAction(SamenleerMove::PickMoment, 0, seat, std::move(card), 0, std::move(ownTopic));
}
Action removeMoment(std::uint16_t index, int seat, std::string card) {
    return makeAction(SamenleerMove::RemoveMoment, 0, seat, std::move(card), index + 1);
}
Action removeMoment(int seat, std::string card) {
    return makeAction(SamenleerMove::RemoveMoment, 0, seat, std::move(card));
}
Action startTalking() { return makeAction(SamenleerMove::StartTalking); }
Action answer(std::uint16_t moment, int seat, int question, AnswerChoice choice, std::string note) {
    return makeAction(SamenleerMove::Answer, moment, seat, {}, question + 16 * static_cast<int>(choice),
                      std::move(note));
}
Action answer(std::uint16_t moment, std::string card, int seat, int question, AnswerChoice choice, std::string note) {
    return makeAction(SamenleerMove::Answer, moment, seat, std::move(card), question + 16 * static_cast<int>(choice),
                      std::move(note));
}
Action showMoment(std::uint16_t moment) { return makeAction(SamenleerMove::ShowMoment, moment); }
Action finishTalking() { return makeAction(SamenleerMove::FinishTalking); }
Action addAction(int seat, std::string card, std::string text) {
    return makeAction(SamenleerMove::AddAction, 0, seat, std::move(card), 0, std::move(text));
}
Action removeAction(int index, std::string card) {
    return makeAction(SamenleerMove::RemoveAction, 0, -1, std::move(card), index);
}
Action removeAction(int index) { return makeAction(SamenleerMove::RemoveAction, 0, -1, {}, index); }
Action rate(int seat, int value) { return makeAction(SamenleerMove::Rate, 0, seat, {}, value); }
Action finish() { return makeAction(SamenleerMove::Finish); }
Action abandon() { return makeAction(SamenleerMove::Abandon); }
}  // namespace sl

}  // namespace samenspel
