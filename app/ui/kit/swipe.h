// Swipe detection over an area (a card you flick left or right): follows
// the finger while it moves sideways, claims the drag so the list does not
// scroll, and tells the direction once the finger lifts far enough.
#pragma once
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct Swipe {
    bool tracking = false;
    bool engaged = false;
    float offset = 0;  // live sideways offset of the finger, px

    // +1: swiped left (show the next), -1: swiped right (the previous), 0: none.
    int update(Ui& ui, ImVec2 areaMin, ImVec2 areaMax);
};

}  // namespace samenspel::ui
