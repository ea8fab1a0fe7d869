// The Tegenwicht game on the table: picks the screen for the round's step
// (roundStep(): where the group is is game state, so a restart shows the
// same screen) and keeps the one view fact that is not: whose hand is open.
// Every screen returns one Choice; the flow takes OpenHand itself and
// passes the rest on (Play, Back).
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/tegenwicht/balance_screen.h"
#include "ui/tegenwicht/counter_screen.h"
#include "ui/tegenwicht/decide_screen.h"
#include "ui/tegenwicht/hand_screen.h"
#include "ui/tegenwicht/pass_device_screen.h"
#include "ui/tegenwicht/reveal_screen.h"
#include "ui/tegenwicht/round_intro_screen.h"
#include "ui/tegenwicht/take_back_screen.h"
#include "ui/tegenwicht/tegenwicht_end_screen.h"
#include "ui/tegenwicht/timer_ring.h"

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
    TakeBackScreen takeBack;

    // The seat looking at its hand (-1: the privacy screen). Never restored
    // after a restart: whoever holds the device then must not see a hand.
    int handOpenFor = -1;
    // View flags, all dropped at a new round: the decide screen reopened from
    // the counter-question ("Wijzig de doorslag"); the take-back screen; the
    // seat that took its pick back (it picks again first); the round's
    // how-to already shown at this game's start.
    int round = 0;
    bool changingDecision = false;
    bool takingBack = false;
    int preferSeat = -1;
    bool howToShown = false;
    // The optional timers run on the screen's own clock: the speaking timer
    // from when a round's telling is first shown, the round timer from when
    // its picking is; a restart starts them again (they never block anything).
    TimerClock speakClock, roundClock;

    void reset() { *this = TegenwichtFlow{}; }
    Choice draw(Ui& ui, const Game& game);
    // Escape / Android back inside the game: true when handled here.
    bool back(const Game& game);
};

}  // namespace samenspel::ui
