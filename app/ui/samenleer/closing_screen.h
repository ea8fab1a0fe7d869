// Step 3 of the Samenleergesprek: what we talked about and its outcomes,
// the actions we agree (action cards, optional own words, who does it),
// and how each of the two felt about the talk (faces). Then save.
#pragma once
#include <optional>
#include <string>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct ClosingScreen {
    DragScroll scroll;
    int who = 1;             // who takes the action being added
    std::string pending;     // action card tapped, waiting for "Spreek af"
    std::string words;

    std::optional<Action> draw(Ui& ui, const Game& game, bool* backTapped);
    bool back() {
        if (pending.empty()) return false;
        pending.clear();
        return true;
    }
};

}  // namespace samenspel::ui
