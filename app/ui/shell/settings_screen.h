// Settings: text size in three steps (the whole app reflows) and where the
// records are kept.
#pragma once
#include <string>

#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct SettingsScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, int textStep, const std::string& dataDir);
};

}  // namespace samenspel::ui
