// Tegenwicht set-up: 2-8 seats with avatars and optional nicknames,
// pass-and-play or shared table, and the number of rounds.
#pragma once
#include <array>
#include <string>

#include "engine/deck.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct TegenwichtSetupScreen {
    DragScroll scroll;
    int seats = 4;
    int rounds = 4;
    bool roundsChosen = false;  // follows the seat count until set by hand
    int mode = 0;               // 0 pass-and-play, 1 shared table
    int roundMinutes = 0;       // optional timers, 0 = off
    int speakMinutes = 0;
    int editing = -1;  // seat whose avatar choice is open
    std::array<Seat, 8> people;

    void reset();
    Choice draw(Ui& ui, const Deck& deck);
};

}  // namespace samenspel::ui
