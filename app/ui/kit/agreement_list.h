// The agreements a talk opens with (Samenleer's opening, Reflectie's
// agreements page), as tiles: pictogram, label and (not in Beeldmodus) the
// text, each with its speaker. On a tablet's column they stand two by two,
// each pair as tall as its taller tile.
#pragma once
#include <vector>

#include "engine/deck.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

// Each tile is marked "agreement.<card id>"; its speaker "agreement.<card id>.speak".
void agreementList(Ui& ui, const std::vector<const Card*>& cards);

}  // namespace samenspel::ui
