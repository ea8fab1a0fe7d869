#include "ui/tegenwicht/reveal_screen.h"

#include "ui/cards/card_view.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/tegenwicht/take_back_screen.h"
#include "ui/tegenwicht/tegenwicht_header.h"
#include "ui/tegenwicht/timer_ring.h"

namespace samenspel::ui {

Choice RevealScreen::draw(Ui& ui, const Game& game) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    Choice choice;
    const bool mayTakeBack = !seatsThatMayUnpick(s).empty();
    if (beginTegenwichtScreen(ui, "tegenwicht.reveal", ui.t("tegenwicht.reveal.title"),
                              ui.tf("tegenwicht.round", {{"n", std::to_string(r.number)}})))
        choice = Choice::back();
    beginBody(ui, scroll, mayTakeBack ? 2 : 1, r.number);
    timerRing(ui, "timer.round", roundElapsedMs, s.setup.roundTimerSeconds, ui.t("tegenwicht.timer.round"));
    const std::string& where = s.setup.mode == TableMode::PassAndPlay ? ui.t("tegenwicht.reveal.where_pass")
                                                                      : ui.t("tegenwicht.reveal.where_shared");
    if (!ui.beeldmodus) paragraph(ui, where);
    instruction(ui, "reveal.hint", "eye", ui.t("tegenwicht.reveal.hint_short"), ui.t("tegenwicht.reveal.hint"),
                ui.theme.textMuted, where + " " + ui.t("tegenwicht.reveal.hint"));
    gap(ui, 4);
    const int cols = cardColumns(ui, 150, 4);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ui.columnWidth() - spacing * (cols - 1)) / cols;
    int i = 0;
    for (const auto& [seat, card] : r.hiddenPicks) {
        if (i % cols) ImGui::SameLine();
        CardPose pose;
        pose.flip = 1;
        pose.backPictogram = seatAvatar(s.setup, seat);
        pose.backLabel = seatName(s.setup, seat);
        CardFace none;
        cardWidget(ui, "reveal." + std::to_string(seat), none, w, CardSize::Compact, pose, false, w * 1.25f, 80.0 * i);
        ++i;
    }
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "eye";
    if (button(ui, ui.t("tegenwicht.reveal.go"), "reveal.go", st)) choice = Choice::play(tw::reveal(r.number));
    if (mayTakeBack) {
        ButtonStyle quiet;
        quiet.look = Look::Quiet;
        quiet.pictogram = "back-arrow";
        if (button(ui, ui.t("tegenwicht.take_back.open"), "reveal.take-back", quiet)) takeBackRequested = true;
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
