// Kennis erbij: the inbrenger places the own approach on the theme's model
// (little / partly / strongly per card), or a token on the triangle of the
// three stances: where I stood, where I want to stand.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/reflectie/reflectie_view.h"

namespace samenspel::ui {

struct ModelScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const Game& game, ReflectieView& view);
};

}  // namespace samenspel::ui
