// Reflectie set-up: 3 to 8 seats (an avatar, an optional nickname) and how
// many reflection rounds the session plays.
#pragma once
#include <array>

#include "engine/deck.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct ReflectieSetupScreen {
    DragScroll scroll;
    std::array<Seat, 8> people;
    int seats = 4;
    int rounds = 1;
    int editing = -1;

    void reset();
    Choice draw(Ui& ui, const Deck& deck);
};

}  // namespace samenspel::ui
