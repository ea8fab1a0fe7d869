#include "ui/tegenwicht/tegenwicht_setup_screen.h"

#include <algorithm>

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
    if (beginScreen(ui, "Tegenwicht", true, "Nieuw spel")) choice = Choice::back();
    beginBody(ui, scroll, 1);
    if (stepper(ui, "Hoeveel spelers?", "setup.seats", seats, minSeats, maxSeats) && !roundsChosen)
        rounds = std::min(seats, maxRounds);
    gap(ui, 4);
    heading(ui, "Wie speelt er mee?");
    paragraph(ui, "Kies voor iedereen een plaatje. Een bijnaam mag, maar hoeft niet.", ui.theme.textMuted);
    for (int i = 0; i < seats; ++i)
        seatEditor(ui, "setup.seat." + std::to_string(i), "Speler " + std::to_string(i + 1) + ": bijnaam", people[i], i,
                   editing);
    gap(ui, 4);
    heading(ui, "Hoe spelen jullie?");
    segmented(ui, "setup.mode", {"Doorgeven", "Open tafel"}, mode, {"setup.mode.pass", "setup.mode.shared"});
    paragraph(ui,
              mode == 0 ? "Iedereen kiest zijn kaart in stilte. Je geeft het toestel door, zodat niemand andermans kaarten ziet."
                        : "Het toestel ligt in het midden. Iedereen mag alle kaarten zien.",
              ui.theme.textMuted);
    gap(ui, 4);
    if (stepper(ui, "Hoeveel rondes?", "setup.rounds", rounds, 1, maxRounds)) roundsChosen = true;
    paragraph(ui, "In elke ronde vertelt één speler over een beslissing. De anderen kiezen welke factor meewoog.",
              ui.theme.textMuted);
    endBody(ui, scroll);
    beginFooter(ui);
    if (button(ui, "Start het spel", "setup.start")) {
        GameSetup s;
        s.deckId = deck.id;
        s.seats.assign(people.begin(), people.begin() + seats);
        s.mode = mode == 0 ? TableMode::PassAndPlay : TableMode::SharedTable;
        s.rounds = static_cast<std::uint16_t>(rounds);
        choice = intent::Start{std::move(s)};
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
