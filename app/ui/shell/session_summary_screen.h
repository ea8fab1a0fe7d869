// The summary of a finished game: for Tegenwicht the picture (this group's
// cards per cluster beside the study's top 15 as a ranked list), the rounds
// and the intentions; for a
// Samenleergesprek the moments with their outcomes, the actions and how
// both felt about it.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/shell/sessions.h"

namespace samenspel::ui {

struct SessionSummaryScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const Game& game, const SessionInfo& info);
};

// Parts shared with the game's own closing screens.
void momentOutcomes(Ui& ui, const Deck& deck, const SamenleerState& s);
void tegenwichtRounds(Ui& ui, const Deck& deck, const TegenwichtState& s);

}  // namespace samenspel::ui
