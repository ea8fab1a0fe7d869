// Settings: text size in three steps (the whole app reflows), where the
// records are kept, and the coordinator's key: a hub public key file whose
// fingerprint (five words, to compare by phone) the screen shows; from then
// on exports are sealed to it (issue 11).
#pragma once
#include <string>

#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct SettingsScreen {
    DragScroll scroll;
    std::string keyPath;              // the path typed for the coordinator's key file
    std::string coordinatorWords;     // the key's fingerprint; empty: no key (set by the controller)
    bool coordinatorProblem = false;  // the last key file given could not be read
    Choice draw(Ui& ui, int textStep, const std::string& dataDir);
};

}  // namespace samenspel::ui
