// Step 1 of the Samenleergesprek: coach and jobseeker take turns to pick up
// to three moments from the four themes (each theme its own colour and
// symbol) or an own topic. The app records who chose which.
#pragma once
#include <optional>
#include <string>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct MomentChoiceScreen {
    DragScroll scroll;
    int theme = 0;          // the theme whose cards are open
    std::string detail;     // a card opened big, before it is chosen
    std::string ownTopic;   // words for an own-topic card

    // `next`: the group is done choosing.
    std::optional<Action> draw(Ui& ui, const Game& game, bool* backTapped);
    bool back() {
        if (detail.empty()) return false;
        detail.clear();
        return true;
    }
};

}  // namespace samenspel::ui
