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
    bool changeRequested = false;  // "Wijzig de doorslag" was tapped; the flow reopens the decide screen
    // Play{drawCounter | nextRound}; Back. Shows the round's decisive answer.
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
