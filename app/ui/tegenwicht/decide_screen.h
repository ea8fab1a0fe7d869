// The inbrenger names the factor that decided it and the step of the
// decision process where it mattered (0 Vooraf .. 5 Reageren), or that none
// of the factors on the table decided it ("geen van deze").
#pragma once
#include <string>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct DecideScreen {
    DragScroll scroll;
    int round = 0;
    std::string card;
    bool none = false;  // "geen van deze": none of the factors decided it
    int step = -1;
    bool changing = false;         // reopened from the counter-question to change the answer
    bool cancelRequested = false;  // "Laat zo" while changing; the flow closes this screen
    // Play{decide | decideNone}; Back. `change`: the round was decided
    // already; the screen opens on that answer and confirm sends it again.
    Choice draw(Ui& ui, const Game& game, bool change);
};

}  // namespace samenspel::ui
