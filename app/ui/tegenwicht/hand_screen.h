// A seat's hand. On a phone one big card at a time: swipe (or the arrows)
// to look through the hand. On a tablet the whole hand as a grid of big
// cards: tap one to choose it. Pick a card by dragging it onto the pick zone
// or with "Kies deze kaart". The picked card flies to the zone, then the
// pick is handed back.
#pragma once
#include <string>
#include <vector>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/tegenwicht/hand_gesture.h"

namespace samenspel::ui {

struct HandScreen {
    DragScroll scroll;
    double roundElapsedMs = 0;  // set by the flow: time since this round's picking began (the round timer)
    int seat = -1;
    int index = 0;
    Tween slide;          // the card sliding in after a swipe, px
    std::string leaving;  // the picked card on its way to the zone
    Tween leave;
    ImVec2 leaveFrom{0, 0};
    ImVec2 zoneMin{0, 0}, zoneMax{0, 0};  // the pick zone, last frame
    HandGesture gesture;
    bool pinZone = false;  // the body scrolls, so the zone is pinned above it
    float pinnedH = 0;     // the pinned strip's height, px
    ImVec2 grab{0, 0};     // where the finger holds the card, from its top left
    int gestureCard = -1;  // grid: the card the finger holds

    // Play{pick} once the picked card's animation ended; in shared-table
    // mode OpenHand{other} when the group opens another seat's hand; Back.
    Choice draw(Ui& ui, const Game& game, int seat, bool shared);

private:
    // The tablet's grid of the whole hand; returns the chosen card's id and
    // sets `picked` once a picked card's flight ended.
    std::string drawGrid(Ui& ui, const Deck& deck, const std::vector<std::string>& hand, float col,
                         std::string& picked);
};

}  // namespace samenspel::ui
