// A calm countdown for the optional round and speaking timers: a ring that
// shrinks as time passes, the minutes left in words beside it. No sound,
// nothing blocks: when the time is up the ring is empty and the line says
// so, and the group goes on as it likes.
#pragma once
#include <string>

#include "ui/kit/ui.h"

namespace samenspel::ui {

struct TimerClock {
    std::string key;       // what is being timed ("round 2 picking"); a new key starts the clock again
    double startedMs = 0;  // the screen's own clock (ui.now()) when this key was first seen

    // Starts the clock for `key` when it is new; returns the ms since then.
    double elapsed(const Ui& ui, const std::string& forKey) {
        if (key != forKey) key = forKey, startedMs = ui.now();
        return ui.now() - startedMs;
    }
};

// Draws the ring and its line in the layout, the column wide. `seconds` is
// the timer's length (0: nothing is drawn); `label` says what is timed.
void timerRing(Ui& ui, const std::string& id, double elapsedMs, int seconds, const std::string& label);

}  // namespace samenspel::ui
