#include "ui/tegenwicht/round_intro_screen.h"
#include "ui/kit/shapes.h"

#include <algorithm>

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

bool RoundIntroScreen::draw(Ui& ui, const Game& game, bool* backTapped) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    const std::string round = "Ronde " + std::to_string(r.number) + " van " + std::to_string(s.setup.rounds);
    *backTapped = beginScreen(ui, round, true, "Tegenwicht");
    beginBody(ui, scroll, 1, r.number);
    gap(ui, 12);
    const float e = easeOut(ui.appear("intro:" + std::to_string(r.number), 320));
    const float size = ui.dp(120) * (0.8f + 0.2f * e);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ui.columnWidth() - size) / 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fillCircle(dl, ImVec2(p.x + size / 2, p.y + size / 2), size / 2, ui.theme.primarySoft);
    drawPictogram(ui, dl, seatAvatar(s.setup, r.inbrenger), ImVec2(p.x + size / 2, p.y + size / 2), size * 0.75f, e);
    gap(ui, 4);
    const std::string who = seatName(s.setup, r.inbrenger);
    ImGui::PushFont(ui.fonts().title);
    const float w = ImGui::CalcTextSize(who.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ui.columnWidth() - w) / 2));
    ImGui::TextUnformatted(who.c_str());
    ImGui::PopFont();
    {
        const char* role = "is deze ronde de inbrenger.";
        const float rw = ImGui::CalcTextSize(role).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ui.columnWidth() - rw) / 2));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.textMuted));
        ImGui::TextUnformatted(role);
        ImGui::PopStyleColor();
    }
    gap(ui, 8);
    const std::string tell = who + ", vertel kort over een beslissing die je onlangs nam.";
    const std::string tellMore = "Bijvoorbeeld over een traject, een plek of een maatregel. Noem geen namen. "
                                 "De app slaat je verhaal niet op.";
    if (!ui.beeldmodus) heading(ui, tell);
    instruction(ui, "round.tell", "speaking-head", "Vertel over een beslissing.", tellMore, 0, tell + " " + tellMore);
    gap(ui, 4);
    const std::string pick = "Daarna kiest iedereen in stilte een kaart.";
    const std::string pickMore = "Welke factor woog volgens jou mee? Jullie draaien de kaarten tegelijk om.";
    if (!ui.beeldmodus) heading(ui, pick);
    instruction(ui, "round.pick", "shushing-face", "Kies dan in stilte een kaart.", pickMore, ui.theme.textMuted,
                pick + " " + pickMore);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "speaking-head";
    const bool ready = button(ui, "Verteld: kies de kaarten", "round.ready", st);
    endFooter(ui);
    endScreen(ui);
    return ready;
}

}  // namespace samenspel::ui
