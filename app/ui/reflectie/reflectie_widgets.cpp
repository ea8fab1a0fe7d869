#include "ui/reflectie/reflectie_widgets.h"

#include <algorithm>
#include <set>

#include "engine/action.h"
#include "ui/cards/card_view.h"
#include "ui/kit/optional_words.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/step_header.h"

namespace samenspel::ui {

ScreenHeader reflectieHeader(const Ui& ui, std::string id, std::string title, std::string subtitle) {
    return stepHeader(std::move(id), std::move(title), std::move(subtitle),
                      {kReflectieHowTo,
                       {{"eyes", ui.t("reflectie.how_to.1")},
                        {"speech-balloon", ui.t("reflectie.how_to.2")},
                        {"question", ui.t("reflectie.how_to.3")},
                        {"flexed-biceps", ui.t("reflectie.how_to.4")},
                        {"footprints", ui.t("reflectie.how_to.5")}}});
}

std::string cardGrid(Ui& ui, const Deck& deck, const std::vector<const Card*>& cards, const std::string& selected,
                     const std::string& idPrefix) {
    std::string tapped;
    std::vector<CardFace> faces;
    for (const Card* c : cards) faces.push_back(cardFace(deck, *c));
    const int cols = std::max(1, cardColumnsFitting(ui, faces, ui.beeldmodus ? 170 : 150, 4, CardSize::Compact));
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = std::floor((ui.columnWidth() - spacing * (cols - 1)) / cols);
    for (std::size_t i = 0; i < faces.size(); i += cols) {
        float h = 0;
        for (std::size_t k = i; k < std::min(faces.size(), i + cols); ++k)
            h = std::max(h, cardHeight(ui, faces[k], w, CardSize::Compact));
        for (std::size_t k = i; k < std::min(faces.size(), i + cols); ++k) {
            if (k > i) ImGui::SameLine();
            CardPose pose;
            pose.selected = faces[k].id == selected;
            if (cardWidget(ui, idPrefix + faces[k].id, faces[k], w, CardSize::Compact, pose, false, h).tapped)
                tapped = faces[k].id;
        }
    }
    return tapped;
}

void spokenBadge(Ui& ui, const std::string& pictogram, const std::string& text, ImU32 colour, const std::string& id) {
    const float right = ImGui::GetCursorScreenPos().x + ui.columnWidth();
    // A pill does not wrap: a line too long for it (large text, a long word
    // typed) becomes a wrapped instruction line with the same speaker.
    const float pill = ui.fonts().small->CalcTextSizeA(ui.fonts().small->FontSize, FLT_MAX, 0, text.c_str()).x;
    if (pill + ui.dp(48) + ui.dp(speakerDp(ui)) > ui.columnWidth()) {
        instruction(ui, id, pictogram, text, text);
        return;
    }
    badge(ui, pictogram, text, colour, id);
    if (!canReadAloud(ui)) return;
    const float speaker = ui.dp(speakerDp(ui)), spacing = ImGui::GetStyle().ItemSpacing.x;
    if (ImGui::GetItemRectMax().x + spacing + speaker <= right) ImGui::SameLine();
    speakerButton(ui, text, id + ".speak");
}

void fullCard(Ui& ui, const Deck& deck, const std::string& cardId, const std::string& id) {
    const Card* c = deck.card(cardId);
    if (!c) return;
    cardWidget(ui, id, cardFace(deck, *c), ui.columnWidth(), CardSize::Full);
}

std::string seatLabel(const Ui& ui, const GameSetup& setup, int seat) {
    if (seat < 0) return ui.t("reflectie.leader.outside");
    return seatName(ui, setup, seat);
}

std::string roundSubtitle(const Ui& ui, const ReflectieState& s) {
    const int n = s.rounds.empty() ? 1 : s.current().number;
    return ui.tf("reflectie.round", {{"n", std::to_string(n)}, {"count", std::to_string(s.plannedRounds())}});
}

std::string leaderLabel(const Ui& ui, const ReflectieState& s) {
    const int leader = s.rounds.empty() ? kOutsideLeader : s.current().leader;
    if (leader < 0) return ui.t("reflectie.leader.outside");
    return ui.tf("reflectie.leader.seat", {{"name", seatName(ui, s.setup, leader)}});
}

bool seatRow(Ui& ui, const GameSetup& setup, const std::vector<std::int16_t>& seats, int& selected,
             const std::set<int>& done, const std::string& idPrefix) {
    bool tapped = false;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float minW = ui.dp(ui.beeldmodus ? 104 : 92);
    const int cols = std::max(1, std::min<int>(static_cast<int>(seats.size()),
                                               static_cast<int>((ui.columnWidth() + spacing) / (minW + spacing))));
    const float w = std::floor((ui.columnWidth() - spacing * (cols - 1)) / cols);
    const float h = ui.dp(ui.beeldmodus ? 112 : 100);
    for (std::size_t i = 0; i < seats.size(); ++i) {
        if (i % cols) ImGui::SameLine();
        const int seat = seats[i];
        std::string label = seatName(ui, setup, seat);
        if (done.count(seat)) label = ui.tf("reflectie.seat.done", {{"name", label}});
        if (pictogramTile(ui, seatAvatar(setup, seat), label, idPrefix + std::to_string(seat), ImVec2(w, h),
                          selected == seat || done.count(seat) != 0)) {
            selected = seat;
            tapped = true;
        }
    }
    return tapped;
}

Choice leaderPanel(Ui& ui, const Game& game) {
    const auto& s = *game.reflectie();
    const Deck& deck = game.deck();
    Choice out;
    const auto prompts = promptsFor(deck, s);
    if (prompts.empty() || s.rounds.empty()) return out;
    gap(ui, 6);
    instruction(ui, "leader.hint", "teacher", ui.t("reflectie.leader.short"),
                ui.tf("reflectie.leader.full", {{"name", leaderLabel(ui, s)}}), ui.theme.textMuted);
    const auto& played = s.current().prompts;
    if (!played.empty()) fullCard(ui, deck, played.back(), "leader.played");
    for (const Card* c : prompts) {
        if (!canPlayPrompt(deck, s, c->id)) continue;
        ButtonStyle st;
        st.look = Look::Secondary;
        st.pictogram = c->pictogram;
        const float speaker = canReadAloud(ui) ? ui.dp(speakerDp(ui)) + ImGui::GetStyle().ItemSpacing.x : 0;
        st.width = ui.columnWidth() - speaker;
        if (button(ui, c->label, "leader." + c->id, st)) out = Choice::play(rf::playPrompt(s.current().number, c->id));
        if (speaker) {
            ImGui::SameLine();
            speakerButton(ui, c->label + ". " + c->text, "leader." + c->id + ".speak");
        }
    }
    return out;
}

bool wordsAndConfirm(Ui& ui, std::string& words, const std::string& id, const std::string& confirm, bool enabled) {
    optionalWords(ui, ui.t("reflectie.words.label"), id + ".words", words, limits::kNoteChars,
                  ui.t("reflectie.words.hint"));
    ButtonStyle st;
    st.enabled = enabled;
    st.pictogram = "check-mark";
    return button(ui, confirm, id + ".confirm", st);
}

namespace {

// "Speler 2: Geduld, rustig gebleven" for a card with optional words.
std::string noteLine(const Ui& ui, const Deck& deck, const GameSetup& setup, int seat, const CardNote& note) {
    const Card* c = deck.card(note.card);
    std::string line = ui.tf("reflectie.note.row", {{"name", seatName(ui, setup, seat)}, {"card", c ? c->label : ""}});
    if (!note.text.empty()) line += ": " + note.text;
    return line;
}

}  // namespace

// Who names next, which card, optional words: shared by the strengths and the learnings.
Choice namedCards(Ui& ui, const Game& game, ReflectieView& view, const std::map<std::int16_t, CardNote>& named,
                  CardKind kind, const std::string& idPrefix, const std::string& confirm,
                  Action (*make)(std::uint16_t, int, std::string, std::string)) {
    const auto& s = *game.reflectie();
    const Deck& deck = game.deck();
    Choice out;
    std::set<int> done;
    for (const auto& [seat, note] : named) {
        done.insert(seat);
        const Card* c = deck.card(note.card);
        const std::string line = noteLine(ui, deck, s.setup, seat, note);
        spokenBadge(ui, c ? c->pictogram : "note", line, ui.theme.primarySoft,
                    idPrefix + "row." + std::to_string(seat));
    }
    if (seatRow(ui, s.setup, otherSeats(s), view.seat, done, idPrefix + "seat.")) {
        auto it = named.find(static_cast<std::int16_t>(view.seat));
        view.pick = it == named.end() ? std::string() : it->second.card;
        view.words = it == named.end() ? std::string() : it->second.text;
    }
    if (view.seat >= 0 && view.seat != s.current().inbrenger) {
        badge(ui, seatAvatar(s.setup, view.seat), seatName(ui, s.setup, view.seat), ui.theme.surfaceAlt,
              idPrefix + "who");
        const std::string tapped = cardGrid(ui, deck, deck.cardsOfKind(kind), view.pick, idPrefix + "card.");
        if (!tapped.empty()) view.pick = tapped;
        if (wordsAndConfirm(ui, view.words, idPrefix + "note", confirm, !view.pick.empty())) {
            out = Choice::play(make(s.current().number, view.seat, view.pick, view.words));
            view.clearStep(view.stepKey);
        }
    }
    return out;
}

}  // namespace samenspel::ui
