// The opening of a Samenleergesprek: the agreements (equal, safe, it stays
// between us, ...), and both people say they take part.
#pragma once
#include <optional>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct OpeningScreen {
    DragScroll scroll;
    std::optional<Action> draw(Ui& ui, const Game& game, bool* backTapped);
};

}  // namespace samenspel::ui
