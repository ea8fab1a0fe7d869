#include "ui/reflectie/agreements_screen.h"

#include "ui/kit/agreement_list.h"
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
    agreementList(ui, deck.cardsOfKind(CardKind::Agreement));
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
