#include "ui/samenleer/gespreksblad_screen.h"
#include "ui/kit/shapes.h"
#include "ui/samenleer/talk_how_to.h"

#include <algorithm>

#include "ui/cards/card_view.h"
#include "ui/kit/optional_words.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"
#include "ui/samenleer/chosen_moment.h"
#include "ui/samenleer/pause_hint.h"
#include "ui/samenleer/role_picker.h"
#include "ui/samenleer/two_columns.h"

namespace samenspel::ui {

namespace {

// A question of the gespreksblad with its pictogram and speaker. Normal: the
// question and its explanation; Beeldmodus: pictogram and question large,
// the explanation heard.
void questionHeader(Ui& ui, const std::string& id, const std::string& pictogram, const std::string& title,
                    const std::string& text) {
    const std::string said = title + ". " + text;
    if (ui.beeldmodus) {
        instruction(ui, id, pictogram, title, said);
        return;
    }
    const float col = ui.columnWidth(), x0 = ImGui::GetCursorPosX();
    const float speaker = canReadAloud(ui) ? ui.dp(speakerDp(ui)) : 0;
    ImGui::BeginGroup();
    pictogramImage(ui, pictogram, 36);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(x0 + col - (speaker ? speaker + ui.dp(8) : 0));
    heading(ui, title);
    paragraph(ui, text, ui.theme.textMuted);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    if (speaker) {
        ImGui::SameLine();
        ImGui::SetCursorPosX(x0 + col - speaker);
        speakerButton(ui, said, id + ".speak");
    }
}

}  // namespace

Choice GespreksbladScreen::draw(Ui& ui, const Game& game, SamenleerView& view) {
    const auto& s = *game.samenleer();
    const Deck& deck = game.deck();
    Choice out;
    const int count = static_cast<int>(s.moments.size());
    if (count == 0) return out;
    const int shown = std::clamp(view.shownMoment, 0, count - 1);
    view.shownMoment = shown;
    const auto& m = s.moments[shown];
    if (view.notesFor != shown) {
        // Another page: its notes as kept, and its teller is whoever picked it.
        for (int q = 0; q < kQuestions; ++q) view.notes[q] = m.answers[q].note;
        view.notesFor = shown;
        view.speaker = m.pickedBy >= 0 ? m.pickedBy : kJobseeker;
    }
    if (view.speaker != kCoach && view.speaker != kJobseeker) view.speaker = kJobseeker;
    if (lastShown != shown) {
        if (lastShown >= 0) slide.start(ui, shown > lastShown ? ui.dp(120) : -ui.dp(120), 0, 220);
        lastShown = shown;
    }
    auto turnTo = [&](int index) { out = intent::ShowMoment{index}; };

    if (beginScreen(ui, samenleerHeader(ui, "samenleer.talk." + std::to_string(shown),
                                        ui.tf("samenleer.talk.title",
                                              {{"n", std::to_string(shown + 1)}, {"count", std::to_string(count)}}),
                                        ui.t("samenleer.talk.subtitle"))))
        out = Choice::back();
    beginBody(ui, scroll, 1, shown);
    // Landscape with room: the moment card (and who tells) on the left, the
    // questions on the right, so both stay in sight while talking.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    TwoColumns cols(ui, 0.42f);
    CardPose pose;
    pose.offset.x = swipe.offset * 0.6f + (slide.startMs >= 0 ? slide.value(ui) : 0);
    if (chosenMoment(ui, deck, s.setup, m, "moment.card." + std::to_string(shown), pose)) {
        const Card* c = deck.card(m.card);
        const float col = ui.columnWidth();
        // In Beeldmodus the card's speaker says its text; the sheet stays pictures.
        if (!c->text.empty() && m.ownTopic.empty() && !ui.beeldmodus) paragraph(ui, c->text, ui.theme.textMuted);
        // Move between moments: arrows and dots (swiping the card works too).
        if (count > 1) {
            if (iconButton(ui, "back-arrow", ui.t("samenleer.talk.prev"), "moment.prev", 48, false, shown > 0))
                turnTo(shown - 1);
            ImGui::SameLine();
            const float mid = col - 2 * ui.dp(48) - 2 * spacing;
            const ImVec2 mp = ImGui::GetCursorScreenPos();
            ImGui::Dummy(ImVec2(mid, ui.dp(48)));
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const float gapX = ui.dp(18), w = gapX * (count - 1);
            for (int i = 0; i < count; ++i) {
                const ImVec2 dc(mp.x + mid / 2 - w / 2 + gapX * i, mp.y + ui.dp(24));
                if (i == shown) fillCircle(dl, dc, ui.dp(5), ui.theme.primary);
                else dl->AddCircle(dc, ui.dp(5), ui.theme.outline, 16, ui.dp(1.5f));
            }
            ImGui::SameLine();
            if (iconButton(ui, "back-arrow", ui.t("samenleer.talk.next"), "moment.next", 48, true, shown + 1 < count))
                turnTo(shown + 1);
        }
    }
    gap(ui, 4);
    instruction(ui, "talk.who", "speaking-head", ui.t("samenleer.talk.who.short"), ui.t("samenleer.talk.who.full"));
    rolePicker(ui, "speaker", s.setup, view.speaker);
    cols.right();

    const auto questions = deck.cardsOfKind("question");
    const int speaker = view.speaker;
    for (int q = 0; q < kQuestions && q < static_cast<int>(questions.size()); ++q) {
        const Card* qc = questions[q];
        const auto& answer = m.answers[q];
        if (q || !cols.on()) gap(ui, 6);
        const std::string letter(1, static_cast<char>('A' + q));
        questionHeader(ui, "question." + std::string(1, static_cast<char>('a' + q)), qc->pictogram,
                       letter + ". " + qc->label, qc->text);
        if (q == kQuestions - 1) {
            // Keep or change: a tap; tap again to undo.
            const float w = splitWidth(ui, 2);
            const AnswerChoice choices[2] = {AnswerChoice::Keep, AnswerChoice::Change};
            const std::string labels[2] = {ui.t("samenleer.talk.keep"), ui.t("samenleer.talk.change")};
            const char* pictos[2] = {"keep", "change"};
            const char* ids[2] = {"answer.keep", "answer.change"};
            for (int k = 0; k < 2; ++k) {
                if (k) ImGui::SameLine();
                const bool on = answer.choice == choices[k];
                if (pictogramTile(ui, pictos[k], labels[k], ids[k], ImVec2(w, ui.dp(ui.beeldmodus ? 128 : 104)), on))
                    out = Choice::play(sl::answer(static_cast<std::uint16_t>(shown), m.card, speaker, q,
                                                  on ? AnswerChoice::None : choices[k], answer.note));
            }
        }
        if (optionalWords(ui, "", "note." + std::string(1, static_cast<char>('a' + q)), view.notes[q],
                          limits::kNoteChars, ui.tf("samenleer.talk.note", {{"letter", letter}})) &&
            view.notes[q] != answer.note)
            out = Choice::play(
                sl::answer(static_cast<std::uint16_t>(shown), m.card, speaker, q, answer.choice, view.notes[q]));
        if (answer.by >= 0 && (answer.choice != AnswerChoice::None || !answer.note.empty())) {
            const std::string by = ui.tf("samenleer.talk.answered_by", {{"name", personName(s.setup, answer.by)}});
            // Beeldmodus: who answered is seen by the avatar, not read.
            if (ui.beeldmodus)
                badge(ui, seatAvatar(s.setup, answer.by), by,
                      answer.by == kCoach ? ui.theme.coach : ui.theme.jobseeker);
            else paragraph(ui, by, ui.theme.textMuted);
        }
    }
    cols.end();
    pauseOrStopHint(ui);
    {
        // A sideways swipe anywhere on the sheet goes to the next or previous moment.
        const ImVec2 a = ImGui::GetWindowPos(), b(a.x + ImGui::GetWindowWidth(), a.y + ImGui::GetWindowHeight());
        const int dir = swipe.update(ui, a, b);
        if (dir != 0 && shown + dir >= 0 && shown + dir < count) turnTo(shown + dir);
    }
    endBody(ui, scroll);
    beginFooter(ui);
    if (shown + 1 < count) {
        ButtonStyle st;
        st.pictogram = "arrow-right";
        if (button(ui, ui.t("samenleer.talk.next"), "talk.next", st)) turnTo(shown + 1);
    } else {
        ButtonStyle st;
        st.pictogram = "check-mark";
        if (button(ui, ui.t("samenleer.talk.done"), "talk.done", st)) out = Choice::play(sl::finishTalking());
    }
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
