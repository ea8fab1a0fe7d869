#include "ui/reflectie/telling_screen.h"

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice TellingScreen::draw(Ui& ui, const Game& game, ReflectieView&) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    if (beginScreen(ui,
                    reflectieHeader(ui, "reflectie.telling", ui.t("reflectie.telling.title"), roundSubtitle(ui, s))))
        out = Choice::back();
    beginBody(ui, scroll, 1, r.number);
    badge(ui, seatAvatar(s.setup, r.inbrenger),
          ui.tf("reflectie.inbrenger", {{"name", seatName(ui, s.setup, r.inbrenger)}}), ui.theme.primarySoft,
          "telling.inbrenger");
    instruction(ui, "telling.hint", "speaking-head", ui.t("reflectie.telling.short"), ui.t("reflectie.telling.full"));
    const auto forms = deck.cardsOfKind(CardKind::Form);
    const auto f = static_cast<std::size_t>(r.form);
    if (f < forms.size()) fullCard(ui, deck, forms[f]->id, "telling.form");
    if (Choice c = leaderPanel(ui, game)) out = c;
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "question";
    if (button(ui, ui.t("reflectie.telling.next"), "telling.next", go))
        out = Choice::play(rf::startQuestioning(r.number));
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
