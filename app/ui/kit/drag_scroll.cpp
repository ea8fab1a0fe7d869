#include "ui/kit/drag_scroll.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace samenspel::ui {

void DragScroll::update(Ui& ui) {
    ImGuiIO& io = ImGui::GetIO();
    const bool hovered =
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    if (ImGui::IsMouseClicked(0)) {
        pressedInside = hovered;
        dragging = false;
        velocity = 0;
        samples = 0;
    }
    const float maxScroll = ImGui::GetScrollMaxY();
    if (pressedInside && ImGui::IsMouseDown(0)) {
        const ImVec2 drag = ImGui::GetMouseDragDelta(0, io.MouseDragThreshold);
        if (!dragging && !ui.dragClaimed() && maxScroll > 0 && std::fabs(drag.y) > 0 &&
            std::fabs(drag.y) >= std::fabs(drag.x)) {
            dragging = true;
            // The press turns into a scroll: the widget under the finger must not fire.
            ImGui::ClearActiveID();
            ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - drag.y, 0.0f, maxScroll));
        } else if (dragging) {
            const float dy = io.MouseDelta.y;
            ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - dy, 0.0f, maxScroll));
            lastDelta[samples % 3] = dy;
            lastDt[samples % 3] = io.DeltaTime;
            ++samples;
        }
        if (dragging) ui.claimDrag();
    }
    if (ImGui::IsMouseReleased(0)) {
        if (dragging) {
            float d = 0, t = 0;
            for (int i = 0; i < std::min(samples, 3); ++i) d += lastDelta[i], t += lastDt[i];
            velocity = t > 0 ? -d / t : 0;
            if (std::fabs(velocity) < ui.dp(200)) velocity = 0;  // a slow lift is no flick
            velocity = std::clamp(velocity, -ui.dp(4000), ui.dp(4000));
        }
        pressedInside = false;
        dragging = false;
    }
    if (!ImGui::IsMouseDown(0) && velocity != 0) {
        const float next = ImGui::GetScrollY() + velocity * io.DeltaTime;
        ImGui::SetScrollY(std::clamp(next, 0.0f, maxScroll));
        velocity *= std::pow(0.04f, io.DeltaTime);  // glides out in about a second
        if (std::fabs(velocity) < ui.dp(30) || next <= 0 || next >= maxScroll) velocity = 0;
        if (velocity != 0) ui.keepAnimating();
    }
}

}  // namespace samenspel::ui
