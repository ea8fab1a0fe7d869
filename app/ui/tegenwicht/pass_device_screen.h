// Pass-and-play privacy screen: "give the device to seat N — tap to see
// your hand". Shows nobody's cards.
#pragma once
#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct PassDeviceScreen {
    DragScroll scroll;
    double roundElapsedMs = 0;       // set by the flow: time since this round's picking began (the round timer)
    bool takeBackRequested = false;  // "Neem een keuze terug" was tapped; the flow opens that screen
    // OpenHand{seat} when `seat` taps to see their hand; Back.
    Choice draw(Ui& ui, const Game& game, int seat);
};

}  // namespace samenspel::ui
