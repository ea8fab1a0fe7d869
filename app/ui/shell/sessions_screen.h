// All past sessions on this device, newest first: a tap opens the summary;
// "Weghalen" removes one after a confirmation, and after a second warning
// when it was never exported (the coordinator would never get it).
#pragma once
#include <string>
#include <vector>

#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/shell/sessions.h"

namespace samenspel::ui {

struct SessionsScreen {
    DragScroll scroll;
    std::string confirming;  // the record id whose removal is being asked
    int step = 0;            // 1: "weghalen?", 2: "nog niet geëxporteerd"
    bool scrollToConfirm = false;

    Choice draw(Ui& ui, const std::vector<SessionInfo>& past);
};

}  // namespace samenspel::ui
