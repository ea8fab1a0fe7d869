#include "ui/tegenwicht/tegenwicht_flow.h"

#include <algorithm>

namespace samenspel::ui {

Choice TegenwichtFlow::draw(Ui& ui, const Game& game) {
    const auto& s = *game.tegenwicht();
    Choice choice;
    switch (roundStep(s)) {
    case RoundStep::Telling:
        handOpenFor = -1;
        choice = intro.draw(ui, game);
        break;
    case RoundStep::Revealing: choice = reveal.draw(ui, game); break;
    case RoundStep::Picking: {
        const auto left = seatsStillToPick(s);
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
    case RoundStep::Balancing: choice = balance.draw(ui, game); break;
    case RoundStep::Deciding: choice = decide.draw(ui, game); break;
    case RoundStep::Countering:
    case RoundStep::RoundDone: choice = counter.draw(ui, game); break;
    case RoundStep::Closing: choice = end.draw(ui, game); break;
    case RoundStep::Finished: break;
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
    if (roundStep(s) == RoundStep::Picking && handOpenFor >= 0 && s.setup.mode == TableMode::PassAndPlay) {
        handOpenFor = -1;  // close the hand: back to "give the device to ..."
        return true;
    }
    return false;  // leave the game: it is saved and waits on Home
}

}  // namespace samenspel::ui
