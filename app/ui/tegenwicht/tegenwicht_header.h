// The header every Tegenwicht screen shares: its title, and the "?" that
// opens "zo werkt een ronde" (kit/how_to.h) from any step of the game.
#pragma once
#include <string>

#include "ui/kit/how_to.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

// The seven steps of a round, each a pictogram and one sentence.
HowTo tegenwichtHowTo(const Ui& ui);
inline const char* kTegenwichtHowToId = "tegenwicht.round";

// beginScreen with the round's how-to; `id` names the screen ("tegenwicht.hand"),
// the subtitle (round, seat) keeps each step's id apart for read-aloud.
bool beginTegenwichtScreen(Ui& ui, const std::string& id, const std::string& title, const std::string& subtitle,
                           bool canGoBack = true);

}  // namespace samenspel::ui
