#include "ui/samenleer/closing_screen.h"
#include "ui/samenleer/talk_how_to.h"

#include <algorithm>

#include "ui/cards/card_view.h"
#include "ui/kit/optional_words.h"
#include "ui/kit/paper_buttons.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"
#include "ui/samenleer/pause_hint.h"
#include "ui/samenleer/role_picker.h"
#include "ui/samenleer/two_columns.h"
#include "ui/shell/session_summary_screen.h"

namespace samenspel::ui {

Choice ClosingScreen::draw(Ui& ui, const Game& game, SamenleerView& view) {
    const auto& s = *game.samenleer();
    const Deck& deck = game.deck();
    Choice out;
    if (beginScreen(ui, samenleerHeader(ui, "samenleer.close", ui.t("samenleer.close.title"),
                                        ui.t("samenleer.close.subtitle"))))
        out = Choice::back();
    std::string& pending = view.pending;
    if (!pending.empty() && !deck.card(pending)) pending.clear();
    if (view.who != kCoach && view.who != kJobseeker) view.who = kJobseeker;
    beginBody(ui, scroll, 1);
    // Landscape with room: what we talked about on the left, what we agree
    // and how it felt on the right.
    TwoColumns cols(ui, 0.5f);
    if (ui.beeldmodus)
        instruction(ui, "close.talked", "note", ui.t("samenleer.close.talked.short"),
                    ui.t("samenleer.close.talked.short"), 0, ui.t("samenleer.close.talked.spoken"));
    else heading(ui, ui.t("samenleer.close.talked"));
    momentOutcomes(ui, deck, s);
    cols.right();

    if (!cols.on()) gap(ui, 4);
    if (!ui.beeldmodus) heading(ui, ui.t("samenleer.close.actions"));  // Beeldmodus: the instruction below says it
    instruction(ui, "close.actions.hint", "person-running", ui.t("samenleer.close.actions.short"),
                ui.t("samenleer.close.actions.full"), ui.theme.textMuted);
    for (std::size_t i = 0; i < s.actions.size(); ++i) {
        const auto& a = s.actions[i];
        const Card* c = deck.card(a.card);
        const std::string label = c ? c->label : a.card, who = roleName(a.addedBy);
        const std::string line = a.text.empty() ? ui.tf("samenleer.close.action", {{"action", label}, {"who", who}})
                                                : ui.tf("samenleer.close.action.words",
                                                        {{"action", label}, {"words", a.text}, {"who", who}});
        ButtonStyle st;
        st.look = Look::Secondary;
        st.pictogram = c ? c->pictogram : "check-mark";
        st.width = ui.columnWidth() - ui.dp(60);
        button(ui, line, "action.agreed." + std::to_string(i), st);
        ImGui::SameLine();
        if (iconButton(ui, "cross-mark", ui.t("samenleer.close.remove"), "action.remove." + std::to_string(i), 48))
            out = Choice::play(sl::removeAction(static_cast<int>(i), a.card));
    }
    const int maxActions = deck.rule("maxActions", 6);
    if (static_cast<int>(s.actions.size()) < maxActions) {
        instruction(ui, "close.who", "raised-hand", ui.t("samenleer.close.who"), ui.t("samenleer.close.who"));
        rolePicker(ui, "who", s.setup, view.who);
        const auto actions = deck.cardsOfKind("action");
        const int cols = cardColumns(ui, 160, 4);
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float cw = (ui.columnWidth() - spacing * (cols - 1)) / cols;
        float rowH = 0;
        for (const Card* c : actions) rowH = std::max(rowH, cardHeight(ui, cardFace(deck, *c), cw, CardSize::Compact));
        for (std::size_t i = 0; i < actions.size(); ++i) {
            if (i % cols) ImGui::SameLine();
            CardPose pose;
            pose.selected = pending == actions[i]->id;
            if (cardWidget(ui, "action." + actions[i]->id, cardFace(deck, *actions[i]), cw, CardSize::Compact, pose,
                           false, rowH)
                    .tapped)
                pending = pose.selected ? std::string() : actions[i]->id, view.actionWords.clear();
        }
        if (!pending.empty()) {
            optionalWords(ui, ui.t("samenleer.close.words.label"), "action.words", view.actionWords, limits::kNoteChars,
                          ui.t("samenleer.close.words.hint"));
            ButtonStyle st;
            st.pictogram = "plus";
            if (button(ui, ui.t("samenleer.close.add"), "action.add", st)) {
                out = Choice::play(sl::addAction(view.who, pending, view.actionWords));
                pending.clear();
                view.actionWords.clear();
            }
        }
    }

    gap(ui, 8);
    instruction(ui, "close.rate.hint", "red-heart", ui.t("samenleer.close.rate.short"),
                ui.t("samenleer.close.rate.full"));
    const auto faces = deck.cardsOfKind("rating");
    for (int seat = 0; seat < 2; ++seat) {
        badge(ui, seatAvatar(s.setup, seat), personName(s.setup, seat),
              seat == kCoach ? ui.theme.coach : ui.theme.jobseeker);
        const int n = static_cast<int>(faces.size());
        if (n == 0) continue;
        const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
        const float w = std::min(ui.dp(112), (ui.columnWidth() - spacing * (n - 1)) / n);
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, ImGui::GetStyle().ItemSpacing.y));
        for (int i = 0; i < n; ++i) {
            if (i) ImGui::SameLine();
            const Card* f = faces[i];
            const bool on = s.ratings[seat] == f->order;
            const std::string id =
                std::string("rate.") + (seat == kCoach ? "coach." : "jobseeker.") + std::to_string(f->order);
            if (pictogramTile(ui, f->pictogram, f->label, id,
                              ImVec2(w, std::max(ui.dp(ui.beeldmodus ? 124 : 108), w * 1.2f)), on,
                              seat == kCoach ? ui.theme.coach : ui.theme.jobseeker) &&
                !on)
                out = Choice::play(sl::rate(seat, f->order));
        }
        ImGui::PopStyleVar();
        gap(ui, 4);
    }
    if (s.ratings[0] == 0 || s.ratings[1] == 0)
        instruction(ui, "close.rate.todo", "pointing-up", ui.t("samenleer.close.rate.todo.short"),
                    ui.t("samenleer.close.rate.todo.full"), ui.theme.textMuted);
    gap(ui, 8);
    bool ownWords = false;  // notes, own topics or action words: only on the sheet when the two choose so
    for (const auto& m : s.moments) {
        ownWords = ownWords || !m.ownTopic.empty();
        for (const auto& a : m.answers) ownWords = ownWords || !a.note.empty();
    }
    for (const auto& a : s.actions) ownWords = ownWords || !a.text.empty();
    if (Choice sheet = takeHomeButton(ui, ownWords, takeOwnWords)) out = sheet;
    cols.end();
    pauseOrStopHint(ui);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.enabled = s.ratings[0] != 0 && s.ratings[1] != 0;
    st.pictogram = "check-mark";
    if (button(ui, ui.t("samenleer.close.finish"), "close.finish", st)) out = Choice::play(sl::finish());
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
