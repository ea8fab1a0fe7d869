// All past sessions on this device, newest first; a tap opens the summary.
#pragma once
#include <vector>

#include "ui/choice.h"
#include "ui/drag_scroll.h"
#include "ui/sessions.h"
#include "ui/ui.h"

namespace samenspel::ui {

struct SessionsScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const std::vector<SessionInfo>& past);
};

}  // namespace samenspel::ui
