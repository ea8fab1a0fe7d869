#include "ui/reflectie/agreements_screen.h"

#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice AgreementsScreen::draw(Ui& ui, const Game& game, ReflectieView&) {
    const Deck& deck = game.deck();
    Choice out;
    if (beginScreen(ui, reflectieHeader(ui, "reflectie.agreements", ui.t("reflectie.agreements.title"),
                                        ui.t("reflectie.agreements.subtitle"))))
        out = Choice::back();
    beginBody(ui, scroll, 1);
    instruction(ui, "agreements.hint", "handshake", ui.t("reflectie.agreements.short"),
                ui.t("reflectie.agreements.full"));
    // On a tablet two agreements side by side.
    const auto cards = deck.cardsOfKind(CardKind::Agreement);
    const float col = ui.columnWidth();
    const int cols = col >= ui.dp(600) ? 2 : 1;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = std::floor((col - spacing * (cols - 1)) / cols);
    ui.setColumnWidth(w);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        if (i % cols) ImGui::SameLine();
        ImGui::BeginGroup();
        fullCard(ui, deck, cards[i]->id, "agreement." + cards[i]->id);
        ImGui::EndGroup();
    }
    ui.setColumnWidth(col);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "handshake";
    if (button(ui, ui.t("reflectie.agreements.agree"), "agreements.agree", go)) out = Choice::play(rf::agree());
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
