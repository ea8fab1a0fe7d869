// The look of Samenspel: a calm light palette whose text colours pass WCAG
// AA (4.5:1) on the surfaces they sit on, rounded shapes, and sizes in dp so
// every tappable thing is at least 48 dp.
#pragma once
#include <string>

#include <imgui.h>

namespace samenspel::ui {

struct Theme {
    ImU32 background = IM_COL32(0xF5, 0xF3, 0xEE, 255);  // warm paper
    ImU32 surface = IM_COL32(0xFF, 0xFF, 0xFF, 255);
    ImU32 surfaceAlt = IM_COL32(0xEC, 0xE9, 0xE2, 255);
    ImU32 text = IM_COL32(0x1C, 0x1B, 0x1F, 255);        // 17.1:1 on surface
    ImU32 textMuted = IM_COL32(0x4B, 0x4A, 0x52, 255);   // 8.8:1 on surface, 7.9:1 on background
    ImU32 primary = IM_COL32(0x0B, 0x5D, 0x6B, 255);     // white on it: 7.5:1
    ImU32 primaryText = IM_COL32(0xFF, 0xFF, 0xFF, 255);
    ImU32 primarySoft = IM_COL32(0xDD, 0xEE, 0xF0, 255); // selected fill; primary text on it 6.3:1
    ImU32 outline = IM_COL32(0x6F, 0x6E, 0x76, 255);     // 5.0:1: borders of controls need 3:1
    ImU32 divider = IM_COL32(0xD6, 0xD3, 0xCB, 255);
    ImU32 danger = IM_COL32(0xA8, 0x1F, 0x17, 255);      // white on it: 7.3:1
    ImU32 disabled = IM_COL32(0xC9, 0xC6, 0xBF, 255);
    ImU32 disabledText = IM_COL32(0x40, 0x3E, 0x3A, 255); // 6.3:1 on the disabled fill (AA even when off)
    ImU32 shadow = IM_COL32(0x1C, 0x1B, 0x1F, 36);
    ImU32 cardBack = IM_COL32(0x0B, 0x5D, 0x6B, 255);
    ImU32 heavy = IM_COL32(0x8C, 0x2F, 0x00, 255);       // weight zones: colour *and* pictogram *and* border shape;
    ImU32 light = IM_COL32(0x1F, 0x5F, 0x9E, 255);       // as text on white: 8.3:1, 6.6:1, 8.8:1
    ImU32 unnoticed = IM_COL32(0x4B, 0x4A, 0x52, 255);
    ImU32 coach = IM_COL32(0x1A, 0x5F, 0xB4, 255);       // white on it: 6.3:1
    ImU32 jobseeker = IM_COL32(0x8A, 0x4B, 0x00, 255);   // white on it: 6.8:1
};

// Applies the theme to ImGui's style at `dpScale` pixels per dp.
void applyTheme(const Theme& theme, float dpScale);

// "#RRGGBB" -> colour; `fallback` when the text is not a colour.
ImU32 parseColour(const std::string& hex, ImU32 fallback);
ImU32 mix(ImU32 a, ImU32 b, float t);
ImU32 withAlpha(ImU32 c, float alpha);
// WCAG 2 contrast ratio of two opaque colours (1..21).
float contrastRatio(ImU32 a, ImU32 b);
// Near-black or white, whichever reads better on `background`.
ImU32 textOn(ImU32 background);

}  // namespace samenspel::ui
