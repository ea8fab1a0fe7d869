// Filled shapes cut into small triangles. ImGui fills a convex shape as a
// fan from its first vertex, so every triangle spans the whole shape; a
// software rasterizer (SDL's, headless and on devices without a GPU) walks
// each triangle's bounding box, which made big rounded cards cost many
// times their area. These build the same shapes from a few rectangles and
// small corner fans, with a one-pixel soft edge on the curves.
#pragma once
#include <imgui.h>

namespace samenspel::ui {

// `corners`: ImDrawFlags_RoundCorners* (0 = all).
void fillRoundRect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float rounding, ImDrawFlags corners = 0);
void fillCircle(ImDrawList* dl, ImVec2 centre, float radius, ImU32 col);
// The same rounded rectangle (all corners) without the rectangle `holeA`-`holeB`
// in its middle: the shadow under an opaque card, whose middle the card
// hides. The pixels outside the hole are exactly fillRoundRect's; the hole
// is kept inside the straight middle slab (away from the corners).
void fillRoundRectAround(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float rounding, ImVec2 holeA, ImVec2 holeB);

}  // namespace samenspel::ui
