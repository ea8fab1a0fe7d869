#include "ui/tegenwicht/tegenwicht_flow.h"

#include <algorithm>

namespace samenspel::ui {

Choice TegenwichtFlow::draw(Ui& ui, const Game& game) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    bool backTapped = false;
    Choice choice;
    auto play = [&](const std::optional<Action>& a) {
        if (a) choice = Choice::play(*a);
    };
    switch (s.phase) {
    case TegenwichtPhase::Picking: {
        if (introSeenForRound != r.number) {
            if (intro.draw(ui, game, &backTapped)) introSeenForRound = r.number, handOpenFor = -1;
            break;
        }
        const auto left = seatsStillToPick(s);
        if (left.empty()) {
            if (reveal.draw(ui, game, &backTapped)) choice = Choice::play(tw::reveal(r.number));
            break;
        }
        const bool shared = s.setup.mode == TableMode::SharedTable;
        const bool open = std::find(left.begin(), left.end(), handOpenFor) != left.end();
        if (!shared && !open) {
            handOpenFor = -1;
            if (pass.draw(ui, game, left.front(), &backTapped)) handOpenFor = left.front();
            break;
        }
        const int seat = open ? handOpenFor : left.front();
        int switchTo = -1;
        const std::string card = hand.draw(ui, game, seat, shared, &switchTo, &backTapped);
        if (switchTo >= 0) handOpenFor = switchTo;
        if (!card.empty()) {
            choice = Choice::play(tw::pick(r.number, seat, card));
            handOpenFor = -1;  // the hand closes: the next seat gets the privacy screen
        }
        break;
    }
    case TegenwichtPhase::Balancing:
    case TegenwichtPhase::Deciding: {
        if (s.phase == TegenwichtPhase::Deciding && balanceDoneRound == r.number) {
            play(decide.draw(ui, game, &backTapped));
            break;
        }
        auto res = balance.draw(ui, game);
        backTapped = res.back;
        play(res.place);
        if (res.done) balanceDoneRound = r.number;
        break;
    }
    case TegenwichtPhase::Countering:
    case TegenwichtPhase::RoundDone:
        play(counter.draw(ui, game, &backTapped));
        break;
    case TegenwichtPhase::Closing:
        play(end.draw(ui, game, &backTapped));
        break;
    case TegenwichtPhase::Finished:
        break;
    }
    if (backTapped && !back(game)) choice = Choice::back();
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
