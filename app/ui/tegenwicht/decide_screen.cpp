#include "ui/tegenwicht/decide_screen.h"

#include "ui/cards/card_view.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

std::optional<Action> DecideScreen::draw(Ui& ui, const Game& game, bool* backTapped) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    if (round != r.number) round = r.number, card.clear(), step = -1;
    std::optional<Action> out;
    const std::string who = seatName(s.setup, r.inbrenger);
    *backTapped = beginScreen(ui, "De doorslag", true, "Ronde " + std::to_string(r.number) + " · inbrenger " + who);
    beginBody(ui, scroll, 1, r.number);
    instruction(ui, "decide.hint", "bullseye", "Wat gaf de doorslag?", who + ", welke factor gaf voor jou de doorslag?");
    const int cols = cardColumns(ui, 160, 3);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ui.columnWidth() - spacing * (cols - 1)) / cols;
    float rowH = 0;
    for (const auto& rc : r.revealed)
        if (const Card* c = deck.card(rc.card)) rowH = std::max(rowH, cardHeight(ui, cardFace(deck, *c), w, CardSize::Compact));
    int i = 0;
    for (const auto& rc : r.revealed) {
        const Card* c = deck.card(rc.card);
        if (!c) continue;
        if (i % cols) ImGui::SameLine();
        CardPose pose;
        pose.selected = card == rc.card;
        if (cardWidget(ui, "decide." + std::to_string(i++), cardFace(deck, *c), w, CardSize::Compact, pose, false, rowH).tapped)
            card = rc.card;
    }
    gap(ui, 8);
    instruction(ui, "decide.step", "footprints", "In welke stap?", "In welke stap van je afweging speelde dit?");
    const auto steps = deck.cardsOfKind("step");
    const int scols = cardColumns(ui, 104, 6);
    const float sw = (ui.columnWidth() - spacing * (scols - 1)) / scols;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        if (k % scols) ImGui::SameLine();
        const std::string label = std::to_string(steps[k]->order) + " " + steps[k]->label;
        if (pictogramTile(ui, steps[k]->pictogram, label, "step." + std::to_string(steps[k]->order), ImVec2(sw, ui.dp(112)),
                          step == steps[k]->order))
            step = steps[k]->order;
    }
    for (const Card* c : steps)
        if (c->order == step) paragraph(ui, c->text, ui.theme.textMuted);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.enabled = !card.empty() && step >= 0;
    st.pictogram = "check-mark";
    if (button(ui, "Bevestig de doorslag", "decide.confirm", st)) out = tw::decide(r.number, r.inbrenger, card, step);
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
