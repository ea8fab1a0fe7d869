#include "ui/samenleer_setup_screen.h"

#include "engine/samenleer_game.h"
#include "ui/seat_editor.h"
#include "ui/widgets.h"

namespace samenspel::ui {

Choice SamenleerSetupScreen::draw(Ui& ui, const Deck& deck) {
    Choice choice;
    if (beginScreen(ui, deck.title, true, "Nieuw gesprek")) choice = Choice::back();
    beginBody(ui, scroll, 1);
    paragraph(ui, deck.summary);
    gap(ui, 4);
    const char* roles[] = {"Coach", "Werkzoekende"};
    for (int i = 0; i < 2; ++i) {
        heading(ui, roles[i]);
        bool open = editing == i;
        seatEditor(ui, std::string("setup.person.") + (i == kCoach ? "coach" : "jobseeker"),
                   "Bijnaam (mag leeg)", avatars[i], nicknames[i], open);
        editing = open ? i : (editing == i ? -1 : editing);
        gap(ui, 4);
    }
    heading(ui, "Wie kiest als eerste een kaart?");
    segmented(ui, "setup.first", {"Coach", "Werkzoekende"}, first, {"setup.first.coach", "setup.first.jobseeker"});
    paragraph(ui, "Daarna kiezen jullie om de beurt. Zo brengen jullie allebei onderwerpen in.", ui.theme.textMuted);
    endBody(ui, scroll);
    beginFooter(ui);
    if (button(ui, "Begin het gesprek", "setup.start")) {
        GameSetup s;
        s.deckId = deck.id;
        for (int i = 0; i < 2; ++i) s.seats.push_back({avatars[i], nicknames[i]});
        s.firstSeat = static_cast<std::uint8_t>(first);
        choice = Choice::start(std::move(s));
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
