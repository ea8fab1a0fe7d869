#include "ui/tegenwicht/take_back_screen.h"

#include <algorithm>

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/tegenwicht/tegenwicht_header.h"

namespace samenspel::ui {

std::vector<int> seatsThatMayUnpick(const TegenwichtState& s) {
    std::vector<int> out;
    for (int seat = 0; seat < static_cast<int>(s.seatCount()); ++seat)
        if (canUnpick(s, seat)) out.push_back(seat);
    return out;
}

Choice TakeBackScreen::draw(Ui& ui, const Game& game) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    Choice choice;
    ScreenHeader header;
    header.id = "tegenwicht.take-back";
    header.title = ui.t("tegenwicht.take_back.title");
    header.subtitle = ui.tf("tegenwicht.round", {{"n", std::to_string(r.number)}});
    header.canGoBack = true;
    header.howTo = tegenwichtHowTo(ui);
    if (beginScreen(ui, header)) choice = Choice::back();
    beginBody(ui, scroll, 2, r.number);
    const auto seats = seatsThatMayUnpick(s);
    instruction(ui, "take-back.hint", "back-arrow", ui.t("tegenwicht.take_back.hint_short"),
                ui.t("tegenwicht.take_back.hint"));
    gap(ui, 4);
    if (ui.beeldmodus && !seats.empty()) {
        // Beeldmodus: each seat as its big avatar with its name, as on the
        // round's first screen; a tap on your own picture takes your pick back.
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        int cols = std::min<int>(4, static_cast<int>(seats.size()));
        while (cols > 1 && (ui.columnWidth() - spacing * (cols - 1)) / cols < ui.dp(96)) --cols;
        const float tw = std::min(ui.dp(180), (ui.columnWidth() - spacing * (cols - 1)) / cols);
        for (std::size_t i = 0; i < seats.size(); ++i) {
            if (i % cols) ImGui::SameLine();
            const int seat = seats[i];
            if (pictogramTile(ui, seatAvatar(s.setup, seat), seatName(s.setup, seat),
                              "take-back.seat." + std::to_string(seat), ImVec2(tw, ui.dp(112)), false))
                choice = Choice::play(tw::unpick(r.number, seat));
        }
    }
    for (int seat : ui.beeldmodus ? std::vector<int>{} : seats) {
        ButtonStyle st;
        st.look = Look::Secondary;
        st.pictogram = seatAvatar(s.setup, seat);
        // The name on the button: no card is named, so nobody learns a pick.
        if (button(ui, ui.tf("tegenwicht.take_back.seat", {{"name", seatName(s.setup, seat)}}),
                   "take-back.seat." + std::to_string(seat), st))
            choice = Choice::play(tw::unpick(r.number, seat));
    }
    if (seats.empty()) paragraph(ui, ui.t("tegenwicht.take_back.none"), ui.theme.textMuted);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle on;
    on.pictogram = "check-mark";
    if (button(ui, ui.t("tegenwicht.take_back.continue"), "take-back.continue", on)) choice = Choice::back();
    ButtonStyle pause;
    pause.look = Look::Quiet;
    pause.pictogram = "home";
    if (button(ui, ui.t("tegenwicht.take_back.pause"), "take-back.pause", pause)) choice = Choice::go(Route::Home);
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
