// The tegenwicht card: a counter-question drawn to push back on the
// decision, turned over with a flip; another can be drawn; then the next
// round (or the closing after the last one).
#pragma once

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct CounterScreen {
    DragScroll scroll;
    // Play{drawCounter | nextRound}; Back.
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
