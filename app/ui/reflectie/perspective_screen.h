// Questioning a hard experience: each questioner in turn asks open
// questions from the perspective card dealt to them.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/reflectie/reflectie_view.h"

namespace samenspel::ui {

struct PerspectiveScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const Game& game, ReflectieView& view);
};

}  // namespace samenspel::ui
