// Step 1 of the Samenleergesprek: coach and jobseeker take turns to pick up
// to three moments from the four themes (each theme its own colour and
// symbol) or an own topic. The app records who chose which. The open theme,
// the card opened big and an own topic's words live in the flow's
// SamenleerView.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/samenleer/samenleer_view.h"

namespace samenspel::ui {

struct MomentChoiceScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const Game& game, SamenleerView& view);
};

}  // namespace samenspel::ui
