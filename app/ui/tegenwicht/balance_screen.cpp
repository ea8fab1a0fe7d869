#include "ui/tegenwicht/balance_screen.h"
#include "ui/kit/shapes.h"

#include <algorithm>

#include "ui/cards/card_view.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {
struct Zone {
    Weight weight;
    const char* title;
    const char* id;
    const char* pictogram;
};
const Zone kZones[3] = {{Weight::Heavy, "Woog zwaar", "zone.heavy", "weight"},
                        {Weight::Light, "Woog licht", "zone.light", "feather"},
                        {Weight::Unnoticed, "Niet opgemerkt", "zone.unnoticed", "see-no-evil"}};

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
            if (style == 2)
                fillCircle(dl, ImVec2(p.x + dir.x * t, p.y + dir.y * t), w * 0.8f, c);
            else
                dl->AddLine(ImVec2(p.x + dir.x * t, p.y + dir.y * t), ImVec2(p.x + dir.x * e, p.y + dir.y * e), c, w);
        }
    };
    line(ImVec2(a.x + r, a.y), ImVec2(b.x - r, a.y));
    line(ImVec2(a.x + r, b.y), ImVec2(b.x - r, b.y));
    line(ImVec2(a.x, a.y + r), ImVec2(a.x, b.y - r));
    line(ImVec2(b.x, a.y + r), ImVec2(b.x, b.y - r));
}
}  // namespace

BalanceScreen::Result BalanceScreen::draw(Ui& ui, const Game& game) {
    Result res;
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    const Theme& t = ui.theme;
    const auto& f = ui.fonts();
    res.back = beginScreen(ui, "Weeg de kaarten", true,
                           "Ronde " + std::to_string(r.number) + " · inbrenger " + seatName(s.setup, r.inbrenger));
    beginBody(ui, scroll, 1, r.number);
    if (!selected.empty() && !std::any_of(r.revealed.begin(), r.revealed.end(), [&](const auto& c) { return c.card == selected; }))
        selected.clear();

    std::vector<const RevealedCard*> open;
    for (const auto& rc : r.revealed)
        if (!rc.weight) open.push_back(&rc);
    if (!open.empty()) {
        instruction(ui, "balance.hint", "scale", "Leg elke kaart op een vak.",
                    "Hoe zwaar woog elke factor? Sleep een kaart naar een vak. Of tik op een kaart en dan op een vak.");
        heading(ui, "Op tafel (" + std::to_string(open.size()) + ")");
        const int cols = cardColumns(ui, 160, 3);
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float w = (ui.columnWidth() - spacing * (cols - 1)) / cols;
        float rowH = 0;
        for (const auto* rc : open)
            if (const Card* c = deck.card(rc->card)) rowH = std::max(rowH, cardHeight(ui, cardFace(deck, *c), w, CardSize::Compact));
        int i = 0;
        for (const auto* rc : open) {
            const Card* c = deck.card(rc->card);
            if (!c) continue;
            if (i % cols) ImGui::SameLine();
            CardPose pose;
            pose.selected = selected == rc->card;
            // Each card turns over once, one after the other.
            pose.flip = 1 - easeInOut(ui.appear("flip:" + std::to_string(r.number) + ":" + rc->card, 420, 120.0 * i));
            pose.backPictogram = seatAvatar(s.setup, rc->seat);
            // Ids by place on the table ("table.0" is the first card still open), so a test script can name them.
            const CardInput in = cardWidget(ui, "table." + std::to_string(i), cardFace(deck, *c), w, CardSize::Compact, pose, true, rowH);
            if (in.tapped) selected = selected == rc->card ? std::string() : rc->card;
            if (in.dropped)
                for (int z = 0; z < 3; ++z)
                    if (in.dropAt.x >= zoneMin[z].x && in.dropAt.x < zoneMax[z].x && in.dropAt.y >= zoneMin[z].y &&
                        in.dropAt.y < zoneMax[z].y)
                        res.place = tw::place(r.number, rc->card, kZones[z].weight), selected.clear();
            ++i;
        }
        gap(ui, 4);
    } else {
        instruction(ui, "balance.placed", "check-mark", "Alle kaarten liggen goed.",
                    "Alle kaarten liggen op de weegschaal. Tik op een kaart om hem te verplaatsen.", t.textMuted);
    }

    const ImU32 colours[3] = {t.heavy, t.light, t.unnoticed};
    for (int z = 0; z < 3; ++z) {
        const Zone& zone = kZones[z];
        std::vector<const RevealedCard*> here;
        for (const auto& rc : r.revealed)
            if (rc.weight == zone.weight) here.push_back(&rc);
        const float col = ui.columnWidth(), pad = ui.dp(12);
        const float chipH = ui.dp(52);
        const float headH = ui.dp(52);
        const float h = headH + pad + (here.empty() ? ui.dp(8) : here.size() * (chipH + ui.dp(8)));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::PushID(zone.id);
        const bool zoneTapped = ImGui::InvisibleButton("##zone", ImVec2(col, h));
        ImGui::SetItemAllowOverlap();  // the chips on the zone take their own taps
        ImGui::PopID();
        ui.target(zone.title, zone.id, true);
        zoneMin[z] = p, zoneMax[z] = ImVec2(p.x + col, p.y + h);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const bool hover = ui.dragClaimed() && ImGui::IsMouseDown(0) && mouse.x >= p.x && mouse.x < p.x + col &&
                           mouse.y >= p.y && mouse.y < p.y + h;
        fillRoundRect(dl, p, zoneMax[z], hover || !selected.empty() ? mix(colours[z], IM_COL32_WHITE, 0.88f) : t.surface, ui.dp(14));
        zoneBorder(dl, p, zoneMax[z], colours[z], z, ui.dp(2.5f), ui.dp(14));
        const ImVec2 pc(p.x + pad + ui.dp(20), p.y + headH / 2 + ui.dp(2));
        fillCircle(dl, pc, ui.dp(20), mix(colours[z], IM_COL32_WHITE, 0.8f));
        drawPictogram(ui, dl, zone.pictogram, pc, ui.dp(30));
        const std::string title = std::string(zone.title) + " (" + std::to_string(here.size()) + ")";
        dl->AddText(f.bold, f.bold->FontSize, ImVec2(p.x + pad + ui.dp(50), p.y + (headH - f.bold->FontSize) / 2 + ui.dp(2)),
                    colours[z], title.c_str());
        if (!selected.empty()) {
            const char* hint = "Tik om hier te leggen";
            const ImVec2 hs = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, hint);
            if (hs.x < col - ui.dp(260))
                dl->AddText(f.small, f.small->FontSize, ImVec2(zoneMax[z].x - pad - hs.x, p.y + (headH - hs.y) / 2 + ui.dp(2)),
                            t.textMuted, hint);
        }
        if (zoneTapped && !selected.empty()) {
            res.place = tw::place(r.number, selected, zone.weight);
            selected.clear();
        }
        // The cards already on this zone, as chips you can tap to move.
        ImGui::SetCursorScreenPos(ImVec2(p.x + pad, p.y + headH + ui.dp(4)));
        for (std::size_t k = 0; k < here.size(); ++k) {
            const Card* c = deck.card(here[k]->card);
            if (!c) continue;
            const std::string cid = "placed." + c->id;
            ImGui::SetCursorScreenPos(ImVec2(p.x + pad, p.y + headH + ui.dp(4) + k * (chipH + ui.dp(8))));
            const bool chipTapped = touchArea(ui, c->label, cid, ImVec2(col - 2 * pad, chipH)).tapped;
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
            dl->PushClipRect(a, b, true);
            dl->AddText(f.body, f.body->FontSize, ImVec2(a.x + ui.dp(56), (a.y + b.y - f.body->FontSize * 1.2f) / 2), t.text,
                        c->label.c_str());
            dl->PopClipRect();
            for (int v = vtx0; v < dl->VtxBuffer.Size; ++v) dl->VtxBuffer[v].col = withAlpha(dl->VtxBuffer[v].col, e);
            if (chipTapped) {
                if (!selected.empty() && !sel) {
                    // Another card is waiting for a place: the whole zone takes it, chips included.
                    res.place = tw::place(r.number, selected, zone.weight);
                    selected.clear();
                } else {
                    selected = sel ? std::string() : c->id;
                }
            }
        }
        ImGui::SetCursorScreenPos(ImVec2(p.x, zoneMax[z].y));
        ImGui::Dummy(ImVec2(col, ui.dp(4)));
    }
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.enabled = open.empty();
    st.pictogram = "scale";
    if (button(ui, open.empty() ? "Klaar met wegen" : "Nog " + std::to_string(open.size()) + " te wegen", "balance.done", st))
        res.done = true;
    endFooter(ui);
    endScreen(ui);
    return res;
}

}  // namespace samenspel::ui
