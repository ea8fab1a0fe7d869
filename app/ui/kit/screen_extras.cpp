#include "ui/kit/screen_extras.h"

#include <algorithm>

#include "ui/kit/shapes.h"
#include "ui/kit/ui.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {
constexpr float kMaxColumnDp = 720;  // as in widgets.cpp
constexpr float kMarginDp = 16;
}  // namespace

namespace {
constexpr float kActionPadDp = 12, kActionPictoDp = 24, kActionGapDp = 8;

// Without a pictogram there is nothing to show but the label.
bool iconOnlyFor(const HeaderAction& a, bool iconOnly) { return iconOnly && !a.pictogram.empty(); }

// The button itself: pictogram and a bold label, 48 dp high; icon-only a
// 48 dp square.
float buttonWidth(Ui& ui, const HeaderAction& a, bool iconOnly) {
    if (iconOnlyFor(a, iconOnly)) return ui.dp(48);
    ImFont* bold = ui.fonts().bold;
    const float picto = a.pictogram.empty() ? 0 : ui.dp(kActionPictoDp) + ui.dp(6);
    return ui.dp(2 * kActionPadDp) + picto + bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, a.label.c_str()).x;
}
}  // namespace

float headerActionWidth(Ui& ui, bool iconOnly) {
    return ui.extras.action ? buttonWidth(ui, *ui.extras.action, iconOnly) + ui.dp(kActionGapDp) : 0;
}

float drawHeaderAction(Ui& ui, float right, bool iconOnly) {
    if (!ui.extras.action) return 0;
    HeaderAction& a = *ui.extras.action;
    const auto& f = ui.fonts();
    const bool bare = iconOnlyFor(a, iconOnly);
    const float w = buttonWidth(ui, a, iconOnly), h = ui.dp(48);
    ImGui::SetCursorScreenPos(ImVec2(right - w + ui.dp(4), ui.dp(8)));
    const Touch touch = touchArea(ui, a.label, a.id, ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p0 = ImGui::GetItemRectMin(), p1 = ImGui::GetItemRectMax();
    fillRoundRect(dl, p0, p1, touch.held ? ui.theme.surfaceAlt : ui.theme.surface, ui.dp(14));
    dl->AddRect(p0, p1, ui.theme.outline, ui.dp(14), 0, ui.dp(1.5f));
    const float midY = (p0.y + p1.y) / 2;
    if (bare) {
        drawPictogram(ui, dl, a.pictogram, ImVec2((p0.x + p1.x) / 2, midY), ui.dp(30));
    } else {
        float x = p0.x + ui.dp(kActionPadDp);
        if (!a.pictogram.empty()) {
            const float picto = ui.dp(kActionPictoDp);
            drawPictogram(ui, dl, a.pictogram, ImVec2(x + picto / 2, midY), picto);
            x += picto + ui.dp(6);
        }
        const ImVec2 ts = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, 0, a.label.c_str());
        dl->AddText(f.bold, f.bold->FontSize, ImVec2(x, midY - ts.y / 2), ui.theme.text, a.label.c_str());
    }
    if (touch.tapped) a.tapped = true;
    return w + ui.dp(kActionGapDp);
}

float drawBanner(Ui& ui, float top) {
    if (!ui.extras.banner) return 0;
    Banner& b = *ui.extras.banner;
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    const float display = ImGui::GetIO().DisplaySize.x;
    const float col = std::min(display - 2 * ui.dp(kMarginDp), ui.dp(kMaxColumnDp));
    const float left = (display - col) / 2;
    const float pad = ui.dp(14), picto = ui.dp(32);
    // Wide screens put the button beside the text, phones below it.
    const bool beside = col >= ui.dp(560);
    const float buttonW = beside ? ui.dp(200) : col - 2 * pad;
    const float textW = col - 2 * pad - picto - ui.dp(12) - (beside ? buttonW + ui.dp(12) : 0);
    const ImVec2 th = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, textW, b.title.c_str());
    const ImVec2 tt = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, textW, b.text.c_str());
    const float textH = th.y + ui.dp(4) + tt.y;
    const float buttonH = ui.dp(52);
    const float inner = beside ? std::max({textH, picto, buttonH}) : std::max(textH, picto) + ui.dp(12) + buttonH;
    const float h = pad + inner + pad;
    const float gapAbove = ui.dp(8);
    const ImVec2 a(left, top + gapAbove), c(left + col, top + gapAbove + h);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    fillRoundRect(dl, a, c, mix(t.danger, IM_COL32_WHITE, 0.9f), ui.dp(12));
    dl->AddRect(a, c, t.danger, ui.dp(12), 0, ui.dp(2));
    drawPictogram(ui, dl, b.pictogram, ImVec2(a.x + pad + picto / 2, a.y + pad + picto / 2), picto);
    const float tx = a.x + pad + picto + ui.dp(12);
    dl->AddText(f.bold, f.bold->FontSize, ImVec2(tx, a.y + pad), t.text, b.title.c_str(), nullptr, textW);
    dl->AddText(f.body, f.body->FontSize, ImVec2(tx, a.y + pad + th.y + ui.dp(4)), t.text, b.text.c_str(), nullptr,
                textW);
    // The banner's text is also registered, so a script can `expect` it.
    ImGui::SetCursorScreenPos(ImVec2(tx, a.y + pad));
    ImGui::Dummy(ImVec2(textW, textH));
    ui.marker(b.title, b.buttonId + ".banner");
    if (!b.button.empty()) {
        const ImVec2 bp = beside ? ImVec2(c.x - pad - buttonW, a.y + (h - buttonH) / 2)
                                 : ImVec2(a.x + pad, c.y - pad - buttonH);
        ImGui::SetCursorScreenPos(bp);
        ButtonStyle st;
        st.look = Look::Danger;
        st.width = buttonW;
        st.pictogram = "repeat";
        if (button(ui, b.button, b.buttonId, st)) b.tapped = true;
    }
    return gapAbove + h;
}

}  // namespace samenspel::ui
