#include "ui/tegenwicht/timer_ring.h"

#include <algorithm>
#include <cmath>

#include "ui/kit/shapes.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

void timerRing(Ui& ui, const std::string& id, double elapsedMs, int seconds, const std::string& label) {
    if (seconds <= 0) return;
    const double leftMs = std::max(0.0, seconds * 1000.0 - elapsedMs);
    const float share = static_cast<float>(leftMs / (seconds * 1000.0));
    const int leftS = static_cast<int>(std::ceil(leftMs / 1000.0));
    // No keepAnimating here (60 frames a second while people talk): the
    // ring asks for one frame at the next whole second, when the minutes
    // and seconds beside it change, and the app sleeps in between. A
    // scripted run still settles between the ticks.
    if (leftMs > 0) ui.wakeAt(ui.now() + (1000.0 - std::fmod(elapsedMs, 1000.0)) + 1);
    const float size = ui.dp(44);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(p.x + size / 2, p.y + size / 2);
    const float r = size / 2 - ui.dp(4);
    dl->AddCircle(c, r, ui.theme.divider, 48, ui.dp(5));
    if (share > 0) {
        constexpr float kPi = 3.14159265f;
        const float a0 = -kPi / 2;
        dl->PathArcTo(c, r, a0, a0 + 2 * kPi * share, 48);
        dl->PathStroke(ui.theme.primary, 0, ui.dp(5));
    }
    ImGui::SameLine();
    const std::string time =
        std::to_string(leftS / 60) + ":" + (leftS % 60 < 10 ? "0" : "") + std::to_string(leftS % 60);
    const std::string line = leftMs > 0 ? ui.tf("tegenwicht.timer.left", {{"what", label}, {"time", time}})
                                        : ui.tf("tegenwicht.timer.up", {{"what", label}});
    ImGui::BeginGroup();
    const float textH = ImGui::GetTextLineHeight();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, (size - textH) / 2));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.textMuted));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ui.columnWidth() - size - ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    ui.marker(line, id);
}

}  // namespace samenspel::ui
