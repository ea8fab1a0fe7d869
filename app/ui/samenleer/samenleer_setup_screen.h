// Samenleergesprek set-up: the coach and the jobseeker, each with an avatar
// and an optional nickname, and who picks a card first.
#pragma once
#include <array>
#include <string>

#include "engine/deck.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct SamenleerSetupScreen {
    DragScroll scroll;
    std::array<Seat, 2> people{{{"avatar-2", ""}, {"avatar-5", ""}}};  // the coach, the jobseeker
    int editing = -1;                                                  // whose avatar choice is open
    int first = 1;  // the jobseeker starts: both bring in topics, the jobseeker first

    void reset() { *this = SamenleerSetupScreen{}; }
    Choice draw(Ui& ui, const Deck& deck);
};

}  // namespace samenspel::ui
