#include "ui/tegenwicht/balance_screen.h"
#include "ui/kit/shapes.h"

#include <algorithm>
#include <vector>

#include "ui/cards/card_view.h"
#include "ui/kit/layout.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/tegenwicht/tegenwicht_header.h"
#include "ui/tegenwicht/timer_ring.h"

namespace samenspel::ui {

namespace {
struct Zone {
    Weight weight;
    const char* id;
    const char* pictogram;
};
const Zone kZones[3] = {{Weight::Heavy, "zone.heavy", "weight"},
                        {Weight::Light, "zone.light", "feather"},
                        {Weight::Unnoticed, "zone.unnoticed", "see-no-evil"}};
// The zone's words, by literal key (the key-usage test reads these).
const std::string& zoneTitle(const Ui& ui, int z) {
    switch (z) {
    case 0: return ui.t("tegenwicht.balance.zone.heavy");
    case 1: return ui.t("tegenwicht.balance.zone.light");
    default: return ui.t("tegenwicht.balance.zone.unnoticed");
    }
}

// Who picked a card: avatar and name under it, so the group can ask
// "waarom koos jij deze?" while it weighs. The name wraps between words on
// up to two lines and is cut only when that is not enough.
void pickerLine(Ui& ui, const std::string& avatar, const std::string& name, float width, const std::string& id) {
    const auto& f = ui.fonts();
    const float pic = ui.dp(26), gapX = ui.dp(6);
    const float textW = std::max(ui.dp(24), width - pic - gapX);
    ImFont* font = wordsFit(f.smallBold, name, textW) ? f.smallBold : f.small;
    const float lineH = font->FontSize * 1.15f;
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, textW, name.c_str());
    const float h = std::max(pic, std::min(ts.y, 2 * lineH)) + ui.dp(4);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, h));
    ui.marker(ui.tf("tegenwicht.balance.picked_by", {{"name", name}}), id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fillCircle(dl, ImVec2(p.x + pic / 2, p.y + h / 2), pic / 2, ui.theme.surfaceAlt);
    drawPictogram(ui, dl, avatar, ImVec2(p.x + pic / 2, p.y + h / 2), pic * 0.9f);
    dl->PushClipRect(ImVec2(p.x + pic + gapX, p.y), ImVec2(p.x + width, p.y + h), true);
    dl->AddText(font, font->FontSize, ImVec2(p.x + pic + gapX, p.y + (h - std::min(ts.y, 2 * lineH)) / 2),
                ui.theme.text, name.c_str(), nullptr, textW);
    dl->PopClipRect();
}

// Border shapes tell the zones apart without colour: solid, dashed, dotted.
void zoneBorder(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 c, int style, float w, float r) {
    if (style == 0) {
        dl->AddRect(a, b, c, r, 0, w * 1.5f);
        return;
    }
    const float dash = style == 1 ? w * 5 : w * 1.2f, gapLen = style == 1 ? w * 3 : w * 2.2f;
    auto line = [&](ImVec2 p, ImVec2 q) {
        const float len = std::max(std::fabs(q.x - p.x), std::fabs(q.y - p.y));
        const ImVec2 dir((q.x - p.x) / len, (q.y - p.y) / len);
        for (float t = 0; t < len; t += dash + gapLen) {
            const float e = std::min(len, t + dash);
            if (style == 2) fillCircle(dl, ImVec2(p.x + dir.x * t, p.y + dir.y * t), w * 0.8f, c);
            else dl->AddLine(ImVec2(p.x + dir.x * t, p.y + dir.y * t), ImVec2(p.x + dir.x * e, p.y + dir.y * e), c, w);
        }
    };
    line(ImVec2(a.x + r, a.y), ImVec2(b.x - r, a.y));
    line(ImVec2(a.x + r, b.y), ImVec2(b.x - r, b.y));
    line(ImVec2(a.x, a.y + r), ImVec2(a.x, b.y - r));
    line(ImVec2(b.x, a.y + r), ImVec2(b.x, b.y - r));
}
}  // namespace

Choice BalanceScreen::draw(Ui& ui, const Game& game) {
    Choice res;
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    const Theme& t = ui.theme;
    const auto& f = ui.fonts();
    if (beginTegenwichtScreen(ui, "tegenwicht.balance", ui.t("tegenwicht.balance.title"),
                              ui.tf("tegenwicht.round_inbrenger",
                                    {{"n", std::to_string(r.number)}, {"name", seatName(s.setup, r.inbrenger)}})))
        res = Choice::back();
    // After each placement the list starts at the top again, where the next
    // card to weigh lies (at large text the zones are a scroll below it).
    long long placed = 0;
    for (const auto& rc : r.revealed) placed += rc.weight ? 1 : 0;
    beginBody(ui, scroll, 1, r.number * 1000LL + placed);
    timerRing(ui, "timer.round", roundElapsedMs, s.setup.roundTimerSeconds, ui.t("tegenwicht.timer.round"));
    // A tablet has room for the cards and the zones side by side, so every
    // zone is in reach without scrolling past the cards.
    const float fullCol = ui.columnWidth();
    const bool sideBySide = fullCol >= ui.dp(640);
    const float leftW = sideBySide ? std::floor((fullCol - ui.dp(16)) * 0.56f) : fullCol;
    const float rightW = sideBySide ? fullCol - leftW - ui.dp(16) : fullCol;
    if (sideBySide) {
        ImGui::BeginGroup();
        ui.setColumnWidth(leftW);
    }
    if (!selected.empty() &&
        !std::any_of(r.revealed.begin(), r.revealed.end(), [&](const auto& c) { return c.card == selected; }))
        selected.clear();

    std::vector<const RevealedCard*> open;
    for (const auto& rc : r.revealed)
        if (!rc.weight) open.push_back(&rc);
    if (!open.empty()) {
        instruction(ui, "balance.hint", "scale", ui.t("tegenwicht.balance.hint_short"),
                    ui.t("tegenwicht.balance.hint"));
        heading(ui, ui.tf("tegenwicht.balance.on_table", {{"n", std::to_string(open.size())}}));
        std::vector<CardFace> faces;
        for (const auto* rc : open)
            if (const Card* c = deck.card(rc->card)) faces.push_back(cardFace(deck, *c));
        const int cols = cardColumnsFitting(ui, faces, 160, 3, CardSize::Compact);
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float w = (ui.columnWidth() - spacing * (cols - 1)) / cols;
        float rowH = 0;
        for (const auto* rc : open)
            if (const Card* c = deck.card(rc->card))
                rowH = std::max(rowH, cardHeight(ui, cardFace(deck, *c), w, CardSize::Compact));
        int i = 0;
        for (const auto* rc : open) {
            const Card* c = deck.card(rc->card);
            if (!c) continue;
            if (i % cols) ImGui::SameLine();
            ImGui::BeginGroup();
            CardPose pose;
            pose.selected = selected == rc->card;
            // Each card turns over once, one after the other.
            pose.flip = 1 - easeInOut(ui.appear("flip:" + std::to_string(r.number) + ":" + rc->card, 420, 120.0 * i));
            pose.backPictogram = seatAvatar(s.setup, rc->seat);
            // Ids by place on the table ("table.0" is the first card still open), so a test script can name them.
            const CardInput in = cardWidget(ui, "table." + std::to_string(i), cardFace(deck, *c), w, CardSize::Compact,
                                            pose, true, rowH);
            pickerLine(ui, seatAvatar(s.setup, rc->seat), seatName(s.setup, rc->seat), w,
                       "table." + std::to_string(i) + ".by");
            ImGui::EndGroup();
            if (in.tapped) selected = selected == rc->card ? std::string() : rc->card;
            if (in.dropped)
                for (int z = 0; z < 3; ++z)
                    if (pointInRect(in.dropAt, zoneMin[z], zoneMax[z]))
                        res = Choice::play(tw::place(r.number, rc->card, kZones[z].weight)), selected.clear();
            ++i;
        }
        gap(ui, 4);
    } else {
        instruction(ui, "balance.placed", "check-mark", ui.t("tegenwicht.balance.placed_short"),
                    ui.t("tegenwicht.balance.placed"), t.textMuted);
    }
    if (sideBySide) {
        ImGui::EndGroup();
        ImGui::SameLine(0, ui.dp(16));
        ImGui::BeginGroup();
        ui.setColumnWidth(rightW);
    }

    const ImU32 colours[3] = {t.heavy, t.light, t.unnoticed};
    for (int z = 0; z < 3; ++z) {
        const Zone& zone = kZones[z];
        std::vector<const RevealedCard*> here;
        for (const auto& rc : r.revealed)
            if (rc.weight == zone.weight) here.push_back(&rc);
        const float col = ui.columnWidth(), pad = ui.dp(12);
        // A chip: the card's label (wrapping between words, up to two lines)
        // and under it who picked it, avatar and name.
        const float chipW = col - 2 * pad, textX = ui.dp(56), textW = chipW - textX - ui.dp(8);
        const float byH = ui.dp(24);
        std::vector<float> chipH(here.size());
        std::vector<ImFont*> chipFont(here.size());
        float chipsH = 0;
        for (std::size_t k = 0; k < here.size(); ++k) {
            const Card* c = deck.card(here[k]->card);
            const std::string label = c ? c->label : std::string();
            chipFont[k] = wordsFit(f.body, label, textW) ? f.body : f.small;
            const float lh =
                std::min(chipFont[k]->CalcTextSizeA(chipFont[k]->FontSize, FLT_MAX, textW, label.c_str()).y,
                         chipFont[k]->FontSize * 2.4f);
            chipH[k] = std::max(ui.dp(52), ui.dp(8) + lh + ui.dp(2) + byH + ui.dp(6));
            chipsH += chipH[k] + ui.dp(8);
        }
        const float headH = ui.dp(52);
        const float h = headH + pad + (here.empty() ? ui.dp(8) : chipsH);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::PushID(zone.id);
        const bool zoneTapped = ImGui::InvisibleButton("##zone", ImVec2(col, h));
        ImGui::SetItemAllowOverlap();  // the chips on the zone take their own taps
        ImGui::PopID();
        ui.target(zoneTitle(ui, z), zone.id, true);
        zoneMin[z] = p, zoneMax[z] = ImVec2(p.x + col, p.y + h);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const bool hover = ui.dragClaimed() && ImGui::IsMouseDown(0) && pointInRect(mouse, p, zoneMax[z]);
        fillRoundRect(dl, p, zoneMax[z],
                      hover || !selected.empty() ? mix(colours[z], IM_COL32_WHITE, 0.88f) : t.surface, ui.dp(14));
        zoneBorder(dl, p, zoneMax[z], colours[z], z, ui.dp(2.5f), ui.dp(14));
        const ImVec2 pc(p.x + pad + ui.dp(20), p.y + headH / 2 + ui.dp(2));
        fillCircle(dl, pc, ui.dp(20), mix(colours[z], IM_COL32_WHITE, 0.8f));
        drawPictogram(ui, dl, zone.pictogram, pc, ui.dp(30));
        const std::string title =
            ui.tf("tegenwicht.balance.zone_count", {{"zone", zoneTitle(ui, z)}, {"n", std::to_string(here.size())}});
        dl->AddText(f.bold, f.bold->FontSize,
                    ImVec2(p.x + pad + ui.dp(50), p.y + (headH - f.bold->FontSize) / 2 + ui.dp(2)), colours[z],
                    title.c_str());
        if (!selected.empty()) {
            const char* hint = ui.t("tegenwicht.balance.tap_here").c_str();
            const ImVec2 hs = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, hint);
            if (hs.x < col - ui.dp(260))
                dl->AddText(f.small, f.small->FontSize,
                            ImVec2(zoneMax[z].x - pad - hs.x, p.y + (headH - hs.y) / 2 + ui.dp(2)), t.textMuted, hint);
        }
        if (zoneTapped && !selected.empty()) {
            res = Choice::play(tw::place(r.number, selected, zone.weight));
            selected.clear();
        }
        // The cards already on this zone, as chips you can tap to move.
        ImGui::SetCursorScreenPos(ImVec2(p.x + pad, p.y + headH + ui.dp(4)));
        float chipY = p.y + headH + ui.dp(4);
        for (std::size_t k = 0; k < here.size(); ++k) {
            const Card* c = deck.card(here[k]->card);
            if (!c) continue;
            const std::string cid = "placed." + c->id;
            ImGui::SetCursorScreenPos(ImVec2(p.x + pad, chipY));
            chipY += chipH[k] + ui.dp(8);
            const bool chipTapped = touchArea(ui, c->label, cid, ImVec2(chipW, chipH[k])).tapped;
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            const bool sel = selected == c->id;
            const CardGroup* g = deck.group(c->group);
            const ImU32 gc = g ? parseColour(g->colour, t.textMuted) : t.textMuted;
            const float e = easeOut(ui.appear("chip:" + std::to_string(r.number) + ":" + c->id, 220));
            const int vtx0 = dl->VtxBuffer.Size;
            fillRoundRect(dl, a, b, sel ? t.primarySoft : t.surface, ui.dp(10));
            fillRoundRect(dl, a, ImVec2(a.x + ui.dp(8), b.y), gc, ui.dp(10), ImDrawFlags_RoundCornersLeft);
            dl->AddRect(a, b, sel ? t.primary : t.divider, ui.dp(10), 0, sel ? ui.dp(2.5f) : ui.dp(1));
            drawPictogram(ui, dl, c->pictogram, ImVec2(a.x + ui.dp(32), (a.y + b.y) / 2), ui.dp(32));
            ImFont* lf = chipFont[k];
            dl->PushClipRect(a, ImVec2(b.x - ui.dp(6), b.y - byH - ui.dp(4)), true);
            dl->AddText(lf, lf->FontSize, ImVec2(a.x + textX, a.y + ui.dp(8)), t.text, c->label.c_str(), nullptr,
                        textW);
            dl->PopClipRect();
            // The picker stays with the card on the zone: avatar and name under its label.
            const std::string by = seatName(s.setup, here[k]->seat);
            const float byY = b.y - ui.dp(6) - byH;
            drawPictogram(ui, dl, seatAvatar(s.setup, here[k]->seat), ImVec2(a.x + textX + byH / 2, byY + byH / 2),
                          byH);
            dl->PushClipRect(ImVec2(a.x + textX + byH, byY), ImVec2(b.x - ui.dp(6), b.y), true);
            dl->AddText(f.small, f.small->FontSize,
                        ImVec2(a.x + textX + byH + ui.dp(6), byY + (byH - f.small->FontSize) / 2), t.textMuted,
                        by.c_str());
            dl->PopClipRect();
            for (int v = vtx0; v < dl->VtxBuffer.Size; ++v) dl->VtxBuffer[v].col = withAlpha(dl->VtxBuffer[v].col, e);
            if (chipTapped) {
                if (!selected.empty() && !sel) {
                    // Another card is waiting for a place: the whole zone takes it, chips included.
                    res = Choice::play(tw::place(r.number, selected, zone.weight));
                    selected.clear();
                } else {
                    selected = sel ? std::string() : c->id;
                }
            }
        }
        ImGui::SetCursorScreenPos(ImVec2(p.x, zoneMax[z].y));
        ImGui::Dummy(ImVec2(col, ui.dp(4)));
    }
    if (sideBySide) {
        ImGui::EndGroup();
        ui.setColumnWidth(fullCol);
    }
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.enabled = open.empty();
    st.pictogram = "scale";
    if (button(ui,
               open.empty() ? ui.t("tegenwicht.balance.done")
                            : ui.tf("tegenwicht.balance.left", {{"n", std::to_string(open.size())}}),
               "balance.done", st))
        res = Choice::play(tw::closeBalance(r.number));
    endFooter(ui);
    endScreen(ui);
    return res;
}

}  // namespace samenspel::ui
