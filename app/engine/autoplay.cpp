#include "autoplay.h"

#include <stdexcept>

namespace samenspel {

GameSetup defaultSetup(const Deck& deck, std::uint64_t seed, std::size_t seats, std::uint16_t rounds) {
    GameSetup setup;
    setup.deckId = deck.id;
    setup.seed = seed;
    for (std::size_t i = 0; i < seats; ++i) setup.seats.push_back({"avatar-" + std::to_string(i + 1), {}});
    setup.rounds = rounds;
    return setup;
}

namespace {

template <class T>
const T& any(const std::vector<T>& v, Rng& rng) {
    return v[rng.below(static_cast<std::uint32_t>(v.size()))];
}

class Autoplayer {
public:
    Autoplayer(Game& game, std::uint64_t seed, std::int64_t startMs, std::int64_t stepMs)
        : game_(game), rng_(seed, 0xa17091a7ULL), now_(startMs), step_(stepMs) {}

    void play() {
        // A game has a bounded number of steps; the guard turns an engine bug
        // into an exception instead of an endless loop.
        for (int guard = 0; !game_.finished(); ++guard) {
            if (guard > 100000) throw std::logic_error("autoplay did not finish");
            if (const auto* t = game_.tegenwicht()) stepTegenwicht(*t);
            else if (const auto* r = game_.reflectie()) stepReflectie(*r);
            else stepSamenleer(*game_.samenleer());
        }
    }

private:
    Game& game_;
    Rng rng_;
    std::int64_t now_, step_;

    void act(const Action& a) {
        now_ += step_;
        if (auto v = game_.apply(a, now_); !v) throw std::logic_error("autoplay made an illegal move: " + v.reason);
    }

    void stepTegenwicht(const TegenwichtState& s) {
        const auto& r = s.current();
        const auto round = r.number;
        // The group's steps as the app takes them, StartPicking and CloseBalance included.
        switch (roundStep(s)) {
        case RoundStep::Telling: return act(tw::startPicking(round));
        case RoundStep::Picking: {
            const int seat = seatsStillToPick(s).front();
            return act(tw::pick(round, seat, any(s.hands[seat], rng_)));
        }
        case RoundStep::Revealing: return act(tw::reveal(round));
        case RoundStep::Balancing:
            for (const auto& c : r.revealed)
                if (!c.weight) return act(tw::place(round, c.card, static_cast<Weight>(rng_.below(3))));
            return act(tw::closeBalance(round));
        case RoundStep::Deciding: {
            const auto& c = any(r.revealed, rng_);
            return act(tw::decide(round, r.inbrenger, c.card, static_cast<int>(rng_.below(kProcessSteps))));
        }
        case RoundStep::Countering: return act(tw::drawCounter(round));
        case RoundStep::RoundDone: return act(tw::nextRound(round));
        case RoundStep::Closing:
            for (std::size_t seat = 0; seat < s.seatCount(); ++seat)
                if (s.intentions[seat].empty() && rng_.below(2) == 0)
                    return act(tw::intention(static_cast<int>(seat), "simulated intention"));
            return act(tw::finish());
        case RoundStep::Finished: return;
        }
    }

    std::string anyOf(CardKind kind) {
        const auto ids = game_.deck().idsOfKind(kind);
        return ids.empty() ? std::string() : ids[rng_.below(static_cast<std::uint32_t>(ids.size()))];
    }

    // A reflection as a group would play it; the form follows the chosen situation.
    void stepReflectie(const ReflectieState& s) {
        const Deck& deck = game_.deck();
        if (s.phase == ReflectiePhase::Opening) {
            if (!s.agreed && s.theme.empty()) {
                act(rf::chooseSeries(static_cast<ReflectieSeries>(rng_.below(3))));
                const auto themes = themesForSeries(deck, game_.reflectie()->series);
                return act(rf::chooseTheme(any(themes, rng_)->id));
            }
            return act(s.agreed ? rf::readKnowledge() : rf::agree());
        }
        const auto& r = s.current();
        const auto n = r.number;
        switch (s.phase) {
        case ReflectiePhase::Proposing: {
            const auto seats = proposers(s);
            if (r.proposals.size() < 2) {
                const auto seat = seats[r.proposals.size()];
                const auto form = static_cast<ReflectieForm>(rng_.below(2));
                return act(rng_.below(2) ? rf::propose(n, seat, form, anyOf(CardKind::Situation))
                                         : rf::propose(n, seat, form, {}, "simulated"));
            }
            const auto index = static_cast<int>(rng_.below(static_cast<std::uint32_t>(r.proposals.size())));
            return act(rf::chooseInbreng(n, index, r.proposals[index].seat));
        }
        case ReflectiePhase::Telling: return act(rf::startQuestioning(n));
        case ReflectiePhase::Questioning:
            if (r.form == ReflectieForm::Hard) {
                if (const int seat = questionerOnTurn(s); seat >= 0) return act(rf::asked(n, seat));
            } else if (!r.revealed) {
                const auto left = seatsStillToNote(s);
                if (!left.empty()) return act(rf::noteFactor(n, left.front(), anyOf(CardKind::Strength)));
                return act(rf::revealFactors(n));
            }
            return act(rf::finishQuestioning(n));
        case ReflectiePhase::Deepening:
            if (r.norm.empty()) return act(rf::nameNorm(n, anyOf(CardKind::Norm)));
            return act(rf::finishDeepening(n));
        case ReflectiePhase::Modelling: {
            const auto cards = modelCards(deck, s);
            if (modelShape(deck, s) == ModelShape::Triangle) {
                if (r.stanceNow.empty()) return act(rf::placeStance(n, any(cards, rng_)->id, false));
            } else if (r.model.size() < cards.size()) {
                return act(rf::placeModel(n, cards[r.model.size()]->id, kModelMin + static_cast<int>(rng_.below(3))));
            }
            return act(rf::finishModel(n));
        }
        case ReflectiePhase::Appreciating:
            for (auto seat : otherSeats(s))
                if (!r.strengths.count(seat)) return act(rf::nameStrength(n, seat, anyOf(CardKind::Strength)));
            return act(rf::finishAppreciation(n));
        case ReflectiePhase::Closing:
            if (r.voornemen.empty()) return act(rf::setVoornemen(n, r.inbrenger, anyOf(CardKind::Action)));
            for (auto seat : otherSeats(s))
                if (!r.learnings.count(seat)) return act(rf::addLearning(n, seat, anyOf(CardKind::Learning)));
            return act(s.rounds.size() < s.plannedRounds() ? rf::nextRound(n) : rf::finish());
        default: return;
        }
    }

    void stepSamenleer(const SamenleerState& s) {
        const Deck& deck = game_.deck();
        switch (s.phase) {
        case SamenleerPhase::Opening: return act(sl::agree(s.agreed[0] ? 1 : 0));
        case SamenleerPhase::Choosing: {
            const auto wanted = 1 + rng_.below(static_cast<std::uint32_t>(deck.rule("maxMoments", 3)));
            if (s.moments.size() >= wanted) return act(sl::startTalking());
            std::vector<std::string> free;
            auto pool = s.tableOrder;
            for (const auto& id : deck.idsOfKind(CardKind::Own)) pool.push_back(id);
            for (const auto& id : pool) {
                bool taken = false;
                for (const auto& m : s.moments) taken = taken || m.card == id;
                if (!taken) free.push_back(id);
            }
            const auto& card = any(free, rng_);
            const bool own = deck.card(card)->kind == CardKind::Own;
            return act(sl::pickMoment(s.turn, card, own ? "Hoe we plannen maken" : ""));
        }
        case SamenleerPhase::Talking: {
            for (std::uint16_t m = 0; m < s.moments.size(); ++m)
                for (int q = 0; q < kQuestions; ++q)
                    if (s.moments[m].answers[q].by < 0) {
                        auto choice = static_cast<AnswerChoice>(rng_.below(3));
                        return act(sl::answer(m, static_cast<int>(rng_.below(2)), q, choice,
                                              rng_.below(2) ? "simulated note" : ""));
                    }
            return act(sl::finishTalking());
        }
        case SamenleerPhase::Closing: {
            if (s.actions.empty()) {
                const auto actions = deck.idsOfKind(CardKind::Action);
                return act(sl::addAction(static_cast<int>(rng_.below(2)), any(actions, rng_)));
            }
            for (int seat = 0; seat < 2; ++seat)
                if (s.ratings[seat] == 0) {
                    const int lo = deck.rule("ratingMin", 1), hi = deck.rule("ratingMax", 5);
                    return act(
                        sl::rate(seat, lo + static_cast<int>(rng_.below(static_cast<std::uint32_t>(hi - lo + 1)))));
                }
            return act(sl::finish());
        }
        case SamenleerPhase::Finished: return;
        }
    }
};

}  // namespace

std::optional<Game> autoplay(const Deck& deck, const GameSetup& setup, std::uint64_t choiceSeed, std::int64_t startMs,
                             std::int64_t stepMs, std::string* why) {
    auto game = Game::start(deck, setup, why);
    if (!game) return std::nullopt;
    Autoplayer(*game, choiceSeed, startMs, stepMs).play();
    return game;
}

}  // namespace samenspel
