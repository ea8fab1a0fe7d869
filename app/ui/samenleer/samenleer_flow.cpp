#include "ui/samenleer/samenleer_flow.h"

#include <algorithm>

#include "ui/samenleer/talk_how_to.h"

namespace samenspel::ui {

Choice SamenleerFlow::draw(Ui& ui, const Game& game) {
    const auto& s = *game.samenleer();
    // "Zo werkt het gesprek" opens by itself once, at the start of the talk.
    if (!view.howToSeen) {
        if (s.phase == SamenleerPhase::Opening) ui.openHowTo(kTalkHowTo);
        view.howToSeen = true;
    }
    Choice c;
    switch (s.phase) {
    case SamenleerPhase::Opening: c = opening.draw(ui, game); break;
    case SamenleerPhase::Choosing: c = choose.draw(ui, game, view); break;
    case SamenleerPhase::Talking: c = talk.draw(ui, game, view); break;
    case SamenleerPhase::Closing: c = closing.draw(ui, game, view); break;
    case SamenleerPhase::Finished: break;
    }
    if (c.is<intent::Back>()) return back(game) ? Choice{} : c;
    if (const auto* show = c.get<intent::ShowMoment>()) {
        // A page turn: view state only, never a move in the record.
        const int count = static_cast<int>(s.moments.size());
        view.shownMoment = std::clamp(show->index, 0, std::max(0, count - 1));
        ui.keepAnimating();
        return {};
    }
    return c;
}

bool SamenleerFlow::back(const Game& game) {
    const auto& s = *game.samenleer();
    if (s.phase == SamenleerPhase::Choosing && !view.detail.empty()) {
        view.detail.clear();
        view.ownTopic.clear();
        return true;
    }
    if (s.phase == SamenleerPhase::Closing && !view.pending.empty()) {
        view.pending.clear();
        view.actionWords.clear();
        return true;
    }
    return false;  // leave the talk: it is saved and waits on Home
}

}  // namespace samenspel::ui
