#include "ui/shell/session_summary_screen.h"

#include "ui/cards/card_view.h"
#include "ui/kit/dates.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/reflectie/reflectie_summary.h"
#include "ui/samenleer/chosen_moment.h"
#include "ui/tegenwicht/cluster_chart.h"

namespace samenspel::ui {

namespace {
// What the summary's speaker says: the moments with keep or change, the
// actions, and how both felt.
std::string samenleerSummarySpeech(const Ui& ui, const Deck& deck, const SamenleerState& s) {
    std::string out = ui.t("shell.summary.said.talked");
    for (const auto& m : s.moments) {
        const Card* c = deck.card(m.card);
        out += " " + (m.ownTopic.empty() ? (c ? c->label : m.card) : m.ownTopic) + ".";
        const auto choice = m.answers[kQuestions - 1].choice;
        if (choice != AnswerChoice::None)
            out += " " +
                   (choice == AnswerChoice::Keep ? ui.t("shell.summary.said.keep") : ui.t("shell.summary.said.change"));
    }
    if (!s.actions.empty()) {
        out += " " + ui.t("shell.summary.said.actions");
        for (const auto& a : s.actions) {
            const Card* c = deck.card(a.card);
            const std::string what = (c ? c->label : a.card) + (a.text.empty() ? "" : ", " + a.text);
            out += " " + (a.addedBy == kCoach ? ui.tf("shell.summary.said.action_coach", {{"what", what}})
                                              : ui.tf("shell.summary.said.action_jobseeker", {{"what", what}}));
        }
    }
    for (int seat = 0; seat < 2; ++seat)
        for (const Card* c : deck.cardsOfKind("rating"))
            if (c->order == s.ratings[seat])
                out += " " + (seat == kCoach ? ui.tf("shell.summary.said.felt_coach", {{"rating", c->label}})
                                             : ui.tf("shell.summary.said.felt_jobseeker", {{"rating", c->label}}));
    return out;
}

std::string cardLabel(const Deck& deck, const std::string& id) {
    const Card* c = deck.card(id);
    return c ? c->label : id;
}

void ratingRow(Ui& ui, const Deck& deck, const GameSetup& setup, int seat, int rating) {
    std::string face = "face-neutral", word = ui.t("shell.summary.not_rated");
    for (const Card* c : deck.cardsOfKind("rating"))
        if (c->order == rating) face = c->pictogram, word = c->label;
    ImGui::BeginGroup();
    pictogramImage(ui, face, ui.beeldmodus ? 64 : 44);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    heading(ui, personName(ui, setup, seat));
    paragraph(ui, word, ui.theme.textMuted);
    ImGui::EndGroup();
}
}  // namespace

void momentOutcomes(Ui& ui, const Deck& deck, const SamenleerState& s) {
    const auto questions = deck.cardsOfKind("question");
    for (std::size_t i = 0; i < s.moments.size(); ++i) {
        const auto& m = s.moments[i];
        if (!chosenMoment(ui, deck, s.setup, m, "summary.moment." + std::to_string(i))) continue;
        for (int q = 0; q < kQuestions; ++q) {
            const auto& a = m.answers[q];
            if (a.choice == AnswerChoice::None && a.note.empty()) continue;
            const std::string letter(1, static_cast<char>('A' + q));
            std::string line = letter + ". " + (q < static_cast<int>(questions.size()) ? questions[q]->label : "");
            if (a.choice != AnswerChoice::None) {
                ImGui::BeginGroup();
                pictogramImage(ui, a.choice == AnswerChoice::Keep ? "keep" : "change", ui.beeldmodus ? 48 : 32);
                ImGui::EndGroup();
                ImGui::SameLine();
                const bool keep = a.choice == AnswerChoice::Keep;
                line += " " + (keep ? ui.t("shell.summary.keep_sentence") : ui.t("shell.summary.change_sentence"));
                // Beeldmodus: the keep / change pictogram and one word.
                if (ui.beeldmodus) line = keep ? ui.t("shell.summary.keep") : ui.t("shell.summary.change");
            }
            ImGui::BeginGroup();
            heading(ui, line);
            if (!a.note.empty()) paragraph(ui, "“" + a.note + "”", ui.theme.textMuted);
            ImGui::EndGroup();
        }
        gap(ui, 8);
    }
}

void tegenwichtRounds(Ui& ui, const Deck& deck, const TegenwichtState& s) {
    const auto steps = deck.cardsOfKind("step");
    for (const auto& r : s.rounds) {
        if (r.decisiveCard.empty() && r.revealed.empty()) continue;
        heading(ui, ui.tf("shell.summary.round",
                          {{"n", std::to_string(r.number)}, {"name", seatName(ui, s.setup, r.inbrenger)}}));
        if (!r.decisiveCard.empty()) {
            const std::string card = cardLabel(deck, r.decisiveCard);
            if (r.decisiveStep >= 0 && r.decisiveStep < static_cast<int>(steps.size()))
                paragraph(ui, ui.tf("shell.summary.decisive_step", {{"card", card},
                                                                    {"n", std::to_string(r.decisiveStep)},
                                                                    {"step", steps[r.decisiveStep]->label}}));
            else paragraph(ui, ui.tf("shell.summary.decisive", {{"card", card}}));
        }
        for (const auto& c : r.counterCards)
            paragraph(ui, ui.tf("shell.summary.counter", {{"card", cardLabel(deck, c)}}), ui.theme.textMuted);
    }
}

Choice SessionSummaryScreen::draw(Ui& ui, const Game& game, const SessionInfo& info) {
    Choice choice;
    const Deck& deck = game.deck();
    ScreenHeader header;
    header.id = "shell.summary";
    header.title = deck.title;
    const std::string when = dateTime(ui.words, info.startedAtMs);
    header.subtitle = game.abandoned() ? ui.tf("shell.summary.when_stopped", {{"when", when}}) : when;
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = Choice::back();
    beginBody(ui, scroll, 1);
    if (game.abandoned()) {
        paragraph(ui, ui.t("shell.summary.stopped"), ui.theme.textMuted);
        gap(ui, 8);
    }
    if (const auto* tw = game.tegenwicht()) {
        // The same picture as at the end of the game, from the same counts and ranks.
        const TegenwichtPicture picture = tegenwichtPicture(deck, *tw);
        heading(ui, ui.t("shell.summary.weighed"));
        paragraph(ui, mostHeavySentence(ui, deck, picture));
        tegenwichtPictureView(ui, deck, picture);
        gap(ui, 8);
        tegenwichtRounds(ui, deck, *tw);
        bool any = false;
        for (std::size_t i = 0; i < tw->intentions.size(); ++i) {
            if (tw->intentions[i].empty()) continue;
            if (!any) gap(ui, 8), heading(ui, ui.t("shell.summary.intentions")), any = true;
            badge(ui, seatAvatar(tw->setup, static_cast<int>(i)), seatName(ui, tw->setup, static_cast<int>(i)),
                  ui.theme.primary);
            paragraph(ui, tw->intentions[i]);
        }
    } else if (const auto* rf = game.reflectie()) {
        reflectieSummary(ui, deck, *rf);
    } else if (const auto* sl = game.samenleer()) {
        // The whole talk in one spoken summary, for whoever reads little.
        instruction(ui, "summary.hint", "clipboard", ui.t("shell.summary.agreed"),
                    samenleerSummarySpeech(ui, deck, *sl));
        heading(ui, ui.t("shell.summary.discussed"));
        momentOutcomes(ui, deck, *sl);
        heading(ui, ui.t("shell.summary.todo"));
        if (sl->actions.empty()) paragraph(ui, ui.t("shell.summary.no_actions"), ui.theme.textMuted);
        for (std::size_t i = 0; i < sl->actions.size(); ++i) {
            const auto& a = sl->actions[i];
            const Card* c = deck.card(a.card);
            ImGui::BeginGroup();
            pictogramImage(ui, c ? c->pictogram : "check-mark", ui.beeldmodus ? 56 : 36);
            ImGui::EndGroup();
            ImGui::SameLine();
            ImGui::BeginGroup();
            heading(ui, c ? c->label : a.card);
            if (!a.text.empty()) paragraph(ui, a.text, ui.theme.textMuted);
            ImGui::EndGroup();
        }
        gap(ui, 8);
        heading(ui, ui.t("shell.summary.felt"));
        for (int seat = 0; seat < 2; ++seat) ratingRow(ui, deck, sl->setup, seat, sl->ratings[seat]);
    }
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle home;
    home.pictogram = "home";
    if (button(ui, ui.t("shell.summary.home"), "summary.home", home)) choice = Choice::go(Route::Home);
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
