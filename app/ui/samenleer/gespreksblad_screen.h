// Step 2 of the Samenleergesprek: per chosen moment the gespreksblad with
// A (what happened), B (what did it do to me) and C (what do we keep or
// change). Each answer is a tap, a short note, or nothing. Swipe or the
// arrows move between moments.
#pragma once
#include <array>
#include <optional>
#include <string>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/swipe.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct GespreksbladScreen {
    DragScroll scroll;
    Swipe swipe;
    int speaker = -1;  // who is telling now
    int draftsFor = -1;
    std::array<std::string, 3> drafts;
    Tween slide;
    int lastShown = -1;

    std::optional<Action> draw(Ui& ui, const Game& game, bool* backTapped);
};

}  // namespace samenspel::ui
