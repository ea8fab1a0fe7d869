// Questioning a success: each questioner notes a success factor in
// private, face down; all turn over together and sit beside the knowledge card.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/reflectie/reflectie_view.h"

namespace samenspel::ui {

struct SuccessFactorScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const Game& game, ReflectieView& view);
};

}  // namespace samenspel::ui
