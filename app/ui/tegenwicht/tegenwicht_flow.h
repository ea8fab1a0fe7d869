// The Tegenwicht game on the table: picks the screen for the game's phase
// (and the little UI state in between, such as whose hand is open). Every
// screen returns one Choice; the flow takes the view intents itself
// (OpenHand: whose hand is open; Continue: the story is told, or the
// balance is closed) and passes the rest on (Play, Back).
#pragma once
#include "engine/game.h"
#include "ui/tegenwicht/balance_screen.h"
#include "ui/kit/choice.h"
#include "ui/tegenwicht/counter_screen.h"
#include "ui/tegenwicht/decide_screen.h"
#include "ui/tegenwicht/hand_screen.h"
#include "ui/tegenwicht/pass_device_screen.h"
#include "ui/tegenwicht/reveal_screen.h"
#include "ui/tegenwicht/round_intro_screen.h"
#include "ui/tegenwicht/tegenwicht_end_screen.h"

namespace samenspel::ui {

struct TegenwichtFlow {
    RoundIntroScreen intro;
    PassDeviceScreen pass;
    HandScreen hand;
    RevealScreen reveal;
    BalanceScreen balance;
    DecideScreen decide;
    CounterScreen counter;
    TegenwichtEndScreen end;

    int introSeenForRound = 0;  // the round whose "tell your decision" screen was passed
    int handOpenFor = -1;       // the seat looking at its hand (-1: privacy screen)
    int balanceDoneRound = 0;   // the round whose balance the group closed

    void reset() { *this = TegenwichtFlow{}; }
    Choice draw(Ui& ui, const Game& game);
    // Escape / Android back inside the game: true when handled here.
    bool back(const Game& game);
};

}  // namespace samenspel::ui
