#include "ui/reflectie/success_factor_screen.h"

#include <set>

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice SuccessFactorScreen::draw(Ui& ui, const Game& game, ReflectieView& view) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    const auto still = seatsStillToNote(s);
    // A seat picking in private: only its own cards on screen, nothing of the others.
    const bool picking = !r.revealed && view.seat >= 0;
    view.privateStep = picking;
    const std::string screenId = r.revealed ? "reflectie.success.revealed"
                                 : picking  ? "reflectie.success.private." + std::to_string(view.seat)
                                            : "reflectie.success";
    if (beginScreen(ui, reflectieHeader(ui, screenId, ui.t("reflectie.success.title"), roundSubtitle(ui, s)))) {
        if (picking) view.clearStep(view.stepKey);  // back: out of the private pick, to the seats
        else out = Choice::back();
    }
    beginBody(ui, scroll, picking ? 0 : 1, view.seat + 10 * r.revealed);
    if (picking) {
        badge(ui, seatAvatar(s.setup, view.seat),
              ui.tf("reflectie.success.private", {{"name", seatName(ui, s.setup, view.seat)}}), ui.theme.primarySoft,
              "success.private");
        instruction(ui, "success.pick", "note", ui.t("reflectie.success.pick.short"),
                    ui.t("reflectie.success.pick.full"));
        const std::string tapped = cardGrid(ui, deck, deck.cardsOfKind(CardKind::Strength), view.pick, "factor.");
        if (!tapped.empty()) view.pick = tapped;
        if (wordsAndConfirm(ui, view.words, "success", ui.t("reflectie.success.lay"), !view.pick.empty())) {
            out = Choice::play(rf::noteFactor(r.number, view.seat, view.pick, view.words));
            view.clearStep(view.stepKey);
            view.privateStep = false;
        }
    } else if (!r.revealed) {
        instruction(ui, "success.hint", "question", ui.t("reflectie.success.short"),
                    ui.tf("reflectie.success.full", {{"name", seatName(ui, s.setup, r.inbrenger)}}));
        instruction(ui, "success.who", "locked", ui.t("reflectie.success.who.short"),
                    ui.t("reflectie.success.who.full"));
        std::set<int> done;
        for (const auto& [seat, note] : r.factors) done.insert(seat);
        int chosen = -1;
        if (seatRow(ui, s.setup, questioners(s), chosen, done, "success.seat.")) {
            view.seat = chosen;
            view.pick = r.factors.count(chosen) ? r.factors.at(chosen).card : std::string();
            view.words = r.factors.count(chosen) ? r.factors.at(chosen).text : std::string();
            ui.keepAnimating();
        }
        if (Choice c = leaderPanel(ui, game)) out = c;
    } else {
        instruction(ui, "success.revealed", "eyes", ui.t("reflectie.success.revealed.short"),
                    ui.t("reflectie.success.revealed.full"));
        for (const auto& [seat, note] : r.factors) {
            const Card* c = deck.card(note.card);
            std::string line =
                ui.tf("reflectie.success.row", {{"name", seatName(ui, s.setup, seat)}, {"card", c ? c->label : ""}});
            if (!note.text.empty()) line += ": " + note.text;
            spokenBadge(ui, c ? c->pictogram : "note", line, ui.theme.primarySoft,
                        "factor.row." + std::to_string(seat));
        }
        gap(ui, 6);
        instruction(ui, "success.compare", "books", ui.t("reflectie.success.compare.short"),
                    ui.t("reflectie.success.compare.full"));
        if (const Card* k = knowledgeCard(deck, s)) fullCard(ui, deck, k->id, "success.knowledge");
        if (Choice c = leaderPanel(ui, game)) out = c;
    }
    endBody(ui, scroll);
    if (!picking) {
        beginFooter(ui);
        ButtonStyle go;
        if (!r.revealed) {
            go.pictogram = "eyes";
            go.enabled = still.empty();
            if (button(ui,
                       still.empty() ? ui.t("reflectie.success.reveal")
                                     : ui.tn("reflectie.success.waiting", static_cast<long>(still.size())),
                       "success.reveal", go))
                out = Choice::play(rf::revealFactors(r.number));
        } else {
            go.pictogram = "arrow-right";
            if (button(ui, ui.t("reflectie.next"), "success.next", go))
                out = Choice::play(rf::finishQuestioning(r.number));
        }
        endFooter(ui);
    }
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
