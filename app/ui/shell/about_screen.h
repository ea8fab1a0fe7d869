// "Over": what the app is, and the research sources and licences from
// assets/about.nl.md (Dutch, for the people using the app), shown as plain text.
#pragma once
#include <string>

#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct AboutScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const std::string& creditsMarkdown);
};

}  // namespace samenspel::ui
