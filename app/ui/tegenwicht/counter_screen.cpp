#include "ui/tegenwicht/counter_screen.h"

#include <algorithm>

#include "ui/cards/card_view.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/tegenwicht/tegenwicht_header.h"

namespace samenspel::ui {

Choice CounterScreen::draw(Ui& ui, const Game& game) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    const bool drawn = !r.counterCards.empty();
    if (beginTegenwichtScreen(
            ui, "tegenwicht.counter", ui.t("tegenwicht.title"),
            ui.tf("tegenwicht.round_of", {{"n", std::to_string(r.number)}, {"total", std::to_string(s.setup.rounds)}})))
        out = Choice::back();
    const bool mayChange = canDecide(s) && r.decided();
    beginBody(ui, scroll, (drawn ? 2 : 1) + (mayChange ? 1 : 0), r.number);
    // The round's answer in words, so the group sees what is kept, and can
    // still change it until the next round.
    if (r.decided()) {
        const Card* stepCard = nullptr;
        for (const Card* c : deck.cardsOfKind("step"))
            if (c->order == r.decisiveStep) stepCard = c;
        const std::string stepName = stepCard ? stepCard->label : std::string();
        const Card* dc = r.noneDecisive() ? nullptr : deck.card(r.decisiveCard);
        const std::string cardName = dc ? dc->label : r.decisiveCard;
        const std::string said = r.noneDecisive()
                                     ? ui.tf("tegenwicht.counter.decided_none", {{"step", stepName}})
                                     : ui.tf("tegenwicht.counter.decided", {{"card", cardName}, {"step", stepName}});
        if (ui.beeldmodus) {
            // Pictogram first: the decisive card's own picture and name, then
            // the step's; the speaker reads the whole sentence.
            const std::string cardPicto = dc && !dc->pictogram.empty() ? dc->pictogram : "bullseye";
            const std::string shortSaid = r.noneDecisive()
                                              ? ui.t("tegenwicht.counter.decided_short_none")
                                              : ui.tf("tegenwicht.counter.decided_short", {{"card", cardName}});
            instruction(ui, "counter.decided", r.noneDecisive() ? "cross-mark" : cardPicto, shortSaid, said, 0, said);
            if (stepCard)
                instruction(ui, "counter.decided.step",
                            stepCard->pictogram.empty() ? "footprints" : stepCard->pictogram, stepName, stepName);
        } else {
            instruction(ui, "counter.decided", r.noneDecisive() ? "cross-mark" : "bullseye", said, said,
                        ui.theme.textMuted);
        }
        gap(ui, 4);
    }
    const CardGroup* g = deck.counterGroup();
    instruction(ui, "counter.hint", drawn ? "speech-balloon" : (g ? g->symbol : "magnifying-glass"),
                drawn ? ui.t("tegenwicht.counter.talk_short") : ui.t("tegenwicht.counter.draw_short"),
                drawn ? ui.t("tegenwicht.counter.talk") : (g ? g->text : ui.t("tegenwicht.counter.draw_hint")));
    gap(ui, 4);
    const float cw = std::min(ui.columnWidth(), ui.dp(360));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ui.columnWidth() - cw) / 2);
    if (drawn) {
        const std::string& id = r.counterCards.back();
        if (const Card* c = deck.card(id)) {
            CardPose pose;
            // The card enters face down and turns over.
            pose.flip = 1 - easeInOut(ui.appear(
                                "counterflip:" + std::to_string(r.number) + ":" + std::to_string(r.counterCards.size()),
                                520, 120));
            pose.backPictogram = g ? g->symbol : "magnifying-glass";
            const CardFace face = cardFace(deck, *c);
            cardWidget(ui, "counter." + id, face, cw, CardSize::Full, pose);
        }
    } else {
        CardPose pose;
        pose.flip = 1;
        pose.backPictogram = g ? g->symbol : "magnifying-glass";
        pose.backLabel = ui.t("tegenwicht.title");
        CardFace none;
        cardWidget(ui, "counter.back", none, cw, CardSize::Full, pose, false, cw * 1.1f);
    }
    endBody(ui, scroll);
    beginFooter(ui);
    if (!drawn) {
        ButtonStyle st;
        st.pictogram = "magnifying-glass";
        if (button(ui, ui.t("tegenwicht.counter.draw"), "counter.draw", st))
            out = Choice::play(tw::drawCounter(r.number));
    } else {
        ButtonStyle other;
        other.look = Look::Secondary;
        other.pictogram = "shuffle";
        if (button(ui, ui.t("tegenwicht.counter.again"), "counter.again", other))
            out = Choice::play(tw::drawCounter(r.number));
        const bool last = r.number >= s.setup.rounds;
        if (button(ui, last ? ui.t("tegenwicht.counter.closing") : ui.t("tegenwicht.counter.next"), "round.next"))
            out = Choice::play(tw::nextRound(r.number));
    }
    if (mayChange) {
        ButtonStyle quiet;
        quiet.look = Look::Quiet;
        quiet.pictogram = "bullseye";
        if (button(ui, ui.t("tegenwicht.counter.change"), "counter.change", quiet)) changeRequested = true;
    }
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
