// One stored session as a row (Home and the sessions list): the deck's
// pictogram, its title, the date, the facts ("4 spelers · 3 rondes") and
// where it stands as a pictogram with a word ("bezig", "afgerond",
// "gestopt", "geëxporteerd"), never colour alone.
#pragma once
#include <string>

#include "ui/kit/ui.h"
#include "ui/shell/sessions.h"

namespace samenspel::ui {

std::string statusWord(const Ui& ui, SessionStatus status);
const char* statusPictogram(SessionStatus status);
// "4 spelers · 3 rondes", "Coach en werkzoekende".
std::string sessionFacts(const Ui& ui, const SessionInfo& s);
// The deck's title, or "Onbekend spel" when its deck is not installed.
std::string sessionTitle(const Ui& ui, const SessionInfo& s);

// A tappable row, `width` px wide (0: the column). `action` ("Verder")
// leads the title when set. Returns true when tapped.
bool sessionRow(Ui& ui, const SessionInfo& s, const std::string& id, const std::string& action, float width = 0);

}  // namespace samenspel::ui
