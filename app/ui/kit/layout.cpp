#include "ui/kit/layout.h"

#include <algorithm>

#include "ui/kit/shapes.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

namespace {
constexpr float kMaxColumnDp = 720;  // a tablet reads best in a column, not edge to edge
constexpr float kMarginDp = 16;
constexpr float kDotGapDp = 16;
}  // namespace

float contentColumnWidth(const Ui& ui, float displayW) {
    return std::min(displayW - 2 * ui.dp(kMarginDp), ui.dp(kMaxColumnDp));
}

float contentColumnLeft(const Ui& ui, float displayW) { return (displayW - contentColumnWidth(ui, displayW)) / 2; }

void pagerDots(Ui& ui, ImDrawList* dl, ImVec2 centre, int count, int current) {
    if (count < 2) return;
    const float gap = ui.dp(kDotGapDp);
    const float x0 = centre.x - gap * (count - 1) / 2;
    for (int i = 0; i < count; ++i) {
        const ImVec2 c(x0 + gap * i, centre.y);
        if (i == current) fillCircle(dl, c, ui.dp(5.5f), ui.theme.primary);
        else dl->AddCircle(c, ui.dp(4), ui.theme.outline, 16, ui.dp(1.5f));
    }
}

}  // namespace samenspel::ui
