// The header of every step of a game (Samenleer, Reflectie): back, the
// step's title and subtitle, and the "?" that opens the game's own
// "zo werkt het" (kit/how_to.h).
#pragma once
#include <string>
#include <utility>

#include "ui/kit/widgets.h"

namespace samenspel::ui {

inline ScreenHeader stepHeader(std::string id, std::string title, std::string subtitle, HowTo howTo) {
    ScreenHeader h;
    h.id = std::move(id);
    h.title = std::move(title);
    h.subtitle = std::move(subtitle);
    h.canGoBack = true;
    h.howTo = std::move(howTo);
    return h;
}

}  // namespace samenspel::ui
