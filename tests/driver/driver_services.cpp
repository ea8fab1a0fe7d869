#include "tests/driver/driver_services.h"

#include <imgui.h>

namespace samenspel::driver {

float DriverServices::keyboardHeight() const {
    if (!standInKeyboard || !p_.textInputActive()) return p_.keyboardHeight();
    const bool phone = p_.widthPx() < 600 * p_.dpScale();  // phone sizes act as a phone
    return phone ? platform::phoneKeyboardHeight(p_.widthPx(), p_.heightPx()) : 0;
}

void DriverServices::drawStandInKeyboard() const {
    const float kb = keyboardHeight();
    if (kb <= 0) return;
    const int w = p_.widthPx(), h = p_.heightPx(), top = h - static_cast<int>(kb);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    auto rect = [&](int x, int y, int rw, int rh, ImU32 c) {
        dl->AddRectFilled(ImVec2(static_cast<float>(x), static_cast<float>(y)),
                          ImVec2(static_cast<float>(x + rw), static_cast<float>(y + rh)), c);
    };
    rect(0, top, w, static_cast<int>(kb), IM_COL32(0x4a, 0x4f, 0x57, 255));
    const int rows = 4, cols = 10, gap = static_cast<int>(6 * p_.dpScale());
    const int kw = (w - gap * (cols + 1)) / cols, kh = (static_cast<int>(kb) - gap * (rows + 1)) / rows;
    for (int row = 0; row < rows; ++row)
        for (int c = 0; c < cols; ++c)
            rect(gap + c * (kw + gap), top + gap + row * (kh + gap), kw, kh, IM_COL32(0x6b, 0x71, 0x7a, 255));
}

}  // namespace samenspel::driver
