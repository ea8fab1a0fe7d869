// A Reflectie session on the table: picks the screen for the session's
// phase (and, in the opening, the page), keeps the view state the screens
// share (ReflectieView), and passes every choice on to the app.
#pragma once
#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/reflectie/agreements_screen.h"
#include "ui/reflectie/deepening_screen.h"
#include "ui/reflectie/knowledge_screen.h"
#include "ui/reflectie/model_screen.h"
#include "ui/reflectie/perspective_screen.h"
#include "ui/reflectie/proposal_screen.h"
#include "ui/reflectie/reflectie_view.h"
#include "ui/reflectie/strengths_screen.h"
#include "ui/reflectie/success_factor_screen.h"
#include "ui/reflectie/telling_screen.h"
#include "ui/reflectie/theme_screen.h"
#include "ui/reflectie/voornemen_screen.h"

namespace samenspel::ui {

struct ReflectieFlow {
    ReflectieView view;
    ThemeScreen theme;
    AgreementsScreen agreements;
    KnowledgeScreen knowledge;
    ProposalScreen propose;
    TellingScreen telling;
    PerspectiveScreen perspective;
    SuccessFactorScreen success;
    DeepeningScreen deepening;
    ModelScreen model;
    StrengthsScreen strengths;
    VoornemenScreen voornemen;

    void reset() { *this = ReflectieFlow{}; }
    Choice draw(Ui& ui, const Game& game);
    // Escape / Android back: true when handled here (a half-made choice is
    // put down, the agreements page turns back to the theme); false means
    // the session pauses and waits on Home.
    bool back(const Game& game);
};

}  // namespace samenspel::ui
