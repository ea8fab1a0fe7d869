// Shown instead of the summary when a game is finished (or stopped) but its
// record could not be saved yet, e.g. on a full disk. The game stays in
// memory; the app's banner above offers "Probeer opnieuw", and the summary
// follows as soon as the record is safely saved.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct UnsavedGameScreen {
    DragScroll scroll;
    // Returns no choice today (the banner's "Probeer opnieuw" is the way
    // on), but keeps the one contract every screen has.
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
