// The start of a Tegenwicht round: who is the inbrenger, and the reminder
// that the story is told out loud and never stored.
#pragma once
#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct RoundIntroScreen {
    DragScroll scroll;
    double speakElapsedMs = 0;  // set by the flow: time since this round's telling began (the speaking timer)
    // Play{startPicking} when the story is told and the group goes on to pick; Back.
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
