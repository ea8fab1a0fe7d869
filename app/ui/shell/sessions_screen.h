// All past sessions on this device, newest first; a tap opens the summary.
#pragma once
#include <vector>

#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/shell/sessions.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct SessionsScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const std::vector<SessionInfo>& past);
};

}  // namespace samenspel::ui
