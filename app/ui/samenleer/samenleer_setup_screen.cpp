#include "ui/samenleer/samenleer_setup_screen.h"

#include "engine/samenleer_game.h"
#include "ui/kit/seat_editor.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/samenleer/role_picker.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

Choice SamenleerSetupScreen::draw(Ui& ui, const Deck& deck) {
    Choice choice;
    if (beginScreen(ui, deck.title, true, ui.t("samenleer.setup.subtitle"))) choice = Choice::back();
    beginBody(ui, scroll, 1);
    instruction(ui, "setup.intro", "handshake", ui.t("samenleer.setup.intro"), deck.summary);
    instruction(ui, "setup.avatar.hint", "person-face", ui.t("samenleer.setup.avatar.short"),
                ui.t("samenleer.setup.avatar.full"), ui.theme.textMuted);
    gap(ui, 4);
    const std::string roles[] = {ui.t("samenleer.setup.coach"), ui.t("samenleer.setup.jobseeker")};
    for (int i = 0; i < 2; ++i) {
        heading(ui, roles[i]);
        seatEditor(ui, std::string("setup.person.") + (i == kCoach ? "coach" : "jobseeker"), ui.t("samenleer.setup.nickname"),
                   people[i], i, editing);
        gap(ui, 4);
    }
    instruction(ui, "setup.first.hint", "pointing-up", ui.t("samenleer.setup.first.short"),
                ui.t("samenleer.setup.first.full"));
    GameSetup s;  // the two as chosen so far: the picker shows their avatars
    s.deckId = deck.id;
    s.seats.assign(people.begin(), people.end());
    rolePicker(ui, "setup.first", s, first);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "arrow-right";
    if (button(ui, ui.t("samenleer.setup.start"), "setup.start", go)) {
        s.firstSeat = static_cast<std::uint8_t>(first);
        choice = intent::Start{std::move(s)};
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
