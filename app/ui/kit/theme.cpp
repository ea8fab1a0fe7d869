#include "ui/kit/theme.h"

#include <algorithm>
#include <cmath>

namespace samenspel::ui {

namespace {
ImVec4 v4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

float channel(unsigned v) {
    float c = static_cast<float>(v) / 255.0f;
    return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}
float luminance(ImU32 c) {
    return 0.2126f * channel((c >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152f * channel((c >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722f * channel((c >> IM_COL32_B_SHIFT) & 0xFF);
}
ImU32 col(Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); }
}  // namespace

Theme::Theme(const Palette& p)
    : background(col(p.background)),
      surface(col(p.surface)),
      surfaceAlt(col(p.surfaceAlt)),
      text(col(p.text)),
      textMuted(col(p.textMuted)),
      primary(col(p.primary)),
      primaryText(col(p.primaryText)),
      primarySoft(col(p.primarySoft)),
      outline(col(p.outline)),
      divider(col(p.divider)),
      danger(col(p.danger)),
      disabled(col(p.disabled)),
      disabledText(col(p.disabledText)),
      shadow(withAlpha(col(p.text), 36.0f / 255.0f)),
      cardBack(col(p.cardBack)),
      heavy(col(p.heavy)),
      light(col(p.light)),
      unnoticed(col(p.unnoticed)),
      coach(col(p.coach)),
      jobseeker(col(p.jobseeker)) {}

void applyTheme(const Theme& t, float s) {
    ImGuiStyle style;  // start from defaults so rescaling never compounds
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(0, 0);
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.ChildRounding = 0;
    style.ChildBorderSize = 0;
    style.PopupRounding = 12 * s;
    style.FramePadding = ImVec2(14 * s, 13 * s);
    style.FrameRounding = 12 * s;
    style.FrameBorderSize = 1.5f * s;
    style.ItemSpacing = ImVec2(12 * s, 12 * s);
    style.ItemInnerSpacing = ImVec2(8 * s, 8 * s);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.ScrollbarSize = 6 * s;
    style.ScrollbarRounding = 3 * s;
    style.GrabMinSize = 24 * s;
    style.GrabRounding = 12 * s;
    style.AntiAliasedLinesUseTex = false;  // plain geometry: cheap and exact on the software renderer
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = v4(t.text);
    c[ImGuiCol_TextDisabled] = v4(t.disabledText);
    c[ImGuiCol_WindowBg] = v4(t.background);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = v4(t.surface);
    c[ImGuiCol_Border] = v4(t.outline);
    c[ImGuiCol_FrameBg] = v4(t.surface);
    c[ImGuiCol_FrameBgHovered] = v4(t.surface);
    c[ImGuiCol_FrameBgActive] = v4(t.surface);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = v4(withAlpha(t.textMuted, 0.35f));
    c[ImGuiCol_ScrollbarGrabHovered] = v4(withAlpha(t.textMuted, 0.5f));
    c[ImGuiCol_ScrollbarGrabActive] = v4(withAlpha(t.textMuted, 0.6f));
    c[ImGuiCol_TextSelectedBg] = v4(withAlpha(t.primary, 0.3f));
    c[ImGuiCol_NavHighlight] = v4(t.primary);
    ImGui::GetStyle() = style;
}

ImU32 parseColour(const std::string& hex, ImU32 fallback) {
    if (hex.size() != 7 || hex[0] != '#') return fallback;
    unsigned v = 0;
    for (std::size_t i = 1; i < 7; ++i) {
        char ch = hex[i];
        int d = ch >= '0' && ch <= '9'   ? ch - '0'
                : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                         : -1;
        if (d < 0) return fallback;
        v = v * 16 + static_cast<unsigned>(d);
    }
    return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, 255);
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    auto ch = [&](int shift) {
        float x = static_cast<float>((a >> shift) & 0xFF), y = static_cast<float>((b >> shift) & 0xFF);
        return static_cast<ImU32>(std::lround(x + (y - x) * t)) << shift;
    };
    return ch(IM_COL32_R_SHIFT) | ch(IM_COL32_G_SHIFT) | ch(IM_COL32_B_SHIFT) | ch(IM_COL32_A_SHIFT);
}

ImU32 withAlpha(ImU32 c, float alpha) {
    ImU32 a = static_cast<ImU32>(std::lround(std::clamp(alpha, 0.0f, 1.0f) * ((c >> IM_COL32_A_SHIFT) & 0xFF)));
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

float contrastRatio(ImU32 a, ImU32 b) {
    float la = luminance(a), lb = luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05f) / (lb + 0.05f);
}

ImU32 textOn(ImU32 background) {
    const ImU32 dark = IM_COL32(0x1C, 0x1B, 0x1F, 255), white = IM_COL32(255, 255, 255, 255);
    return contrastRatio(background, white) >= contrastRatio(background, dark) ? white : dark;
}

}  // namespace samenspel::ui
