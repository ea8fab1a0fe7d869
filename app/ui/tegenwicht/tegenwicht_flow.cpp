#include "ui/tegenwicht/tegenwicht_flow.h"

#include <algorithm>

namespace samenspel::ui {

Choice TegenwichtFlow::draw(Ui& ui, const Game& game) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    Choice choice;
    switch (s.phase) {
    case TegenwichtPhase::Picking: {
        if (introSeenForRound != r.number) {
            choice = intro.draw(ui, game);
            if (choice.is<intent::Continue>()) introSeenForRound = r.number, handOpenFor = -1, choice = {};
            break;
        }
        const auto left = seatsStillToPick(s);
        if (left.empty()) {
            choice = reveal.draw(ui, game);
            break;
        }
        const bool shared = s.setup.mode == TableMode::SharedTable;
        const bool open = std::find(left.begin(), left.end(), handOpenFor) != left.end();
        if (!shared && !open) {
            handOpenFor = -1;
            choice = pass.draw(ui, game, left.front());
            break;
        }
        const int seat = open ? handOpenFor : left.front();
        choice = hand.draw(ui, game, seat, shared);
        if (choice.is<intent::Play>()) handOpenFor = -1;  // the hand closes: the next seat gets the privacy screen
        break;
    }
    case TegenwichtPhase::Balancing:
    case TegenwichtPhase::Deciding:
        if (s.phase == TegenwichtPhase::Deciding && balanceDoneRound == r.number) {
            choice = decide.draw(ui, game);
            break;
        }
        choice = balance.draw(ui, game);
        if (choice.is<intent::Continue>()) balanceDoneRound = r.number, choice = {};
        break;
    case TegenwichtPhase::Countering:
    case TegenwichtPhase::RoundDone:
        choice = counter.draw(ui, game);
        break;
    case TegenwichtPhase::Closing:
        choice = end.draw(ui, game);
        break;
    case TegenwichtPhase::Finished:
        break;
    }
    // The view intents stay here; moves and leaving go on to the app.
    if (const auto* h = choice.get<intent::OpenHand>()) {
        handOpenFor = h->seat;
        choice = {};
    }
    if (choice.is<intent::Back>() && back(game)) choice = {};
    return choice;
}

bool TegenwichtFlow::back(const Game& game) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    if (s.phase == TegenwichtPhase::Picking && handOpenFor >= 0 && s.setup.mode == TableMode::PassAndPlay) {
        handOpenFor = -1;  // close the hand: back to "give the device to ..."
        return true;
    }
    if (s.phase == TegenwichtPhase::Picking && introSeenForRound == r.number && r.hiddenPicks.empty()) {
        introSeenForRound = 0;  // back to the round's start
        return true;
    }
    if (s.phase == TegenwichtPhase::Deciding && balanceDoneRound == r.number) {
        balanceDoneRound = 0;  // back to the balance
        return true;
    }
    return false;  // leave the game: it is saved and waits on Home
}

}  // namespace samenspel::ui
