#include "ui/reflectie/deepening_screen.h"

#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice DeepeningScreen::draw(Ui& ui, const Game& game, ReflectieView&) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    if (beginScreen(ui, reflectieHeader(ui, "reflectie.deepen", ui.t("reflectie.deepen.title"), roundSubtitle(ui, s))))
        out = Choice::back();
    beginBody(ui, scroll, 1, r.number);
    instruction(ui, "deepen.hint", "magnifying-glass", ui.t("reflectie.deepen.short"), ui.t("reflectie.deepen.full"));
    for (const Card* c : deck.cardsOfKind(CardKind::Lens)) fullCard(ui, deck, c->id, "lens." + c->id);
    gap(ui, 6);
    instruction(ui, "deepen.norm", "scroll", ui.t("reflectie.deepen.norm.short"), ui.t("reflectie.deepen.norm.full"));
    const std::string tapped = cardGrid(ui, deck, deck.cardsOfKind(CardKind::Norm), r.norm, "norm.");
    if (!tapped.empty()) out = Choice::play(rf::nameNorm(r.number, tapped == r.norm ? std::string() : tapped));
    if (Choice c = leaderPanel(ui, game)) out = c;
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "arrow-right";
    if (button(ui, ui.t("reflectie.next"), "deepen.next", go)) out = Choice::play(rf::finishDeepening(r.number));
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
