#include "ui/tegenwicht/tegenwicht_setup_screen.h"

#include <algorithm>

#include "ui/kit/paper_buttons.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/seat_editor.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

void TegenwichtSetupScreen::reset() {
    *this = TegenwichtSetupScreen{};
    for (std::size_t i = 0; i < people.size(); ++i) people[i].avatar = "avatar-" + std::to_string(i + 1);
}

Choice TegenwichtSetupScreen::draw(Ui& ui, const Deck& deck) {
    if (people[0].avatar.empty()) reset();
    Choice choice;
    const int minSeats = std::max(2, deck.rule("minSeats", 2)), maxSeats = std::min(8, deck.rule("maxSeats", 8));
    const int maxRounds = std::min(30, deck.rule("maxRounds", 30));
    if (beginScreen(ui, ui.t("tegenwicht.title"), true, ui.t("tegenwicht.setup.subtitle"))) choice = Choice::back();
    beginBody(ui, scroll, 1);
    if (stepper(ui, ui.t("tegenwicht.setup.seats"), "setup.seats", seats, minSeats, maxSeats) && !roundsChosen)
        rounds = std::min(seats, maxRounds);
    gap(ui, 4);
    // Beeldmodus: each part starts with its pictogram and a short line (with
    // a speaker); the long explanations are read aloud, not shown.
    if (!ui.beeldmodus) heading(ui, ui.t("tegenwicht.setup.who"));
    instruction(ui, "setup.who.hint", "people", ui.t("tegenwicht.setup.who_short"), ui.t("tegenwicht.setup.who_hint"),
                ui.theme.textMuted, ui.t("tegenwicht.setup.who") + " " + ui.t("tegenwicht.setup.who_hint"));
    for (int i = 0; i < seats; ++i)
        seatEditor(ui, "setup.seat." + std::to_string(i),
                   ui.tf("tegenwicht.setup.nickname", {{"n", std::to_string(i + 1)}}), people[i], i, editing);
    gap(ui, 4);
    if (!ui.beeldmodus) heading(ui, ui.t("tegenwicht.setup.how"));
    if (ui.beeldmodus) {
        // Two big pictogram tiles instead of a row of words.
        const float w = splitWidth(ui, 2), h = ui.dp(128);
        if (pictogramTile(ui, "mobile-phone", ui.t("tegenwicht.setup.mode.pass"), "setup.mode.pass", ImVec2(w, h),
                          mode == 0))
            mode = 0;
        ImGui::SameLine();
        if (pictogramTile(ui, "eye", ui.t("tegenwicht.setup.mode.shared"), "setup.mode.shared", ImVec2(w, h),
                          mode == 1))
            mode = 1;
    } else {
        segmented(ui, "setup.mode", {ui.t("tegenwicht.setup.mode.pass"), ui.t("tegenwicht.setup.mode.shared")}, mode,
                  {"setup.mode.pass", "setup.mode.shared"});
    }
    if (mode == 0)
        instruction(ui, "setup.mode.hint", "mobile-phone", ui.t("tegenwicht.setup.mode.pass_short"),
                    ui.t("tegenwicht.setup.mode.pass_hint"), ui.theme.textMuted);
    else
        instruction(ui, "setup.mode.hint", "eye", ui.t("tegenwicht.setup.mode.shared_short"),
                    ui.t("tegenwicht.setup.mode.shared_hint"), ui.theme.textMuted);
    gap(ui, 4);
    if (stepper(ui, ui.t("tegenwicht.setup.rounds"), "setup.rounds", rounds, 1, maxRounds)) roundsChosen = true;
    // A warning, not a refusal: a short meeting may play fewer rounds than there are players.
    if (rounds < seats) {
        instruction(ui, "setup.rounds.warning", "warning", ui.t("tegenwicht.setup.rounds_warning_short"),
                    ui.tn("tegenwicht.setup.rounds_warning", rounds), ui.theme.text);
    }
    instruction(ui, "setup.rounds.hint", "speaking-head", ui.t("tegenwicht.setup.rounds_short"),
                ui.t("tegenwicht.setup.rounds_hint"), ui.theme.textMuted);
    // Optional clocks, off by default: a calm ring counts down, nothing stops.
    gap(ui, 4);
    if (!ui.beeldmodus) heading(ui, ui.t("tegenwicht.setup.timers"));
    instruction(ui, "setup.timers.hint", "stopwatch", ui.t("tegenwicht.setup.timers_short"),
                ui.t("tegenwicht.setup.timers_hint"), ui.theme.textMuted);
    const int maxMinutes = static_cast<int>(limits::kMaxTimerSeconds / 60);
    stepper(ui, ui.t("tegenwicht.setup.speak_timer"), "setup.speak-timer", speakMinutes, 0, maxMinutes,
            ui.t("tegenwicht.setup.minutes"));
    stepper(ui, ui.t("tegenwicht.setup.round_timer"), "setup.round-timer", roundMinutes, 0, maxMinutes,
            ui.t("tegenwicht.setup.minutes"));
    if (Choice paper = printDeckButton(ui, deck)) choice = paper;
    endBody(ui, scroll);
    beginFooter(ui);
    if (button(ui, ui.t("tegenwicht.setup.start"), "setup.start")) {
        GameSetup s;
        s.deckId = deck.id;
        s.seats.assign(people.begin(), people.begin() + seats);
        s.mode = mode == 0 ? TableMode::PassAndPlay : TableMode::SharedTable;
        s.rounds = static_cast<std::uint16_t>(rounds);
        s.roundTimerSeconds = static_cast<std::uint16_t>(roundMinutes * 60);
        s.speakTimerSeconds = static_cast<std::uint16_t>(speakMinutes * 60);
        choice = intent::Start{std::move(s)};
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
