// The end of a reflection, drawn inside the session summary: per round the
// inbrenger and the form, the voornemen, the strengths heard and what each
// learns. Only what the group chose; no counts, no scores.
#pragma once
#include "engine/game.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

void reflectieSummary(Ui& ui, const Deck& deck, const ReflectieState& s);

}  // namespace samenspel::ui
