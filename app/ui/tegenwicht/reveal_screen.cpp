#include "ui/tegenwicht/reveal_screen.h"

#include "ui/cards/card_view.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

bool RevealScreen::draw(Ui& ui, const Game& game, bool* backTapped) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    *backTapped = beginScreen(ui, "Iedereen heeft gekozen", true, "Ronde " + std::to_string(r.number));
    beginBody(ui, scroll, 1, r.number);
    const std::string where = s.setup.mode == TableMode::PassAndPlay ? "Leg het toestel in het midden, zodat iedereen het ziet."
                                                                      : "Alle kaarten liggen klaar.";
    if (!ui.beeldmodus) paragraph(ui, where);
    instruction(ui, "reveal.hint", "eye", "Draai alle kaarten tegelijk om.",
                "Draai de kaarten tegelijk om. Zo kiest niemand mee met een ander.", ui.theme.textMuted,
                where + " Draai de kaarten tegelijk om. Zo kiest niemand mee met een ander.");
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
    const bool go = button(ui, "Draai alle kaarten om", "reveal.go", st);
    endFooter(ui);
    endScreen(ui);
    return go;
}

}  // namespace samenspel::ui
