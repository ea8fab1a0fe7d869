// "Neem een keuze terug": before the cards turn over, a seat that picked may
// take its face-down pick back and pick again (tw::unpick). Reached from the
// pass screen, the reveal screen and the back button while picking; it also
// offers to pause (the game waits on Home), so back never leaves silently.
#pragma once
#include <vector>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct TakeBackScreen {
    DragScroll scroll;
    // Play{unpick}; Back (close this screen); Go{Home} (pause the game).
    Choice draw(Ui& ui, const Game& game);
};

// Seats whose pick may still be taken back, in seat order.
std::vector<int> seatsThatMayUnpick(const TegenwichtState& s);

}  // namespace samenspel::ui
