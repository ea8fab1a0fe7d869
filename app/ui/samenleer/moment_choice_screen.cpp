#include "ui/samenleer/moment_choice_screen.h"
#include "ui/kit/shapes.h"
#include "ui/samenleer/talk_how_to.h"

#include <algorithm>

#include "ui/cards/card_view.h"
#include "ui/kit/fit_text.h"
#include "ui/kit/optional_words.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"
#include "ui/samenleer/chosen_moment.h"
#include "ui/samenleer/pause_hint.h"

namespace samenspel::ui {

namespace {

// A theme as a tab: its colour as a band, its symbol in a white disc, its
// question as the label. Selected: a thick outline and a check.
// The theme's question on its tab: in Beeldmodus at the body size where it
// fits (the words lead there, and small bold reads badly at the largest text).
FittedFont tabWords(const Ui& ui, const std::string& label, float width) {
    const auto& f = ui.fonts();
    return ui.beeldmodus ? fitWords({f.bold, f.smallBold}, label, width) : fitWords({f.smallBold}, label, width);
}

bool themeTab(Ui& ui, const CardGroup& g, const std::string& id, float w, float h, bool selected, int chosenHere) {
    const Touch touch = touchArea(ui, g.label, id, ImVec2(w, h));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 colour = parseColour(g.colour, ui.theme.primary);
    const float r = ui.dp(14), band = ui.dp(8);
    fillRoundRect(dl, a, b,
                  touch.held ? ui.theme.surfaceAlt : (selected ? mix(colour, IM_COL32_WHITE, 0.88f) : ui.theme.surface),
                  r);
    fillRoundRect(dl, a, ImVec2(a.x + band, b.y), colour, r, ImDrawFlags_RoundCornersLeft);
    dl->AddRect(a, b, selected ? colour : ui.theme.divider, r, 0, selected ? ui.dp(3) : ui.dp(1));
    const float disc = ui.dp(ui.beeldmodus ? 50 : 40);  // the symbol leads in Beeldmodus
    const ImVec2 dc(a.x + band + ui.dp(8) + disc / 2, (a.y + b.y) / 2);
    fillCircle(dl, dc, disc / 2, colour);
    fillCircle(dl, dc, disc / 2 - ui.dp(3), IM_COL32_WHITE);
    drawPictogram(ui, dl, g.symbol, dc, disc * 0.72f);
    const float x = dc.x + disc / 2 + ui.dp(8), textW = b.x - x - ui.dp(8);
    const FittedFont fitted = tabWords(ui, g.label, textW);
    ImFont* font = fitted.font;
    const float fs = fitted.size;
    const ImVec2 ts = font->CalcTextSizeA(fs, FLT_MAX, textW, g.label.c_str());
    dl->PushClipRect(a, b, true);
    dl->AddText(font, fs, ImVec2(x, (a.y + b.y - ts.y) / 2), ui.theme.text, g.label.c_str(), nullptr, textW);
    dl->PopClipRect();
    if (chosenHere > 0) {
        const ImVec2 c(b.x - ui.dp(12), a.y + ui.dp(12));
        fillCircle(dl, c, ui.dp(10), colour);
        const std::string n = std::to_string(chosenHere);
        const ImVec2 ns = font->CalcTextSizeA(fs, FLT_MAX, 0, n.c_str());
        dl->AddText(font, fs, ImVec2(c.x - ns.x / 2, c.y - ns.y / 2), textOn(colour), n.c_str());
    }
    return touch.tapped;
}

}  // namespace

Choice MomentChoiceScreen::draw(Ui& ui, const Game& game, SamenleerView& view) {
    const auto& s = *game.samenleer();
    const Deck& deck = game.deck();
    Choice out;
    const int maxMoments = deck.rule("maxMoments", 3);
    const bool full = static_cast<int>(s.moments.size()) >= maxMoments;
    auto chosen = [&](const std::string& id) {
        return std::any_of(s.moments.begin(), s.moments.end(), [&](const auto& m) { return m.card == id; });
    };
    std::string& detail = view.detail;
    if (!detail.empty() && (chosen(detail) || full || !deck.card(detail))) detail.clear();

    if (beginScreen(ui, samenleerHeader(ui, "samenleer.choose", ui.t("samenleer.choose.title"),
                                        ui.tf("samenleer.choose.subtitle", {{"n", std::to_string(s.moments.size())},
                                                                            {"max", std::to_string(maxMoments)}}))))
        out = Choice::back();
    beginBody(ui, scroll, 1);

    // Whose turn it is: avatar, role colour and words.
    if (!full) {
        const ImU32 colour = s.turn == kCoach ? ui.theme.coach : ui.theme.jobseeker;
        badge(ui, seatAvatar(s.setup, s.turn), ui.tf("samenleer.choose.turn", {{"name", personName(s.setup, s.turn)}}),
              colour, "choose.turn");
        instruction(ui, "choose.hint", "pointing-up", ui.t("samenleer.choose.hint.short"),
                    ui.t("samenleer.choose.hint.full"), ui.theme.textMuted);
    } else {
        instruction(ui, "choose.full", "check-mark", ui.t("samenleer.choose.full.short"),
                    ui.tn("samenleer.choose.full", maxMoments));
    }

    // What is chosen so far: one under the other on a phone, two by two on a tablet.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float fullCol = ui.columnWidth();
    const int chosenCols = fullCol >= ui.dp(600) ? 2 : 1;
    const float chosenW = (fullCol - spacing * (chosenCols - 1)) / chosenCols;
    const float removeW = ui.dp(ui.beeldmodus ? 150 : 132);
    const float rowX = ImGui::GetCursorPosX();
    float rowY = ImGui::GetCursorPosY(), rowBottom = rowY;
    for (std::size_t i = 0; i < s.moments.size(); ++i) {
        const auto& m = s.moments[i];
        const int c = static_cast<int>(i) % chosenCols;
        if (c == 0 && i > 0) rowY = rowBottom;
        // The card, then its badge with "Leg terug" beside it; a second column by indenting.
        const float indent = c * (chosenW + spacing);
        ImGui::SetCursorPos(ImVec2(rowX + indent, rowY));
        if (indent > 0) ImGui::Indent(indent);
        ui.setColumnWidth(chosenW);
        const float lineX = ImGui::GetCursorPosX();
        if (chosenMoment(ui, deck, s.setup, m, "chosen." + m.card)) {
            // Beside the badge when it fits; under it with large text.
            const float right = ImGui::GetCursorScreenPos().x + chosenW;
            if (ImGui::GetItemRectMax().x + spacing + removeW <= right) {
                ImGui::SameLine();
                ImGui::SetCursorPosX(lineX + chosenW - removeW);  // at the card's right edge
            }
            ButtonStyle st;
            st.look = Look::Quiet;
            st.width = removeW;
            if (ui.beeldmodus) st.pictogram = "cross-mark";
            if (button(ui, ui.t("samenleer.choose.remove"), "chosen.remove." + std::to_string(i), st))
                out = Choice::play(sl::removeMoment(static_cast<std::uint16_t>(i), m.pickedBy, m.card));
        }
        ui.setColumnWidth(fullCol);
        if (indent > 0) ImGui::Unindent(indent);
        rowBottom = std::max(rowBottom, ImGui::GetCursorPosY());
    }
    ImGui::SetCursorPos(ImVec2(rowX, rowBottom));
    if (!s.moments.empty()) gap(ui, 6);

    if (!detail.empty()) {
        // One card big, to read before choosing.
        if (const Card* c = deck.card(detail)) {
            const float cw = std::min(ui.columnWidth(), ui.dp(380));
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ui.columnWidth() - cw) / 2);
            cardWidget(ui, "detail." + detail, cardFace(deck, *c), cw, CardSize::Full);
            if (c->kind == CardKind::Own)
                optionalWords(ui, ui.t("samenleer.choose.own.label"), "own.topic", view.ownTopic, limits::kNoteChars,
                              ui.t("samenleer.choose.own.hint"));
            ButtonStyle st;
            st.look = Look::Secondary;
            if (button(ui, ui.t("samenleer.choose.detail.close"), "detail.close", st)) detail.clear();
        }
    } else if (!full) {
        // The four themes, then the cards of the open one.
        std::vector<const CardGroup*> themes;
        for (const auto& g : deck.groups)
            if (g.role == GroupRole::Theme) themes.push_back(&g);
        int& theme = view.theme;
        theme = std::clamp(theme, 0, std::max(0, static_cast<int>(themes.size()) - 1));
        // As many tabs side by side as fit their words (4, 2 or 1), all as tall as the tallest.
        const float perTab = ui.fonts().smallBold->FontSize * 9.5f;
        const int fit = static_cast<int>(ui.columnWidth() / perTab);
        const int cols = fit >= 4 ? 4 : fit >= 2 ? 2 : 1;
        const float tw = (ui.columnWidth() - spacing * (cols - 1)) / cols;
        float tabH = ui.dp(ui.beeldmodus ? 100 : 84);
        for (const CardGroup* g : themes) {
            const float textW = tw - ui.dp(8 + 8 + (ui.beeldmodus ? 50 : 40) + 8 + 8);
            const FittedFont fitted = tabWords(ui, g->label, textW);
            tabH =
                std::max(tabH, fitted.font->CalcTextSizeA(fitted.size, FLT_MAX, textW, g->label.c_str()).y + ui.dp(24));
        }
        for (std::size_t i = 0; i < themes.size(); ++i) {
            if (i % cols) ImGui::SameLine();
            int here = 0;
            for (const auto& m : s.moments)
                if (const Card* c = deck.card(m.card); c && c->group == themes[i]->id) ++here;
            if (themeTab(ui, *themes[i], "theme." + themes[i]->id, tw, tabH, static_cast<int>(i) == theme, here))
                theme = static_cast<int>(i);
        }
        gap(ui, 4);
        if (!themes.empty()) {
            const CardGroup* g = themes[theme];
            instruction(ui, "theme.about", g->symbol, g->label, g->text, ui.theme.textMuted, g->label + " " + g->text);
            std::vector<const Card*> cards;
            for (const auto& id : s.tableOrder)
                if (const Card* c = deck.card(id); c && c->group == g->id && !chosen(id)) cards.push_back(c);
            if (cards.empty()) {
                // A theme without its own cards ("what else?") offers an own topic,
                // one that belongs to no other theme.
                for (const Card* c : deck.cardsOfKind("own"))
                    if (!chosen(c->id) && (c->group == g->id || !deck.group(c->group) ||
                                           deck.group(c->group)->role != GroupRole::Theme)) {
                        cards.push_back(c);
                        break;
                    }
            }
            const int ccols = cardColumns(ui, 160, 4);
            const float cw = (ui.columnWidth() - spacing * (ccols - 1)) / ccols;
            float rowH = 0;
            for (const Card* c : cards)
                rowH = std::max(rowH, cardHeight(ui, cardFace(deck, *c), cw, CardSize::Compact));
            for (std::size_t i = 0; i < cards.size(); ++i) {
                if (i % ccols) ImGui::SameLine();
                if (cardWidget(ui, "moment." + cards[i]->id, cardFace(deck, *cards[i]), cw, CardSize::Compact, {},
                               false, rowH, 50.0 * i)
                        .tapped) {
                    detail = cards[i]->id;
                    view.ownTopic.clear();
                }
            }
            // An own topic fits under every theme: the theme's own card when the
            // deck has one (so the topic stays in its theme), else a loose one.
            if (g != deck.ownTopicTheme()) {
                const Card* own = nullptr;
                for (const Card* c : deck.cardsOfKind("own"))
                    if (!chosen(c->id) && (!own || (c->group == g->id && own->group != g->id))) own = c;
                if (own) {
                    ButtonStyle st;
                    st.look = Look::Secondary;
                    st.pictogram = own->pictogram;
                    if (button(ui, ui.t("samenleer.choose.own"), "moment.own", st))
                        detail = own->id, view.ownTopic.clear();
                }
            }
        }
    }
    pauseOrStopHint(ui);
    endBody(ui, scroll);
    beginFooter(ui);
    if (!detail.empty()) {
        ButtonStyle st;
        st.pictogram = "check-mark";
        st.accent = s.turn == kCoach ? ui.theme.coach : ui.theme.jobseeker;
        if (button(ui, ui.t("samenleer.choose.pick"), "detail.pick", st)) {
            const Card* c = deck.card(detail);
            out = Choice::play(
                sl::pickMoment(s.turn, detail, c && c->kind == CardKind::Own ? view.ownTopic : std::string()));
            detail.clear();
            view.ownTopic.clear();
        }
    } else {
        ButtonStyle st;
        st.enabled = !s.moments.empty();
        st.pictogram = "arrow-right";
        if (button(ui, ui.t("samenleer.choose.done"), "choose.done", st)) out = Choice::play(sl::startTalking());
    }
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
