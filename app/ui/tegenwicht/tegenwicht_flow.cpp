#include "ui/tegenwicht/tegenwicht_flow.h"

#include <algorithm>
#include <utility>

#include "ui/tegenwicht/tegenwicht_header.h"

namespace samenspel::ui {

namespace {
bool contains(const std::vector<std::int16_t>& v, int seat) { return std::find(v.begin(), v.end(), seat) != v.end(); }
}  // namespace

Choice TegenwichtFlow::draw(Ui& ui, const Game& game) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    // The first time the flow shows a game that has not begun, the round is
    // explained once (skippable); the "?" in the header opens it again.
    if (!howToShown) {
        howToShown = true;
        if (s.rounds.size() == 1 && roundStep(s) == RoundStep::Telling) ui.openHowTo(kTegenwichtHowToId);
    }
    if (round != r.number) round = r.number, changingDecision = false, takingBack = false, preferSeat = -1;
    const RoundStep step = roundStep(s);
    if (step != RoundStep::Picking && step != RoundStep::Revealing) takingBack = false;
    if (step != RoundStep::Countering && step != RoundStep::RoundDone) changingDecision = false;
    const std::string n = std::to_string(r.number);
    if (step == RoundStep::Telling) intro.speakElapsedMs = speakClock.elapsed(ui, "speak:" + n);
    if (step == RoundStep::Picking || step == RoundStep::Revealing || step == RoundStep::Balancing) {
        const double t = roundClock.elapsed(ui, "round:" + n);
        pass.roundElapsedMs = hand.roundElapsedMs = reveal.roundElapsedMs = balance.roundElapsedMs = t;
    }
    Choice choice;
    switch (step) {
    case RoundStep::Telling:
        handOpenFor = -1;
        choice = intro.draw(ui, game);
        break;
    case RoundStep::Revealing: choice = takingBack ? takeBack.draw(ui, game) : reveal.draw(ui, game); break;
    case RoundStep::Picking: {
        const auto left = seatsStillToPick(s);
        const bool shared = s.setup.mode == TableMode::SharedTable;
        if (takingBack && !shared) {
            handOpenFor = -1;
            choice = takeBack.draw(ui, game);
            break;
        }
        // Shared table: a seat that picked may open its hand again (to change
        // or take back its pick); pass-and-play: only a seat still to pick.
        const bool open = handOpenFor >= 0 && (contains(left, handOpenFor) || (shared && canUnpick(s, handOpenFor)));
        if (!shared && !open) {
            handOpenFor = -1;
            // After a take-back, that seat picks again first.
            const int next = contains(left, preferSeat) ? preferSeat : left.front();
            choice = pass.draw(ui, game, next);
            break;
        }
        const int seat = open ? handOpenFor : left.front();
        choice = hand.draw(ui, game, seat, shared);
        if (choice.is<intent::Play>()) handOpenFor = -1;  // the hand closes: the next seat gets the privacy screen
        break;
    }
    case RoundStep::Balancing: choice = balance.draw(ui, game); break;
    case RoundStep::Deciding: choice = decide.draw(ui, game, false); break;
    case RoundStep::Countering:
    case RoundStep::RoundDone:
        choice = changingDecision && canDecide(s) ? decide.draw(ui, game, true) : counter.draw(ui, game);
        break;
    case RoundStep::Closing: choice = end.draw(ui, game); break;
    case RoundStep::Finished: break;
    }
    // The view intents stay here; moves and leaving go on to the app.
    if (const auto* h = choice.get<intent::OpenHand>()) {
        handOpenFor = h->seat;
        choice = {};
    }
    // The screens' own view requests: reopen the decide screen, take a pick back.
    if (std::exchange(counter.changeRequested, false)) changingDecision = true;
    if (std::exchange(decide.cancelRequested, false)) changingDecision = false;
    if (std::exchange(pass.takeBackRequested, false) || std::exchange(reveal.takeBackRequested, false))
        takingBack = true;
    if (const auto* p = choice.get<intent::Play>()) {
        const auto move = static_cast<TegenwichtMove>(p->action.type);
        if (move == TegenwichtMove::Unpick) {
            // That seat picks again next: its hand (shared table) or the pass screen for it.
            takingBack = false;
            preferSeat = p->action.seat;
            handOpenFor = s.setup.mode == TableMode::SharedTable ? p->action.seat : -1;
        }
        if (move == TegenwichtMove::Decide) changingDecision = false;
    }
    if (choice.is<intent::Back>() && back(game)) choice = {};
    return choice;
}

bool TegenwichtFlow::back(const Game& game) {
    const auto& s = *game.tegenwicht();
    const RoundStep step = roundStep(s);
    if (changingDecision) {
        changingDecision = false;  // back to the counter-question, the answer unchanged
        return true;
    }
    if (takingBack) {
        takingBack = false;
        return true;
    }
    if (step == RoundStep::Picking && handOpenFor >= 0) {
        handOpenFor = -1;  // close the hand: back to "give the device to ..." (or the first still to pick)
        return true;
    }
    // While picks lie face down, back does not drop the table on Home
    // unannounced: it offers to take a pick back, or to pause.
    if ((step == RoundStep::Picking || step == RoundStep::Revealing) && !seatsThatMayUnpick(s).empty()) {
        takingBack = true;
        return true;
    }
    return false;  // leave the game: it is saved and waits on Home
}

}  // namespace samenspel::ui
