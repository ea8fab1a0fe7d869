#include "ui/samenleer/samenleer_setup_screen.h"

#include "engine/samenleer_game.h"
#include "ui/kit/seat_editor.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/samenleer/role_picker.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

Choice SamenleerSetupScreen::draw(Ui& ui, const Deck& deck) {
    Choice choice;
    if (beginScreen(ui, deck.title, true, "Nieuw gesprek")) choice = Choice::back();
    beginBody(ui, scroll, 1);
    instruction(ui, "setup.intro", "handshake", "Een gesprek met z'n tweeën.", deck.summary);
    instruction(ui, "setup.avatar.hint", "person-face", "Kies een plaatje voor jezelf.",
                "Kies een plaatje voor jezelf. Een bijnaam mag, maar hoeft niet.", ui.theme.textMuted);
    gap(ui, 4);
    const char* roles[] = {"Coach", "Werkzoekende"};
    for (int i = 0; i < 2; ++i) {
        heading(ui, roles[i]);
        seatEditor(ui, std::string("setup.person.") + (i == kCoach ? "coach" : "jobseeker"), "Bijnaam (mag leeg)",
                   people[i], i, editing);
        gap(ui, 4);
    }
    instruction(ui, "setup.first.hint", "pointing-up", "Wie kiest eerst een kaart?",
                "Wie kiest als eerste een kaart? Daarna kiezen jullie om de beurt. Zo brengen jullie allebei onderwerpen in.");
    GameSetup s;  // the two as chosen so far: the picker shows their avatars
    s.deckId = deck.id;
    s.seats.assign(people.begin(), people.end());
    rolePicker(ui, "setup.first", s, first);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "arrow-right";
    if (button(ui, "Begin het gesprek", "setup.start", go)) {
        s.firstSeat = static_cast<std::uint8_t>(first);
        choice = intent::Start{std::move(s)};
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
