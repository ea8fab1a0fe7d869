#include "ui/samenleer/samenleer_flow.h"

namespace samenspel::ui {

Choice SamenleerFlow::draw(Ui& ui, const Game& game) {
    const auto& s = *game.samenleer();
    bool backTapped = false;
    std::optional<Action> a;
    switch (s.phase) {
    case SamenleerPhase::Opening: a = opening.draw(ui, game, &backTapped); break;
    case SamenleerPhase::Choosing: a = choose.draw(ui, game, &backTapped); break;
    case SamenleerPhase::Talking: a = talk.draw(ui, game, &backTapped); break;
    case SamenleerPhase::Closing: a = closing.draw(ui, game, &backTapped); break;
    case SamenleerPhase::Finished: break;
    }
    if (backTapped && !back(game)) return Choice::back();
    return a ? Choice::play(*a) : Choice{};
}

bool SamenleerFlow::back(const Game& game) {
    const auto& s = *game.samenleer();
    if (s.phase == SamenleerPhase::Choosing) return choose.back();
    if (s.phase == SamenleerPhase::Closing) return closing.back();
    return false;  // leave the talk: it is saved and waits on Home
}

}  // namespace samenspel::ui
