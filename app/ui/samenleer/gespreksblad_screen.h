// Step 2 of the Samenleergesprek: per chosen moment the gespreksblad with
// A (what happened), B (what did it do to me) and C (what do we keep or
// change). Each answer is a tap, a short note, or nothing. Swipe, the
// arrows or "Volgend moment" turn the page: they return
// intent::ShowMoment, which the flow keeps as view state (never a move).
// On a wide landscape screen the questions stand beside the moment card.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/swipe.h"
#include "ui/kit/ui.h"
#include "ui/samenleer/samenleer_view.h"

namespace samenspel::ui {

struct GespreksbladScreen {
    DragScroll scroll;
    Swipe swipe;
    Tween slide;
    int lastShown = -1;  // for the slide between pages only

    Choice draw(Ui& ui, const Game& game, SamenleerView& view);
};

}  // namespace samenspel::ui
