#include "ui/reflectie/reflectie_setup_screen.h"

#include <algorithm>

#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/seat_editor.h"
#include "ui/kit/widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

void ReflectieSetupScreen::reset() {
    *this = ReflectieSetupScreen{};
    for (std::size_t i = 0; i < people.size(); ++i) people[i].avatar = "avatar-" + std::to_string(i + 1);
}

Choice ReflectieSetupScreen::draw(Ui& ui, const Deck& deck) {
    if (people[0].avatar.empty()) reset();
    Choice choice;
    const int minSeats = std::max(3, deck.rule("minSeats", 3)), maxSeats = std::min(8, deck.rule("maxSeats", 8));
    const int maxRounds = std::max(1, std::min(3, deck.rule("maxRounds", 3)));
    seats = std::clamp(seats, minSeats, maxSeats);
    if (beginScreen(ui, reflectieHeader(ui, "reflectie.setup", deck.title, ui.t("reflectie.setup.subtitle"))))
        choice = Choice::back();
    beginBody(ui, scroll, 1);
    instruction(ui, "setup.intro", "eyes", ui.t("reflectie.setup.intro.short"), ui.t("reflectie.setup.intro.full"));
    instruction(ui, "setup.leader", "teacher", ui.t("reflectie.setup.leader.short"),
                ui.t("reflectie.setup.leader.full"), ui.theme.textMuted);
    stepper(ui, ui.t("reflectie.setup.seats"), "setup.seats", seats, minSeats, maxSeats);
    gap(ui, 4);
    instruction(ui, "setup.who", "people", ui.t("reflectie.setup.who.short"), ui.t("reflectie.setup.who.full"),
                ui.theme.textMuted);
    for (int i = 0; i < seats; ++i)
        seatEditor(ui, "setup.seat." + std::to_string(i),
                   ui.tf("reflectie.setup.nickname", {{"n", std::to_string(i + 1)}}), people[i], i, editing);
    gap(ui, 4);
    stepper(ui, ui.t("reflectie.setup.rounds"), "setup.rounds", rounds, 1, maxRounds);
    instruction(ui, "setup.rounds.hint", "repeat", ui.t("reflectie.setup.rounds.short"),
                ui.t("reflectie.setup.rounds.full"), ui.theme.textMuted);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "arrow-right";
    if (button(ui, ui.t("reflectie.setup.start"), "setup.start", go)) {
        GameSetup s;
        s.deckId = deck.id;
        s.seats.assign(people.begin(), people.begin() + seats);
        s.rounds = static_cast<std::uint16_t>(rounds);
        choice = intent::Start{std::move(s)};
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
