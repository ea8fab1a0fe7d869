#include "ui/reflectie/perspective_screen.h"

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice PerspectiveScreen::draw(Ui& ui, const Game& game, ReflectieView&) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    const int onTurn = questionerOnTurn(s);
    const auto total = r.dealt.size();
    if (beginScreen(ui, reflectieHeader(ui, "reflectie.ask." + std::to_string(r.asked), ui.t("reflectie.ask.title"),
                                        ui.tf("reflectie.ask.subtitle",
                                              {{"n", std::to_string(std::min<std::size_t>(r.asked + 1, total))},
                                               {"count", std::to_string(total)}}))))
        out = Choice::back();
    beginBody(ui, scroll, 1, r.asked + 100 * r.number);
    if (onTurn >= 0) {
        badge(ui, seatAvatar(s.setup, onTurn), ui.tf("reflectie.ask.turn", {{"name", seatName(ui, s.setup, onTurn)}}),
              ui.theme.primarySoft, "ask.turn");
        instruction(ui, "ask.hint", "question", ui.t("reflectie.ask.short"),
                    ui.tf("reflectie.ask.full", {{"name", seatName(ui, s.setup, r.inbrenger)}}));
        fullCard(ui, deck, r.dealt[r.asked].card, "ask.card");
    } else {
        instruction(ui, "ask.all", "check-mark", ui.t("reflectie.ask.all.short"), ui.t("reflectie.ask.all.full"));
    }
    // Everyone's perspective, in turn: those who asked carry a check.
    for (std::size_t i = 0; i < r.dealt.size(); ++i) {
        const Card* c = deck.card(r.dealt[i].card);
        const std::string name = seatName(ui, s.setup, r.dealt[i].seat);
        badge(ui, i < r.asked ? "check-mark" : seatAvatar(s.setup, r.dealt[i].seat),
              ui.tf("reflectie.ask.row", {{"name", name}, {"card", c ? c->label : ""}}),
              i == r.asked ? ui.theme.primarySoft : ui.theme.surfaceAlt, "ask.row." + std::to_string(i));
    }
    if (Choice c = leaderPanel(ui, game)) out = c;
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = onTurn >= 0 ? "check-mark" : "arrow-right";
    if (onTurn >= 0) {
        if (button(ui, ui.tf("reflectie.ask.done", {{"name", seatName(ui, s.setup, onTurn)}}), "ask.done", go))
            out = Choice::play(rf::asked(r.number, onTurn));
    } else if (button(ui, ui.t("reflectie.next"), "ask.next", go)) {
        out = Choice::play(rf::finishQuestioning(r.number));
    }
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
