// "Wil je stoppen?": asked before a game is stopped for good. Stopping
// applies the engine's Abandon action; the record is kept as stopped and the
// app returns Home. "Later verder" is the back button, not this screen.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct StopConfirmScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
