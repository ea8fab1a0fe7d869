// The opening of a Samenleergesprek: the agreements (equal, safe, it stays
// between us, ...), and both people say they take part. On a wide column
// the agreements stand two by two.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct OpeningScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
