// The Beeldmodus switch (DESIGN 1C): a round picture button in every
// screen's header, so it can be switched during a game, and a labelled row
// for Home and Settings. Both change the setting at once; the app saves it.
#pragma once
#include "ui/kit/ui.h"

namespace samenspel::ui {

// The header's round button (48 dp). Returns true when it switched.
bool beeldmodusHeaderButton(Ui& ui);
// A full-width row: picture, "Beeldmodus", and a check while it is on.
bool beeldmodusRow(Ui& ui, const std::string& id);

}  // namespace samenspel::ui
