// Afsluiten: the inbrenger's voornemen and each other seat's "wat ik
// leer"; then the next round or the end.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/reflectie/reflectie_view.h"

namespace samenspel::ui {

struct VoornemenScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const Game& game, ReflectieView& view);
};

}  // namespace samenspel::ui
