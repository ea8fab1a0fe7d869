#include "ui/tegenwicht/counter_screen.h"

#include <algorithm>

#include "ui/cards/card_view.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

std::optional<Action> CounterScreen::draw(Ui& ui, const Game& game, bool* backTapped) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    std::optional<Action> out;
    const bool drawn = !r.counterCards.empty();
    *backTapped = beginScreen(ui, "Tegenwicht", true, "Ronde " + std::to_string(r.number) + " van " + std::to_string(s.setup.rounds));
    beginBody(ui, scroll, drawn ? 2 : 1, r.number);
    const CardGroup* g = deck.counterGroup();
    instruction(ui, "counter.hint", drawn ? "speech-balloon" : (g ? g->symbol : "magnifying-glass"),
                drawn ? "Praat samen over de vraag." : "Trek een kaart.",
                drawn ? "Bespreek de vraag samen. Wat zie je nu anders?"
                      : (g ? g->text : std::string("Trek een kaart met een tegenvraag.")));
    gap(ui, 4);
    const float cw = std::min(ui.columnWidth(), ui.dp(360));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ui.columnWidth() - cw) / 2);
    if (drawn) {
        const std::string& id = r.counterCards.back();
        if (const Card* c = deck.card(id)) {
            CardPose pose;
            // The card enters face down and turns over.
            pose.flip = 1 - easeInOut(ui.appear("counterflip:" + std::to_string(r.number) + ":" +
                                                std::to_string(r.counterCards.size()), 520, 120));
            pose.backPictogram = g ? g->symbol : "magnifying-glass";
            const CardFace face = cardFace(deck, *c);
            cardWidget(ui, "counter." + id, face, cw, CardSize::Full, pose);
        }
    } else {
        CardPose pose;
        pose.flip = 1;
        pose.backPictogram = g ? g->symbol : "magnifying-glass";
        pose.backLabel = "Tegenwicht";
        CardFace none;
        cardWidget(ui, "counter.back", none, cw, CardSize::Full, pose, false, cw * 1.1f);
    }
    endBody(ui, scroll);
    beginFooter(ui);
    if (!drawn) {
        ButtonStyle st;
        st.pictogram = "magnifying-glass";
        if (button(ui, "Trek een tegenwichtkaart", "counter.draw", st)) out = tw::drawCounter(r.number);
    } else {
        ButtonStyle other;
        other.look = Look::Secondary;
        other.pictogram = "shuffle";
        if (button(ui, "Andere tegenvraag", "counter.again", other)) out = tw::drawCounter(r.number);
        const bool last = r.number >= s.setup.rounds;
        if (button(ui, last ? "Naar de afsluiting" : "Volgende ronde", "round.next")) out = tw::nextRound(r.number);
    }
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
