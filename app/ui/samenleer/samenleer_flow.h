// The Samenleergesprek on the table: picks the screen for the talk's phase
// and passes on the action each screen returns.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/samenleer/closing_screen.h"
#include "ui/samenleer/gespreksblad_screen.h"
#include "ui/samenleer/moment_choice_screen.h"
#include "ui/samenleer/opening_screen.h"

namespace samenspel::ui {

struct SamenleerFlow {
    OpeningScreen opening;
    MomentChoiceScreen choose;
    GespreksbladScreen talk;
    ClosingScreen closing;

    void reset() { *this = SamenleerFlow{}; }
    Choice draw(Ui& ui, const Game& game);
    // Escape / Android back inside the talk: true when handled here.
    bool back(const Game& game);
};

}  // namespace samenspel::ui
