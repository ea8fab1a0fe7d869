#include "ui/reflectie/proposal_screen.h"

#include <algorithm>

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

namespace {

// One named situation: who, hard or success, and the pictogram or word.
std::string proposalWords(const Ui& ui, const Deck& deck, const GameSetup& setup, const Proposal& p) {
    const Card* c = p.card.empty() ? nullptr : deck.card(p.card);
    std::string what = c ? c->label : std::string();
    if (!p.text.empty()) what += what.empty() ? p.text : " · " + p.text;
    const std::string name = seatName(ui, setup, p.seat);
    if (p.form == ReflectieForm::Hard) return ui.tf("reflectie.propose.row.hard", {{"name", name}, {"what", what}});
    return ui.tf("reflectie.propose.row.success", {{"name", name}, {"what", what}});
}

}  // namespace

Choice ProposalScreen::draw(Ui& ui, const Game& game, ReflectieView& view) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    Choice out;
    const auto n = r.number;
    const int minProposals = deck.rule("minProposals", 2), maxProposals = deck.rule("maxProposals", 3);
    if (beginScreen(ui,
                    reflectieHeader(ui, "reflectie.propose", ui.t("reflectie.propose.title"), roundSubtitle(ui, s))))
        out = Choice::back();
    beginBody(ui, scroll, 0, n);
    instruction(ui, "propose.hint", "speech-balloon", ui.t("reflectie.propose.short"),
                ui.tf("reflectie.propose.full", {{"theme", deck.card(s.theme) ? deck.card(s.theme)->label : ""}}));

    // What is named so far, each with "Kies deze" once there are enough.
    const bool canChoose = static_cast<int>(r.proposals.size()) >= minProposals;
    if (canChoose)
        instruction(ui, "propose.choose", "bullseye", ui.t("reflectie.propose.choose.short"),
                    ui.t("reflectie.propose.choose.full"));
    for (std::size_t i = 0; i < r.proposals.size(); ++i) {
        const auto& p = r.proposals[i];
        const std::string id = "proposal." + std::to_string(i);
        const Card* c = p.card.empty() ? nullptr : deck.card(p.card);
        spokenBadge(ui, c ? c->pictogram : seatAvatar(s.setup, p.seat), proposalWords(ui, deck, s.setup, p),
                    p.form == ReflectieForm::Hard ? ui.theme.divider : ui.theme.primarySoft, id);
        const float w = splitWidth(ui, 2);
        ButtonStyle choose;
        choose.width = w;
        choose.pictogram = "check-mark";
        choose.enabled = canChoose;
        if (button(ui, ui.t("reflectie.propose.pick"), id + ".choose", choose))
            out = Choice::play(rf::chooseInbreng(n, static_cast<int>(i), p.seat));
        ImGui::SameLine();
        ButtonStyle back;
        back.look = Look::Quiet;
        back.width = w;
        back.pictogram = "back-arrow";
        if (button(ui, ui.t("reflectie.propose.withdraw"), id + ".withdraw", back))
            out = Choice::play(rf::withdraw(n, p.seat));
    }

    // Naming one more: who, hard or success, a pictogram and (optional) a word.
    std::vector<std::int16_t> free;
    for (auto seat : proposers(s))
        if (std::none_of(r.proposals.begin(), r.proposals.end(), [&](const auto& p) { return p.seat == seat; }))
            free.push_back(seat);
    if (static_cast<int>(r.proposals.size()) < maxProposals && !free.empty()) {
        gap(ui, 6);
        instruction(ui, "propose.who", "raised-hand", ui.t("reflectie.propose.who.short"),
                    ui.t("reflectie.propose.who.full"));
        if (std::find(free.begin(), free.end(), view.seat) == free.end()) view.seat = -1;
        seatRow(ui, s.setup, free, view.seat, {}, "propose.seat.");
        if (view.seat >= 0) {
            instruction(ui, "propose.form", "signpost", ui.t("reflectie.propose.form.short"),
                        ui.t("reflectie.propose.form.full"));
            const auto forms = deck.cardsOfKind(CardKind::Form);
            const float w = splitWidth(ui, 2), h = ui.dp(ui.beeldmodus ? 128 : 108);
            for (std::size_t f = 0; f < forms.size() && f < 2; ++f) {
                if (f) ImGui::SameLine();
                if (pictogramTile(ui, forms[f]->pictogram, forms[f]->label, "propose.form." + std::to_string(f),
                                  ImVec2(w, h), view.form == static_cast<int>(f)))
                    view.form = static_cast<int>(f);
            }
            instruction(ui, "propose.what", "framed-picture", ui.t("reflectie.propose.what.short"),
                        ui.t("reflectie.propose.what.full"));
            const std::string tapped =
                cardGrid(ui, deck, deck.cardsOfKind(CardKind::Situation), view.pick, "situation.");
            if (!tapped.empty()) view.pick = tapped == view.pick ? std::string() : tapped;
            if (wordsAndConfirm(ui, view.words, "propose", ui.t("reflectie.propose.add"),
                                !view.pick.empty() || !view.words.empty())) {
                out = Choice::play(
                    rf::propose(n, view.seat, static_cast<ReflectieForm>(view.form), view.pick, view.words));
                view.clearStep(view.stepKey);
            }
        }
    }
    endBody(ui, scroll);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
