#include "ui/reflectie/reflectie_flow.h"

#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice ReflectieFlow::draw(Ui& ui, const Game& game) {
    const auto& s = *game.reflectie();
    // "Zo werkt het" opens by itself once, at the start of the session.
    if (!view.howToSeen) {
        if (s.phase == ReflectiePhase::Opening && !s.agreed) ui.openHowTo(kReflectieHowTo);
        view.howToSeen = true;
    }
    // A half-made choice belongs to one step: the next step starts clean.
    const long key = static_cast<long>(s.phase) + 16L * static_cast<long>(s.rounds.size());
    if (view.stepKey != key) view.clearStep(key);
    if (s.phase != ReflectiePhase::Questioning) view.privateStep = false;
    switch (s.phase) {
    case ReflectiePhase::Opening:
        if (s.agreed) return knowledge.draw(ui, game, view);
        if (view.openStep == 1 && !s.theme.empty()) return agreements.draw(ui, game, view);
        return theme.draw(ui, game, view);
    case ReflectiePhase::Proposing: return propose.draw(ui, game, view);
    case ReflectiePhase::Telling: return telling.draw(ui, game, view);
    case ReflectiePhase::Questioning:
        if (s.current().form == ReflectieForm::Hard) return perspective.draw(ui, game, view);
        return success.draw(ui, game, view);
    case ReflectiePhase::Deepening: return deepening.draw(ui, game, view);
    case ReflectiePhase::Modelling: return model.draw(ui, game, view);
    case ReflectiePhase::Appreciating: return strengths.draw(ui, game, view);
    case ReflectiePhase::Closing: return voornemen.draw(ui, game, view);
    case ReflectiePhase::Finished: break;
    }
    return {};
}

bool ReflectieFlow::back(const Game& game) {
    const auto& s = *game.reflectie();
    if (s.phase == ReflectiePhase::Opening && !s.agreed && view.openStep == 1) {
        view.openStep = 0;
        return true;
    }
    if (view.seat >= 0 || !view.pick.empty()) {
        view.clearStep(view.stepKey);
        view.privateStep = false;
        return true;
    }
    return false;  // leave the table: the session is saved and waits on Home
}

}  // namespace samenspel::ui
