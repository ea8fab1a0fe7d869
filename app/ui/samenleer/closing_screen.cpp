#include "ui/samenleer/closing_screen.h"

#include <algorithm>

#include "ui/cards/card_view.h"
#include "ui/kit/people.h"
#include "ui/shell/session_summary_screen.h"
#include "ui/kit/optional_words.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/samenleer/role_picker.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

std::optional<Action> ClosingScreen::draw(Ui& ui, const Game& game, bool* backTapped) {
    const auto& s = *game.samenleer();
    const Deck& deck = game.deck();
    std::optional<Action> out;
    *backTapped = beginScreen(ui, "Afronden", true, "Stap 3 · afspreken en terugkijken");
    beginBody(ui, scroll, 1);
    if (ui.beeldmodus)
        instruction(ui, "close.talked", "note", "Dit bespraken jullie.", "Dit bespraken jullie.", 0,
                    "Dit bespraken jullie. Bij elk moment staat of jullie het houden of veranderen.");
    else
        heading(ui, "Wat we bespraken");
    momentOutcomes(ui, deck, s);

    gap(ui, 4);
    if (!ui.beeldmodus) heading(ui, "Wat gaan we doen?");  // Beeldmodus: the instruction below says it
    instruction(ui, "close.actions.hint", "person-running", "Kies wat jullie gaan doen.",
                "Tik op een actie. Je kunt er een paar woorden bij zetten.", ui.theme.textMuted);
    for (std::size_t i = 0; i < s.actions.size(); ++i) {
        const auto& a = s.actions[i];
        const Card* c = deck.card(a.card);
        const std::string line = (c ? c->label : a.card) + (a.text.empty() ? "" : ": " + a.text);
        ButtonStyle st;
        st.look = Look::Secondary;
        st.pictogram = c ? c->pictogram : "check-mark";
        st.width = ui.columnWidth() - ui.dp(60);
        button(ui, line + " · " + roleName(a.addedBy), "action.agreed." + std::to_string(i), st);
        ImGui::SameLine();
        if (iconButton(ui, "cross-mark", "Haal weg", "action.remove." + std::to_string(i), 48))
            out = sl::removeAction(static_cast<int>(i));
    }
    const int maxActions = deck.rule("maxActions", 6);
    if (static_cast<int>(s.actions.size()) < maxActions) {
        instruction(ui, "close.who", "raised-hand", "Wie doet het?", "Wie doet het?");
        rolePicker(ui, "who", s.setup, who);
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
            if (cardWidget(ui, "action." + actions[i]->id, cardFace(deck, *actions[i]), cw, CardSize::Compact, pose, false, rowH)
                    .tapped)
                pending = pose.selected ? std::string() : actions[i]->id, words.clear();
        }
        if (!pending.empty()) {
            optionalWords(ui, "In je eigen woorden (mag leeg)", "action.words", words, limits::kNoteChars,
                          "Bijvoorbeeld: wie, wat, wanneer");
            ButtonStyle st;
            st.pictogram = "plus";
            if (button(ui, "Spreek deze actie af", "action.add", st)) {
                out = sl::addAction(who, pending, words);
                pending.clear();
                words.clear();
            }
        }
    }

    gap(ui, 8);
    instruction(ui, "close.rate.hint", "red-heart", "Hoe vond je het gesprek?",
                "Hoe vond je dit gesprek? Kies allebei een gezicht: heel slecht, slecht, gaat wel, goed of heel goed.");
    const auto faces = deck.cardsOfKind("rating");
    for (int seat = 0; seat < 2; ++seat) {
        badge(ui, seatAvatar(s.setup, seat), personName(s.setup, seat), seat == kCoach ? ui.theme.coach : ui.theme.jobseeker);
        const int n = static_cast<int>(faces.size());
        if (n == 0) continue;
        const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
        const float w = std::min(ui.dp(112), (ui.columnWidth() - spacing * (n - 1)) / n);
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, ImGui::GetStyle().ItemSpacing.y));
        for (int i = 0; i < n; ++i) {
            if (i) ImGui::SameLine();
            const Card* f = faces[i];
            const bool on = s.ratings[seat] == f->order;
            const std::string id = std::string("rate.") + (seat == kCoach ? "coach." : "jobseeker.") + std::to_string(f->order);
            if (pictogramTile(ui, f->pictogram, f->label, id, ImVec2(w, std::max(ui.dp(ui.beeldmodus ? 124 : 108), w * 1.2f)), on,
                              seat == kCoach ? ui.theme.coach : ui.theme.jobseeker) &&
                !on)
                out = sl::rate(seat, f->order);
        }
        ImGui::PopStyleVar();
        gap(ui, 4);
    }
    if (s.ratings[0] == 0 || s.ratings[1] == 0)
        instruction(ui, "close.rate.todo", "pointing-up", "Kies allebei een gezicht.",
                    "Kies allebei een gezicht. Daarna kun je opslaan.", ui.theme.textMuted);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.enabled = s.ratings[0] != 0 && s.ratings[1] != 0;
    st.pictogram = "check-mark";
    if (button(ui, "Opslaan en afsluiten", "close.finish", st))
        out = sl::finish();
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
