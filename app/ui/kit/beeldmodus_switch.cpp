#include "ui/kit/beeldmodus_switch.h"

#include "ui/kit/shapes.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {
void flip(Ui& ui) { ui.propose(intent::SetBeeldmodus{!ui.beeldmodus}); }
}  // namespace

bool beeldmodusHeaderButton(Ui& ui) {
    const float s = ui.dp(48);
    const Touch touch =
        touchArea(ui, ui.beeldmodus ? ui.t("kit.beeldmodus.switch_off") : ui.t("kit.beeldmodus.switch_on"),
                  "beeldmodus", ImVec2(s, s));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = ui.theme;
    const bool on = ui.beeldmodus;
    fillCircle(dl, c, s / 2 - ui.dp(1), touch.held ? t.surfaceAlt : (on ? t.primarySoft : t.surface));
    dl->AddCircle(c, s / 2 - ui.dp(1.5f), on ? t.primary : t.outline, 32, on ? ui.dp(3) : ui.dp(1.5f));
    drawPictogram(ui, dl, "framed-picture", c, s * 0.6f);
    if (on) {
        // "On" is a check as well as the ring: never colour alone.
        const ImVec2 cc(b.x - ui.dp(7), a.y + ui.dp(7));
        fillCircle(dl, cc, ui.dp(9), t.primary);
        drawPictogram(ui, dl, "check-mark", cc, ui.dp(14));
    }
    if (touch.tapped) flip(ui);
    return touch.tapped;
}

bool beeldmodusRow(Ui& ui, const std::string& id) {
    ButtonStyle st;
    st.look = Look::Secondary;
    st.selected = ui.beeldmodus;
    st.pictogram = "framed-picture";
    const bool pressed =
        button(ui, ui.beeldmodus ? ui.t("kit.beeldmodus.row_on") : ui.t("kit.beeldmodus.row_off"), id, st);
    if (pressed) flip(ui);
    return pressed;
}

}  // namespace samenspel::ui
