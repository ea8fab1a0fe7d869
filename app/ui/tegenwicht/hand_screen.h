// A seat's hand: one big card at a time. Swipe (or the arrows) to look
// through the hand; pick a card by dragging it up onto the pick zone or
// with "Kies deze kaart". The picked card flies to the zone, then the pick
// is handed back.
#pragma once
#include <string>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct HandScreen {
    DragScroll scroll;
    int seat = -1;
    int index = 0;
    Tween slide;           // the card sliding in after a swipe, px
    std::string leaving;   // the picked card on its way to the zone
    Tween leave;
    ImVec2 leaveFrom{0, 0};
    ImVec2 zoneMin{0, 0}, zoneMax{0, 0};  // the pick zone, last frame
    int gesture = 0;       // 0 none, 1 sideways, 2 up, 3 scrolling the page, 4 lifted from a scroll onto the zone
    bool pinZone = false;  // the body scrolls, so the zone is pinned above it
    float pinnedH = 0;     // the pinned strip's height, px
    bool pressOnCard = false;
    ImVec2 grab{0, 0};     // where the finger holds the card, from its top left

    // The picked card id once its animation ended, else "". In shared-table
    // mode `switchTo` receives a seat whose hand the group opens instead.
    std::string draw(Ui& ui, const Game& game, int seat, bool shared, int* switchTo, bool* backTapped);
};

}  // namespace samenspel::ui
