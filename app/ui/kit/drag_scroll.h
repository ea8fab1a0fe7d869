// Touch scrolling for ImGui 1.86, which scrolls only with a wheel: a finger
// dragged vertically in a list moves it, a quick flick keeps it gliding
// (and keeps frames coming only while it glides), and a press that became
// a scroll never counts as a tap on the button under it.
#pragma once
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct DragScroll {
    bool pressedInside = false;
    bool dragging = false;
    float velocity = 0;  // px per second, positive = content moves up
    float lastDelta[3] = {0, 0, 0};
    float lastDt[3] = {0, 0, 0};
    int samples = 0;
    long long shownKey = -1;  // what the list showed last; a new key starts at the top

    // Call inside the scrolling child window, after its content.
    void update(Ui& ui);
    // The press was taken over by something else (a card lifted off the
    // list): stop scrolling without a fling.
    void stop() { pressedInside = dragging = false, velocity = 0; }
};

}  // namespace samenspel::ui
