#include "ui/reflectie/voornemen_screen.h"

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice VoornemenScreen::draw(Ui& ui, const Game& game, ReflectieView& view) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    const bool last = s.rounds.size() >= s.plannedRounds();
    const std::string inbrenger = seatName(ui, s.setup, r.inbrenger);
    if (beginScreen(ui, reflectieHeader(ui, r.voornemen.empty() ? "reflectie.voornemen" : "reflectie.learn",
                                        ui.t("reflectie.close.title"), roundSubtitle(ui, s))))
        out = Choice::back();
    beginBody(ui, scroll, 1, r.number * 2 + !r.voornemen.empty());
    if (r.voornemen.empty()) {
        // First the inbrenger: one concrete step.
        badge(ui, seatAvatar(s.setup, r.inbrenger), ui.tf("reflectie.inbrenger", {{"name", inbrenger}}),
              ui.theme.primarySoft, "voornemen.who");
        instruction(ui, "voornemen.hint", "footprints", ui.t("reflectie.voornemen.short"),
                    ui.tf("reflectie.voornemen.full", {{"name", inbrenger}}));
        const std::string tapped = cardGrid(ui, deck, deck.cardsOfKind(CardKind::Action), view.pick, "voornemen.");
        if (!tapped.empty()) view.pick = tapped;
        if (wordsAndConfirm(ui, view.words, "voornemen", ui.t("reflectie.voornemen.confirm"), !view.pick.empty())) {
            out = Choice::play(rf::setVoornemen(r.number, r.inbrenger, view.pick, view.words));
            view.clearStep(view.stepKey);
        }
    } else {
        const Card* c = deck.card(r.voornemen.card);
        std::string line = ui.tf("reflectie.voornemen.row", {{"name", inbrenger}, {"card", c ? c->label : ""}});
        if (!r.voornemen.text.empty()) line += ": " + r.voornemen.text;
        spokenBadge(ui, c ? c->pictogram : "footprints", line, ui.theme.primarySoft, "voornemen.row");
        gap(ui, 6);
        instruction(ui, "learn.hint", "light-bulb", ui.t("reflectie.learn.short"), ui.t("reflectie.learn.full"));
        auto make = [](std::uint16_t n, int seat, std::string card, std::string text) {
            return rf::addLearning(n, seat, std::move(card), std::move(text));
        };
        if (Choice ch = namedCards(ui, game, view, r.learnings, CardKind::Learning, "learn.",
                                   ui.t("reflectie.learn.confirm"), make))
            out = ch;
    }
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = last ? "chequered-flag" : "arrow-right";
    go.enabled = !r.voornemen.empty();
    if (button(ui, last ? ui.t("reflectie.close.finish") : ui.t("reflectie.close.next_round"), "close.next", go))
        out = Choice::play(last ? rf::finish() : rf::nextRound(r.number));
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
