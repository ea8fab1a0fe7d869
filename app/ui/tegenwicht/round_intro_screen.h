// The start of a Tegenwicht round: who is the inbrenger, and the reminder
// that the story is told out loud and never stored.
#pragma once
#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct RoundIntroScreen {
    DragScroll scroll;
    // True when the group is ready to pick cards.
    bool draw(Ui& ui, const Game& game, bool* backTapped);
};

}  // namespace samenspel::ui
