#include "ui/samenleer/samenleer_setup_screen.h"
#include "ui/samenleer/talk_how_to.h"

#include <algorithm>

#include "engine/samenleer_game.h"
#include "ui/kit/paper_buttons.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/seat_editor.h"
#include "ui/kit/widgets.h"
#include "ui/samenleer/role_picker.h"

namespace samenspel::ui {

Choice SamenleerSetupScreen::draw(Ui& ui, const Deck& deck) {
    Choice choice;
    if (beginScreen(ui, samenleerHeader(ui, "samenleer.setup", deck.title, ui.t("samenleer.setup.subtitle"))))
        choice = Choice::back();
    beginBody(ui, scroll, 1);
    instruction(ui, "setup.intro", "handshake", ui.t("samenleer.setup.intro"), deck.summary);
    instruction(ui, "setup.avatar.hint", "person-face", ui.t("samenleer.setup.avatar.short"),
                ui.t("samenleer.setup.avatar.full"), ui.theme.textMuted);
    gap(ui, 4);
    const std::string roles[] = {ui.t("samenleer.setup.coach"), ui.t("samenleer.setup.jobseeker")};
    // The two people one under the other; side by side when the column has room (a tablet).
    const float col = ui.columnWidth(), spacing = ImGui::GetStyle().ItemSpacing.x;
    const int cols = col >= ui.dp(600) ? 2 : 1;
    const float w = (col - spacing * (cols - 1)) / cols;
    const float x0 = ImGui::GetCursorPosX(), y0 = ImGui::GetCursorPosY();
    float bottom = y0;
    for (int i = 0; i < 2; ++i) {
        const float indent = (i % cols) * (w + spacing);
        if (cols > 1) ImGui::SetCursorPos(ImVec2(x0 + indent, y0));
        if (indent > 0) ImGui::Indent(indent);
        ui.setColumnWidth(w);
        ImGui::PushTextWrapPos(x0 + indent + w);
        heading(ui, roles[i]);
        seatEditor(ui, std::string("setup.person.") + (i == kCoach ? "coach" : "jobseeker"),
                   ui.t("samenleer.setup.nickname"), people[i], i, editing);
        gap(ui, 4);
        ImGui::PopTextWrapPos();
        ui.setColumnWidth(col);
        if (indent > 0) ImGui::Unindent(indent);
        bottom = std::max(bottom, ImGui::GetCursorPosY());
    }
    ImGui::SetCursorPos(ImVec2(x0, bottom));
    instruction(ui, "setup.first.hint", "pointing-up", ui.t("samenleer.setup.first.short"),
                ui.t("samenleer.setup.first.full"));
    GameSetup s;  // the two as chosen so far: the picker shows their avatars
    s.deckId = deck.id;
    s.seats.assign(people.begin(), people.end());
    rolePicker(ui, "setup.first", s, first);
    if (Choice paper = printDeckButton(ui, deck)) choice = paper;
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
