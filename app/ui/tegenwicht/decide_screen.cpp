#include "ui/tegenwicht/decide_screen.h"

#include <algorithm>
#include <vector>

#include "ui/cards/card_view.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/tegenwicht/tegenwicht_header.h"

namespace samenspel::ui {

Choice DecideScreen::draw(Ui& ui, const Game& game, bool change) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    if (round != r.number || change != changing) {
        // A new round starts empty; a change starts from the answer given.
        round = r.number, changing = change;
        card = r.decided() ? r.decisiveCard : std::string();
        none = r.noneDecisive();
        step = r.decided() ? r.decisiveStep : -1;
    }
    Choice out;
    const std::string who = seatName(s.setup, r.inbrenger);
    if (beginTegenwichtScreen(ui, "tegenwicht.decide", ui.t("tegenwicht.decide.title"),
                              ui.tf("tegenwicht.round_inbrenger", {{"n", std::to_string(r.number)}, {"name", who}})))
        out = Choice::back();
    beginBody(ui, scroll, change ? 2 : 1, r.number);
    instruction(ui, "decide.hint", "bullseye", ui.t("tegenwicht.decide.hint_short"),
                ui.tf("tegenwicht.decide.hint", {{"name", who}}));
    std::vector<CardFace> faces;
    for (const auto& rc : r.revealed)
        if (const Card* c = deck.card(rc.card)) faces.push_back(cardFace(deck, *c));
    const int cols = cardColumnsFitting(ui, faces, 160, 3, CardSize::Compact);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ui.columnWidth() - spacing * (cols - 1)) / cols;
    float rowH = 0;
    for (const auto& rc : r.revealed)
        if (const Card* c = deck.card(rc.card))
            rowH = std::max(rowH, cardHeight(ui, cardFace(deck, *c), w, CardSize::Compact));
    int i = 0;
    for (const auto& rc : r.revealed) {
        const Card* c = deck.card(rc.card);
        if (!c) continue;
        if (i % cols) ImGui::SameLine();
        CardPose pose;
        pose.selected = !none && card == rc.card;
        if (cardWidget(ui, "decide." + std::to_string(i++), cardFace(deck, *c), w, CardSize::Compact, pose, false, rowH)
                .tapped)
            card = rc.card, none = false;
    }
    // An honest answer may be that none of these cards decided it.
    gap(ui, 4);
    {
        ButtonStyle st;
        st.look = Look::Secondary;
        st.selected = none;
        st.pictogram = "cross-mark";
        if (button(ui, ui.t("tegenwicht.decide.none"), "decide.none", st)) none = true, card.clear();
    }
    gap(ui, 8);
    instruction(ui, "decide.step", "footprints", ui.t("tegenwicht.decide.step_short"), ui.t("tegenwicht.decide.step"));
    const auto steps = deck.cardsOfKind("step");
    std::vector<std::string> labels;
    for (const Card* c : steps) {
        std::string label = std::to_string(c->order) + " " + c->label;
        // "Prioriteren" is jargon for many: a plain word beside it.
        if (c->id == "tw.s.4") label += " (" + ui.t("tegenwicht.decide.prioritise") + ")";
        labels.push_back(std::move(label));
    }
    // Fewer, wider tiles until every word of every label fits on a line, so
    // large text never breaks a word ("Prioriteren") in the middle.
    int scols = cardColumns(ui, 104, 6);
    auto tileW = [&](int n) { return (ui.columnWidth() - spacing * (n - 1)) / n; };
    ImFont* body = ui.fonts().body;
    while (scols > 1 && !std::all_of(labels.begin(), labels.end(), [&](const std::string& l) {
               const float inner = tileW(scols) - ui.dp(8);
               return wordsFit(body, l, inner) && body->CalcTextSizeA(body->FontSize, FLT_MAX, inner, l.c_str()).y <=
                                                      2 * body->FontSize + 1;  // the tile holds two lines
           }))
        --scols;
    const float sw = tileW(scols);
    for (std::size_t k = 0; k < steps.size(); ++k) {
        if (k % scols) ImGui::SameLine();
        const std::string& label = labels[k];
        if (pictogramTile(ui, steps[k]->pictogram, label, "step." + std::to_string(steps[k]->order),
                          ImVec2(sw, ui.dp(112)), step == steps[k]->order))
            step = steps[k]->order;
    }
    // The chosen step's description, with a speaker; Beeldmodus shows its
    // pictogram and name large and reads the description aloud.
    for (const Card* c : steps)
        if (c->order == step) instruction(ui, "decide.step.text", c->pictogram, c->label, c->text, ui.theme.textMuted);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.enabled = (none || !card.empty()) && step >= 0;
    st.pictogram = "check-mark";
    if (button(ui, change ? ui.t("tegenwicht.decide.confirm_change") : ui.t("tegenwicht.decide.confirm"),
               "decide.confirm", st))
        out = Choice::play(none ? tw::decideNone(r.number, r.inbrenger, step)
                                : tw::decide(r.number, r.inbrenger, card, step));
    if (change) {
        ButtonStyle keep;
        keep.look = Look::Quiet;
        keep.pictogram = "keep";  // as it is: the pin that keeps it in place
        if (button(ui, ui.t("tegenwicht.decide.keep"), "decide.keep", keep)) cancelRequested = true;
    }
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
