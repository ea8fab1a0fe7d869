// Step 3 of the Samenleergesprek: what we talked about and its outcomes,
// the actions we agree (action cards, optional own words, who does it),
// and how each of the two felt about the talk (faces). Then save. Who takes
// the action, the card tapped and its words live in the flow's
// SamenleerView.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/samenleer/samenleer_view.h"

namespace samenspel::ui {

struct ClosingScreen {
    DragScroll scroll;
    bool takeOwnWords = false;  // the take-home sheet carries the notes (off until the two choose it)
    Choice draw(Ui& ui, const Game& game, SamenleerView& view);
};

}  // namespace samenspel::ui
