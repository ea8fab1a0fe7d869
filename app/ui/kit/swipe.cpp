#include "ui/kit/swipe.h"
#include "ui/kit/layout.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace samenspel::ui {

int Swipe::update(Ui& ui, ImVec2 a, ImVec2 b) {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseClicked(0)) {
        const ImVec2 p = io.MouseClickedPos[0];
        tracking = pointInRect(p, a, b) && !ui.dragClaimed();
        engaged = false;
        offset = 0;
    }
    int result = 0;
    if (tracking && ImGui::IsMouseDown(0)) {
        const ImVec2 d = ImGui::GetMouseDragDelta(0, 0);
        if (!engaged && std::fabs(d.x) > io.MouseDragThreshold && std::fabs(d.x) > 1.5f * std::fabs(d.y)) {
            engaged = true;
            ImGui::ClearActiveID();  // a swipe is not a tap on what it started on
        }
        if (engaged) {
            offset = d.x;
            ui.claimDrag();
            ui.keepAnimating();
        }
    }
    if (tracking && ImGui::IsMouseReleased(0)) {
        const float threshold = std::min(ui.dp(72), (b.x - a.x) * 0.25f);
        if (engaged && std::fabs(offset) > threshold) result = offset < 0 ? +1 : -1;
        tracking = engaged = false;
        offset = 0;
    }
    return result;
}

}  // namespace samenspel::ui
