#include "ui/kit/screen_extras.h"

#include <algorithm>

#include "ui/kit/layout.h"
#include "ui/kit/shapes.h"
#include "ui/kit/ui.h"
#include "ui/kit/warning_box.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

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
    const float display = ImGui::GetIO().DisplaySize.x;
    const float col = contentColumnWidth(ui, display);
    WarningBox box;
    box.title = b.title;
    box.text = b.text;
    box.pictogram = b.pictogram;
    box.id = b.buttonId + ".banner";
    box.button = b.button;
    box.buttonId = b.buttonId;
    box.buttonPictogram = "repeat";
    const float gapAbove = ui.dp(8);
    bool tapped = false;
    const float h = drawWarningBox(ui, box, ImVec2(contentColumnLeft(ui, display), top + gapAbove), col, &tapped);
    if (tapped) b.tapped = true;
    return gapAbove + h;
}

}  // namespace samenspel::ui
