// The few layout facts every screen shares: how wide the content column is
// (phones use the whole width less a margin, tablets a centred column), a
// point-in-rectangle test for fingers, and the pager dots under a row of
// cards. One copy each, so a phone and a tablet look the same everywhere.
#pragma once
#include <imgui.h>

namespace samenspel::ui {

class Ui;

// The content column on a display `displayW` px wide, in px, and its left edge.
float contentColumnWidth(const Ui& ui, float displayW);
float contentColumnLeft(const Ui& ui, float displayW);

// True when `p` lies in the half-open rectangle [a, b).
inline bool pointInRect(ImVec2 p, ImVec2 a, ImVec2 b) { return p.x >= a.x && p.x < b.x && p.y >= a.y && p.y < b.y; }

// `count` dots centred on `centre` (screen px), the `current` one filled and
// larger, the others outlined: the position shows by shape, not colour alone.
void pagerDots(Ui& ui, ImDrawList* dl, ImVec2 centre, int count, int current);

}  // namespace samenspel::ui
