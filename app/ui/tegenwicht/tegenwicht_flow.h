// The Tegenwicht game on the table: picks the screen for the round's step
// (roundStep(): where the group is is game state, so a restart shows the
// same screen) and keeps the one view fact that is not: whose hand is open.
// Every screen returns one Choice; the flow takes OpenHand itself and
// passes the rest on (Play, Back).
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

    // The seat looking at its hand (-1: the privacy screen). Never restored
    // after a restart: whoever holds the device then must not see a hand.
    int handOpenFor = -1;

    void reset() { *this = TegenwichtFlow{}; }
    Choice draw(Ui& ui, const Game& game);
    // Escape / Android back inside the game: true when handled here.
    bool back(const Game& game);
};

}  // namespace samenspel::ui
