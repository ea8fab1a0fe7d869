#include "ui/kit/shapes.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace samenspel::ui {

namespace {

ImU32 transparent(ImU32 c) { return c & ~IM_COL32_A_MASK; }

void rect(ImDrawList* dl, float x0, float y0, float x1, float y1, ImU32 col) {
    if (x1 <= x0 || y1 <= y0) return;
    dl->PrimReserve(6, 4);
    dl->PrimRect(ImVec2(x0, y0), ImVec2(x1, y1), col);
}

// A quarter disc around `c` from angle a0 to a1: a fan from the centre (small
// triangles) plus a soft one-pixel rim.
void corner(ImDrawList* dl, ImVec2 c, float r, float a0, float a1, ImU32 col) {
    const int n = std::clamp(static_cast<int>(r / 2.5f), 3, 14);
    const ImVec2 uv = dl->_Data->TexUvWhitePixel;
    const float inner = std::max(0.0f, r - 0.5f), outer = r + 0.5f;
    // centre + n+1 inner points + n+1 outer points
    dl->PrimReserve(n * 3 + n * 6, 1 + 2 * (n + 1));
    const ImDrawIdx base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    dl->PrimWriteVtx(c, uv, col);
    for (int i = 0; i <= n; ++i) {
        const float a = a0 + (a1 - a0) * i / n;
        const float cs = std::cos(a), sn = std::sin(a);
        dl->PrimWriteVtx(ImVec2(c.x + cs * inner, c.y + sn * inner), uv, col);
        dl->PrimWriteVtx(ImVec2(c.x + cs * outer, c.y + sn * outer), uv, transparent(col));
    }
    for (int i = 0; i < n; ++i) {
        const ImDrawIdx in0 = base + 1 + 2 * i, out0 = in0 + 1, in1 = in0 + 2, out1 = in0 + 3;
        dl->PrimWriteIdx(base), dl->PrimWriteIdx(in0), dl->PrimWriteIdx(in1);
        dl->PrimWriteIdx(in0), dl->PrimWriteIdx(out0), dl->PrimWriteIdx(out1);
        dl->PrimWriteIdx(in0), dl->PrimWriteIdx(out1), dl->PrimWriteIdx(in1);
    }
}

// The middle slab, less the part of `hole` inside it (none when the hole is empty).
void middleSlab(ImDrawList* dl, float x0, float y0, float x1, float y1, ImU32 col, const ImRect& hole) {
    const float hx0 = std::max(hole.Min.x, x0), hx1 = std::min(hole.Max.x, x1);
    const float hy0 = std::max(hole.Min.y, y0), hy1 = std::min(hole.Max.y, y1);
    if (hx1 <= hx0 || hy1 <= hy0) {
        rect(dl, x0, y0, x1, y1, col);
        return;
    }
    rect(dl, x0, y0, x1, hy0, col);    // above the hole
    rect(dl, x0, hy1, x1, y1, col);    // below it
    rect(dl, x0, hy0, hx0, hy1, col);  // left of it
    rect(dl, hx1, hy0, x1, hy1, col);  // right of it
}

void roundRect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float r, ImDrawFlags corners, const ImRect& hole) {
    if (b.x <= a.x || b.y <= a.y || (col & IM_COL32_A_MASK) == 0) return;
    if ((corners & ImDrawFlags_RoundCornersMask_) == 0) corners |= ImDrawFlags_RoundCornersAll;
    r = std::min({r, (b.x - a.x) / 2, (b.y - a.y) / 2});
    if (r < 1) {
        rect(dl, a.x, a.y, b.x, b.y, col);
        return;
    }
    const float tl = (corners & ImDrawFlags_RoundCornersTopLeft) ? r : 0;
    const float tr = (corners & ImDrawFlags_RoundCornersTopRight) ? r : 0;
    const float bl = (corners & ImDrawFlags_RoundCornersBottomLeft) ? r : 0;
    const float br = (corners & ImDrawFlags_RoundCornersBottomRight) ? r : 0;
    // Three slabs: the middle one full height, the side ones between their corners.
    middleSlab(dl, a.x + r, a.y, b.x - r, b.y, col, hole);
    rect(dl, a.x, a.y + tl, a.x + r, b.y - bl, col);
    rect(dl, b.x - r, a.y + tr, b.x, b.y - br, col);
    const float pi = 3.14159265f;
    if (tl > 0) corner(dl, ImVec2(a.x + r, a.y + r), r, pi, 1.5f * pi, col);
    if (tr > 0) corner(dl, ImVec2(b.x - r, a.y + r), r, 1.5f * pi, 2 * pi, col);
    if (br > 0) corner(dl, ImVec2(b.x - r, b.y - r), r, 0, 0.5f * pi, col);
    if (bl > 0) corner(dl, ImVec2(a.x + r, b.y - r), r, 0.5f * pi, pi, col);
    // Square corners of the side slabs where a corner is not rounded.
    if (tl == 0 || bl == 0 || tr == 0 || br == 0) {
        rect(dl, a.x, a.y, tl == 0 ? a.x + r : a.x, tl == 0 ? a.y + r : a.y, col);
        rect(dl, a.x, b.y - r, bl == 0 ? a.x + r : a.x, bl == 0 ? b.y : b.y - r, col);
        rect(dl, b.x - r, a.y, tr == 0 ? b.x : b.x - r, tr == 0 ? a.y + r : a.y, col);
        rect(dl, b.x - r, b.y - r, br == 0 ? b.x : b.x - r, br == 0 ? b.y : b.y - r, col);
    }
}

}  // namespace

void fillRoundRect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float r, ImDrawFlags corners) {
    roundRect(dl, a, b, col, r, corners, ImRect());
}

void fillRoundRectAround(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float r, ImVec2 holeA, ImVec2 holeB) {
    roundRect(dl, a, b, col, r, 0, ImRect(holeA, holeB));
}

void fillCircle(ImDrawList* dl, ImVec2 c, float radius, ImU32 col) {
    if (radius <= 0 || (col & IM_COL32_A_MASK) == 0) return;
    const float pi = 3.14159265f;
    for (int q = 0; q < 4; ++q) corner(dl, c, radius, q * 0.5f * pi, (q + 1) * 0.5f * pi, col);
}

}  // namespace samenspel::ui
