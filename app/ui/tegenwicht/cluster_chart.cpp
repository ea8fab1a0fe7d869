#include "ui/tegenwicht/cluster_chart.h"

#include <algorithm>
#include <cmath>

#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/shapes.h"
#include "ui/kit/widgets.h"
#include "ui/samenleer/two_columns.h"

namespace samenspel::ui {

namespace {

// One block per card: its pictogram says how it was weighed, so the
// picture never rests on colour or shade alone.
enum class Block { Heavy, Light, Unnoticed, Decisive };

const char* blockPictogram(Block b) {
    switch (b) {
    case Block::Heavy: return "weight";
    case Block::Light: return "feather";
    case Block::Unnoticed: return "see-no-evil";
    case Block::Decisive: return "bullseye";
    }
    return "scale";
}

void drawBlock(Ui& ui, ImDrawList* dl, ImVec2 a, float size, Block b, ImU32 colour) {
    const Theme& t = ui.theme;
    const ImVec2 z(a.x + size, a.y + size);
    const float r = ui.dp(5);
    switch (b) {
    case Block::Heavy: fillRoundRect(dl, a, z, colour, r); break;
    case Block::Light:
        fillRoundRect(dl, a, z, mix(colour, IM_COL32_WHITE, 0.7f), r);
        dl->AddRect(a, z, colour, r, 0, ui.dp(1.5f));
        break;
    case Block::Unnoticed: dl->AddRect(a, z, t.textMuted, r, 0, ui.dp(1.5f)); break;
    case Block::Decisive:
        fillRoundRect(dl, a, z, t.surface, r);
        dl->AddRect(a, z, t.text, r, 0, ui.dp(2.5f));
        break;
    }
    const ImVec2 c(a.x + size / 2, a.y + size / 2);
    if (b == Block::Heavy) fillCircle(dl, c, size * 0.36f, IM_COL32_WHITE);
    drawPictogram(ui, dl, blockPictogram(b), c, size * 0.62f);
}

// The blocks of one cluster, wrapped over as many lines as they need.
float blockRowsHeight(Ui& ui, int blocks, float width) {
    const float size = ui.dp(ui.beeldmodus ? 34 : 28), gapX = ui.dp(4);
    const int perLine = std::max(1, static_cast<int>((width + gapX) / (size + gapX)));
    const int lines = std::max(1, (blocks + perLine - 1) / perLine);
    return lines * size + (lines - 1) * gapX;
}

void drawBlocks(Ui& ui, ImDrawList* dl, ImVec2 p, float width, const std::vector<Block>& blocks, ImU32 colour) {
    const float size = ui.dp(ui.beeldmodus ? 34 : 28), gapX = ui.dp(4);
    const int perLine = std::max(1, static_cast<int>((width + gapX) / (size + gapX)));
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const int col = static_cast<int>(i) % perLine, line = static_cast<int>(i) / perLine;
        drawBlock(ui, dl, ImVec2(p.x + col * (size + gapX), p.y + line * (size + gapX)), size, blocks[i], colour);
    }
}

void legend(Ui& ui) {
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    const float size = ui.dp(24), colW = ui.columnWidth();
    const Block kinds[] = {Block::Heavy, Block::Light, Block::Unnoticed, Block::Decisive};
    const std::string* words[] = {&ui.t("tegenwicht.chart.legend.heavy"), &ui.t("tegenwicht.chart.legend.light"),
                                  &ui.t("tegenwicht.chart.legend.unnoticed"),
                                  &ui.t("tegenwicht.chart.legend.decisive")};
    // Two per line on a phone, four on a wide column.
    const int perLine = colW >= ui.dp(560) ? 4 : 2;
    const float cell = colW / perLine, lineH = std::max(size, f.small->FontSize * 1.3f) + ui.dp(6);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(colW, lineH * ((4 + perLine - 1) / perLine)));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < 4; ++i) {
        const ImVec2 a(p.x + (i % perLine) * cell, p.y + (i / perLine) * lineH);
        drawBlock(ui, dl, a, size, kinds[i], t.textMuted);
        dl->AddText(f.small, f.small->FontSize, ImVec2(a.x + size + ui.dp(6), a.y + (size - f.small->FontSize) / 2),
                    t.text, words[i]->c_str());
    }
}

void clusterRow(Ui& ui, const Deck& deck, const ClusterRow& row, int index) {
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    const CardGroup* g = deck.group(row.group);
    const ImU32 colour = g ? parseColour(g->colour, t.textMuted) : t.textMuted;
    const std::string label = clusterLabel(deck, row.group);
    std::vector<Block> blocks;
    blocks.insert(blocks.end(), static_cast<std::size_t>(row.heavy.value), Block::Heavy);
    blocks.insert(blocks.end(), static_cast<std::size_t>(row.light.value), Block::Light);
    blocks.insert(blocks.end(), static_cast<std::size_t>(row.unnoticed.value), Block::Unnoticed);
    blocks.insert(blocks.end(), static_cast<std::size_t>(row.decisive.value), Block::Decisive);
    // Only the counts that are there: "1x zwaar · 1x doorslag".
    std::string detail;
    auto part = [&](int n, const std::string& words) {
        if (n == 0) return;
        if (!detail.empty()) detail += " · ";
        detail += words;
    };
    part(row.heavy.value, ui.tf("tegenwicht.chart.count.heavy", {{"n", std::to_string(row.heavy.value)}}));
    part(row.light.value, ui.tf("tegenwicht.chart.count.light", {{"n", std::to_string(row.light.value)}}));
    part(row.unnoticed.value, ui.tf("tegenwicht.chart.count.unnoticed", {{"n", std::to_string(row.unnoticed.value)}}));
    part(row.decisive.value, ui.tf("tegenwicht.chart.count.decisive", {{"n", std::to_string(row.decisive.value)}}));
    if (detail.empty()) detail = ui.t("tegenwicht.chart.empty");
    const float grow = easeOut(ui.appear("chart:" + row.group, 400, 60.0 * index));
    const float disc = ui.dp(34), colW = ui.columnWidth();
    const float textX = disc + ui.dp(10), textW = colW - textX;
    const float labelH = std::max(disc, f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, textW, label.c_str()).y);
    const float blocksH = blocks.empty() ? 0 : blockRowsHeight(ui, static_cast<int>(blocks.size()), textW);
    // Beeldmodus: the blocks say it; an empty cluster still says "geen kaarten".
    const bool words = !ui.beeldmodus || !row.any();
    const float detailH =
        words ? f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, textW, detail.c_str()).y + ui.dp(2) : 0;
    const float h = labelH + ui.dp(6) + blocksH + (blocksH > 0 ? ui.dp(6) : 0) + detailH;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(colW, h));
    ui.marker(label, "chart." + row.group);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float alpha = row.any() ? 1.f : 0.55f;
    const ImVec2 dc(p.x + disc / 2, p.y + disc / 2);
    fillCircle(dl, dc, disc / 2, withAlpha(colour, alpha));
    fillCircle(dl, dc, disc / 2 - ui.dp(3), IM_COL32_WHITE);
    if (g) drawPictogram(ui, dl, g->symbol, dc, disc * 0.7f, alpha);
    dl->AddText(f.bold, f.bold->FontSize, ImVec2(p.x + textX, p.y + (disc - f.bold->FontSize * 1.15f) / 2),
                row.any() ? t.text : t.textMuted, label.c_str(), nullptr, textW);
    float y = p.y + labelH + ui.dp(6);
    if (!blocks.empty()) {
        // The blocks appear one after the other; the count never depends on the animation.
        const auto shown = static_cast<std::size_t>(std::ceil(grow * static_cast<float>(blocks.size())));
        drawBlocks(ui, dl, ImVec2(p.x + textX, y), textW,
                   std::vector<Block>(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(shown)), colour);
        y += blocksH + ui.dp(6);
    }
    if (words)
        dl->AddText(f.small, f.small->FontSize, ImVec2(p.x + textX, y), t.textMuted, detail.c_str(), nullptr, textW);
    gap(ui, 6);
}

// One mark beside a ranked card: a pictogram and "2x gekozen".
float mark(Ui& ui, ImDrawList* dl, ImVec2 a, const char* pictogram, const std::string& text, bool draw) {
    const auto& f = ui.fonts();
    const float size = ui.dp(22);
    const float w = size + ui.dp(4) + f.smallBold->CalcTextSizeA(f.smallBold->FontSize, FLT_MAX, 0, text.c_str()).x;
    if (draw) {
        drawPictogram(ui, dl, pictogram, ImVec2(a.x + size / 2, a.y + size / 2), size);
        dl->AddText(f.smallBold, f.smallBold->FontSize,
                    ImVec2(a.x + size + ui.dp(4), a.y + (size - f.smallBold->FontSize) / 2), ui.theme.text,
                    text.c_str());
    }
    return w;
}

void rankRow(Ui& ui, const Deck& deck, const RankRow& row) {
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    const Card* c = deck.card(row.card);
    if (!c) return;
    const bool touched = row.touched();
    const float disc = ui.dp(30), picto = ui.dp(ui.beeldmodus ? 36 : 28), colW = ui.columnWidth();
    const float textX = disc + ui.dp(6) + picto + ui.dp(8), textW = colW - textX;
    ImFont* lf = touched ? f.bold : f.body;
    const float labelH = lf->CalcTextSizeA(lf->FontSize, FLT_MAX, textW, c->label.c_str()).y;
    // The study's own name under ours for the cards this group used (every
    // card shows it in its detail); Beeldmodus keeps the short label.
    const std::string quoted = ui.tf("tegenwicht.top15.source", {{"name", c->sourceLabel}});
    const bool showSource = !ui.beeldmodus && touched && !c->sourceLabel.empty() && c->sourceLabel != c->label;
    const float sourceH =
        showSource ? f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, textW, quoted.c_str()).y + ui.dp(2) : 0;
    std::vector<std::pair<const char*, std::string>> marks;
    if (row.picked.value) marks.push_back({"raised-hand", ui.tn("tegenwicht.top15.picked", row.picked.value)});
    if (row.heavy.value) marks.push_back({"weight", ui.tn("tegenwicht.top15.heavy", row.heavy.value)});
    if (row.decisive.value) marks.push_back({"bullseye", ui.tn("tegenwicht.top15.decisive", row.decisive.value)});
    // Marks flow left to right and wrap.
    const float markH = ui.dp(22), markGap = ui.dp(12);
    int markLines = marks.empty() ? 0 : 1;
    {
        float x = 0;
        for (const auto& m : marks) {
            const float w = mark(ui, nullptr, ImVec2(0, 0), m.first, m.second, false);
            if (x > 0 && x + w > textW) ++markLines, x = 0;
            x += w + markGap;
        }
    }
    const float top = std::max(disc, labelH + sourceH);
    const float h = top + (markLines ? ui.dp(4) + markLines * (markH + ui.dp(4)) : 0);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(colW, h));
    ui.marker(c->label, "top15." + std::to_string(row.rank.value));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // A card this group used stands out on a band, so the eye finds it in the list.
    if (touched)
        fillRoundRect(dl, ImVec2(p.x - ui.dp(4), p.y - ui.dp(4)), ImVec2(p.x + colW + ui.dp(2), p.y + h + ui.dp(4)),
                      t.surface, ui.dp(8));
    const float alpha = touched ? 1.f : 0.6f;
    // The place in the ranking: a neutral disc, not a cluster colour (the study has no clusters).
    const ImVec2 dc(p.x + disc / 2, p.y + disc / 2);
    fillCircle(dl, dc, disc / 2, touched ? t.text : withAlpha(t.textMuted, 0.9f));
    const std::string n = std::to_string(row.rank.value);
    const ImVec2 ns = f.smallBold->CalcTextSizeA(f.smallBold->FontSize, FLT_MAX, 0, n.c_str());
    dl->AddText(f.smallBold, f.smallBold->FontSize, ImVec2(dc.x - ns.x / 2, dc.y - ns.y / 2), IM_COL32_WHITE,
                n.c_str());
    drawPictogram(ui, dl, c->pictogram, ImVec2(p.x + disc + ui.dp(6) + picto / 2, p.y + disc / 2), picto, alpha);
    dl->AddText(lf, lf->FontSize, ImVec2(p.x + textX, p.y + std::max(0.f, (disc - labelH) / 2 * (sourceH > 0 ? 0 : 1))),
                touched ? t.text : t.textMuted, c->label.c_str(), nullptr, textW);
    if (showSource)
        dl->AddText(f.small, f.small->FontSize, ImVec2(p.x + textX, p.y + labelH + ui.dp(2)), t.textMuted,
                    quoted.c_str(), nullptr, textW);
    float x = 0, y = p.y + top + ui.dp(4);
    for (const auto& m : marks) {
        const float w = mark(ui, nullptr, ImVec2(0, 0), m.first, m.second, false);
        if (x > 0 && x + w > textW) x = 0, y += markH + ui.dp(4);
        mark(ui, dl, ImVec2(p.x + textX + x, y), m.first, m.second, true);
        x += w + markGap;
    }
    gap(ui, 6);
}

std::string joined(Ui& ui, const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i == 0) out = parts[i];
        else if (i + 1 == parts.size()) out = ui.tf("tegenwicht.end.and", {{"a", out}, {"b", parts[i]}});
        else out += ", " + parts[i];
    }
    return out;
}

}  // namespace

std::string clusterLabel(const Deck& deck, const std::string& group) {
    const CardGroup* g = deck.group(group);
    return g ? g->label : group;
}

void tegenwichtPictureView(Ui& ui, const Deck& deck, const TegenwichtPicture& picture) {
    TwoColumns cols(ui, 0.5f);
    // This group's cards, per cluster: the clusters are ours, and the screen says so.
    {
        const std::string& title = ui.t("tegenwicht.chart.title");
        const std::string& text = ui.t("tegenwicht.chart.text");
        if (!ui.beeldmodus) heading(ui, title);
        instruction(ui, "chart.ours", "bar-chart", ui.t("tegenwicht.chart.short"), text, ui.theme.textMuted,
                    title + ". " + text);
        legend(ui);
        gap(ui, 4);
        int index = 0;
        for (const auto& row : picture.clusters) clusterRow(ui, deck, row, index++);
    }
    if (cols.on()) cols.right();
    else gap(ui, 10);
    // The study's top 15: places only, and what this group did with each card.
    {
        std::vector<std::string> picked;
        for (const auto& r : picture.topFifteen)
            if (r.touched())
                if (const Card* c = deck.card(r.card)) picked.push_back(c->label);
        const std::string spoken = picked.empty() ? ui.t("tegenwicht.top15.spoken_none")
                                                  : ui.tf("tegenwicht.top15.spoken", {{"cards", joined(ui, picked)}});
        const std::string& title = ui.t("tegenwicht.top15.title");
        const std::string& text = ui.t("tegenwicht.top15.text");
        if (!ui.beeldmodus) heading(ui, title);
        instruction(ui, "top15.about", "first-place", title, text, ui.theme.textMuted,
                    title + ". " + text + " " + spoken);
        gap(ui, 4);
        for (const auto& row : picture.topFifteen) rankRow(ui, deck, row);
    }
    cols.end();
}

std::string mostHeavySentence(Ui& ui, const Deck& deck, const TegenwichtPicture& picture) {
    if (picture.mostHeavy.empty()) return ui.t("tegenwicht.end.summary_none");
    std::vector<std::string> labels;
    // Quoted, because a cluster's own name may hold "en" ("Werkgever en arbeidsmarkt").
    for (const auto& g : picture.mostHeavy)
        labels.push_back(ui.tf("tegenwicht.end.cluster", {{"name", clusterLabel(deck, g)}}));
    return ui.tf("tegenwicht.end.summary", {{"first", joined(ui, labels)}});
}

}  // namespace samenspel::ui
