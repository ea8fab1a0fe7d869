// Everyone has picked: the cards lie face down (each with its seat's
// avatar) until the group turns them all over at once.
#pragma once
#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct RevealScreen {
    DragScroll scroll;
    double roundElapsedMs = 0;       // set by the flow: time since this round's picking began (the round timer)
    bool takeBackRequested = false;  // "Neem een keuze terug" was tapped; the flow opens that screen
    // Play{reveal} when the group turns the cards over; Back.
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
