#include "ui/reflectie/knowledge_screen.h"

#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice KnowledgeScreen::draw(Ui& ui, const Game& game, ReflectieView&) {
    const auto& s = *game.reflectie();
    const Deck& deck = game.deck();
    Choice out;
    const Card* theme = deck.card(s.theme);
    if (beginScreen(ui, reflectieHeader(ui, "reflectie.knowledge", ui.t("reflectie.knowledge.title"),
                                        theme ? theme->label : std::string())))
        out = Choice::back();
    beginBody(ui, scroll, 1);
    instruction(ui, "knowledge.hint", "books", ui.t("reflectie.knowledge.short"), ui.t("reflectie.knowledge.full"));
    if (const Card* k = knowledgeCard(deck, s)) fullCard(ui, deck, k->id, "knowledge." + k->id);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "arrow-right";
    if (button(ui, ui.t("reflectie.knowledge.next"), "knowledge.next", go)) out = Choice::play(rf::readKnowledge());
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
