// The Samenleergesprek on the table: picks the screen for the talk's phase,
// keeps the view state the screens share (SamenleerView: which moment's
// page is open, what is half typed), takes the view intents itself (a page
// turn is not a game move) and passes every other choice on to the app.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/samenleer/closing_screen.h"
#include "ui/samenleer/gespreksblad_screen.h"
#include "ui/samenleer/moment_choice_screen.h"
#include "ui/samenleer/opening_screen.h"
#include "ui/samenleer/samenleer_view.h"

namespace samenspel::ui {

struct SamenleerFlow {
    // Save with view.toMap() and give back with view = SamenleerView::fromMap(m)
    // after reset() on resume: the talk then opens on the same page.
    SamenleerView view;
    OpeningScreen opening;
    MomentChoiceScreen choose;
    GespreksbladScreen talk;
    ClosingScreen closing;

    void reset() { *this = SamenleerFlow{}; }
    Choice draw(Ui& ui, const Game& game);
    // Escape / Android back inside the talk: true when handled here (a card
    // opened big closes, a tapped action card is put back); false means the
    // talk pauses and waits on Home.
    bool back(const Game& game);
};

}  // namespace samenspel::ui
