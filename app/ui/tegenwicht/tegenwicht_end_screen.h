// The end of a Tegenwicht game: the picture of what weighed in this group
// (its cards per cluster) beside the study's top 15 as a ranked list, an
// optional one-line intention per seat, and saving the record.
#pragma once
#include <array>
#include <string>

#include "engine/game.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct TegenwichtEndScreen {
    DragScroll scroll;
    bool loaded = false;
    std::array<std::string, 8> drafts;
    // Play{intention | finish}; Back.
    Choice draw(Ui& ui, const Game& game);
};

}  // namespace samenspel::ui
