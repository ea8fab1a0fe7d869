// Opening, page 3: the theme's knowledge card, read aloud, ending in its
// reflective question; then the first round starts.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/reflectie/reflectie_view.h"

namespace samenspel::ui {

struct KnowledgeScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const Game& game, ReflectieView& view);
};

}  // namespace samenspel::ui
