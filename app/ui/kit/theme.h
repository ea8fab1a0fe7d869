// The look of Samenspel: a calm light palette whose text colours pass WCAG
// AA (4.5:1) on the surfaces they sit on, rounded shapes, and sizes in dp so
// every tappable thing is at least 48 dp.
#pragma once
#include <string>

#include <imgui.h>

#include "ui/kit/palette.h"

namespace samenspel::ui {

struct Theme {
    // The ImGui colours of `palette` (palette.h, where a test checks their contrast).
    explicit Theme(const Palette& palette = kNormalPalette);
    ImU32 background, surface, surfaceAlt, text, textMuted;
    ImU32 primary, primaryText, primarySoft;  // white on primary: 7.5:1; primary text on primarySoft 6:1
    ImU32 outline;                            // controls' edges need 3:1
    ImU32 divider;                            // in Beeldmodus also the card edge (3:1)
    ImU32 danger, disabled, disabledText;
    ImU32 shadow;
    ImU32 cardBack;
    ImU32 heavy, light, unnoticed;  // weight zones: colour *and* pictogram *and* border shape
    ImU32 coach, jobseeker;         // white on them: 6.3:1 and 6.8:1
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
