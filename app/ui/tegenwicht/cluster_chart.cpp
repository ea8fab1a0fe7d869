#include "ui/tegenwicht/cluster_chart.h"
#include "ui/kit/shapes.h"

#include <algorithm>
#include <cmath>

#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {
std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

// A light bar with diagonal stripes: the national share, told apart from
// the group's solid bar by pattern as well as shade.
void stripedBar(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float step, float r) {
    fillRoundRect(dl, a, b, mix(colour, IM_COL32_WHITE, 0.78f), r);
    dl->PushClipRect(a, b, true);
    for (float x = a.x - (b.y - a.y); x < b.x; x += step)
        dl->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y), mix(colour, IM_COL32_WHITE, 0.35f), step * 0.3f);
    dl->PopClipRect();
    dl->AddRect(a, b, colour, r, 0, 1.5f);
}
}  // namespace

void clusterChart(Ui& ui, const Deck& deck, const std::vector<ClusterWeight>& weights) {
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    std::vector<const ClusterWeight*> rows;
    for (const auto& w : weights) rows.push_back(&w);
    std::stable_sort(rows.begin(), rows.end(), [](const ClusterWeight* a, const ClusterWeight* b) {
        return a->groupShare != b->groupShare ? a->groupShare > b->groupShare : a->nationalShare > b->nationalShare;
    });
    double maxShare = 0.01;
    for (const auto* w : rows) maxShare = std::max({maxShare, w->groupShare, w->nationalShare});

    // Legend: solid = this group, striped = the national top 15.
    {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ui.dp(28);
        ImGui::Dummy(ImVec2(ui.columnWidth(), h));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float sw = ui.dp(28);
        fillRoundRect(dl, ImVec2(p.x, p.y + ui.dp(6)), ImVec2(p.x + sw, p.y + h - ui.dp(6)), t.text, ui.dp(4));
        dl->AddText(f.small, f.small->FontSize, ImVec2(p.x + sw + ui.dp(6), p.y + ui.dp(3)), t.text,
                    ui.t("tegenwicht.chart.group").c_str());
        const float x2 = p.x + ui.columnWidth() / 2;
        stripedBar(dl, ImVec2(x2, p.y + ui.dp(6)), ImVec2(x2 + sw, p.y + h - ui.dp(6)), t.text, ui.dp(6), ui.dp(4));
        dl->AddText(f.small, f.small->FontSize, ImVec2(x2 + sw + ui.dp(6), p.y + ui.dp(3)), t.text,
                    ui.t("tegenwicht.chart.national").c_str());
    }
    gap(ui, 4);
    int index = 0;
    for (const auto* w : rows) {
        const CardGroup* g = deck.group(w->group);
        const ImU32 colour = g ? parseColour(g->colour, t.textMuted) : t.textMuted;
        const std::string label = g ? g->label : w->group;
        const float grow = easeOut(ui.appear("chart:" + w->group, 500, 60.0 * index++));
        const float disc = ui.dp(34);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float colW = ui.columnWidth();
        const float labelH = std::max(disc, f.bold->FontSize * 1.2f);
        const float barH = ui.dp(20), gapY = ui.dp(6);
        const std::string heavy = std::to_string(w->heavy), light = std::to_string(w->light);
        const std::string detail =
            w->decisive ? ui.tf("tegenwicht.chart.detail_decisive",
                                {{"heavy", heavy}, {"light", light}, {"decisive", std::to_string(w->decisive)}})
                        : ui.tf("tegenwicht.chart.detail", {{"heavy", heavy}, {"light", light}});
        // Beeldmodus: the picture without the counts in words.
        const float detailH = ui.beeldmodus ? 0 : f.small->FontSize * 1.2f;
        const float h = labelH + gapY + barH + gapY + barH + ui.dp(4) + detailH;
        ImGui::Dummy(ImVec2(colW, h));
        ui.marker(label, "chart." + w->group);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 dc(p.x + disc / 2, p.y + labelH / 2);
        fillCircle(dl, dc, disc / 2, colour);
        fillCircle(dl, dc, disc / 2 - ui.dp(3), IM_COL32_WHITE);
        if (g) drawPictogram(ui, dl, g->symbol, dc, disc * 0.7f);
        dl->AddText(f.bold, f.bold->FontSize,
                    ImVec2(p.x + disc + ui.dp(10), p.y + (labelH - f.bold->FontSize * 1.15f) / 2), t.text,
                    label.c_str());
        const float numW = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, 0, "100%").x + ui.dp(8);
        const float barX = p.x + disc + ui.dp(10), barMax = colW - (disc + ui.dp(10)) - numW;
        float y = p.y + labelH + gapY;
        const float gw = std::max(ui.dp(3), static_cast<float>(w->groupShare / maxShare) * barMax * grow);
        fillRoundRect(dl, ImVec2(barX, y), ImVec2(barX + gw, y + barH), colour, ui.dp(4));
        dl->AddText(f.smallBold, f.smallBold->FontSize, ImVec2(barX + gw + ui.dp(6), y + (barH - f.body->FontSize) / 2),
                    t.text, percent(w->groupShare).c_str());
        y += barH + gapY;
        const float nw = std::max(ui.dp(3), static_cast<float>(w->nationalShare / maxShare) * barMax * grow);
        stripedBar(dl, ImVec2(barX, y), ImVec2(barX + nw, y + barH), colour, ui.dp(6), ui.dp(4));
        dl->AddText(f.small, f.small->FontSize, ImVec2(barX + nw + ui.dp(6), y + (barH - f.body->FontSize) / 2),
                    t.textMuted, percent(w->nationalShare).c_str());
        y += barH + ui.dp(4);
        if (!ui.beeldmodus) dl->AddText(f.small, f.small->FontSize, ImVec2(barX, y), t.textMuted, detail.c_str());
        gap(ui, 2);
    }
}

}  // namespace samenspel::ui
