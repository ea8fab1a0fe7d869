// The balance: the revealed cards turn over, then the group places each on
// "woog zwaar", "woog licht" or "niet opgemerkt" by dragging it onto a
// zone, or by tapping the card and then the zone. Each zone has its own
// pictogram and border shape as well as its colour.
#pragma once
#include <array>
#include <string>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct BalanceScreen {
    DragScroll scroll;
    double roundElapsedMs = 0;  // set by the flow: time since this round's picking began (the round timer)
    std::string selected;       // card tapped, waiting for a zone
    std::array<ImVec2, 3> zoneMin{}, zoneMax{};  // last frame, screen px

    // Play{place}; Play{closeBalance} when the group is ready for the decisive
    // factor; Back.
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
