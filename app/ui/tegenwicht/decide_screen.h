// The inbrenger names the factor that decided it and the step of the
// decision process where it mattered (0 Vooraf .. 5 Reageren).
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
    int step = -1;
    // Play{decide}; Back.
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
