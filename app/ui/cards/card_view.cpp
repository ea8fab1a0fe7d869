#include "ui/cards/card_view.h"

#include <imgui_internal.h>
#include "ui/kit/shapes.h"

#include <algorithm>
#include <cmath>

#include "ui/cards/card_layout.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {
constexpr float kBandDp = 44, kCompactBandDp = 30, kRadiusDp = 16;
constexpr float kSymbolShare = 0.82f;  // the group symbol's share of its disc

// The white disc that holds the group's symbol on the band.
float symbolDisc(Ui& ui, float band, CardSize kind) {
    return std::min(band, ui.dp(kind == CardSize::Full ? kBandDp : kCompactBandDp + 4)) -
           ui.dp(kind == CardSize::Full ? 10 : 6);
}

// The pictogram as drawPictogram would ask for it, made between frames.
void warmPictogram(Ui& ui, const std::string& name, float size) {
    if (!name.empty() && size >= 2) ui.sys.pictogramSoon(name, static_cast<int>(std::lround(size)));
}

// A button over the card (no layout of its own); see speakerOverlay.
bool overlayButton(Ui& ui, const std::string& id, const std::string& label, ImVec2 a, ImVec2 b) {
    const ImGuiID gid = ImGui::GetCurrentWindow()->GetID(id.c_str());
    const ImRect bb(a, b);
    const bool shown = ImGui::ItemAdd(bb, gid);
    ui.target(label, id);  // also when scrolled out of view, so the test driver can scroll to it
    if (!shown) return false;
    bool hovered = false, held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, gid, &hovered, &held);
    if (pressed) ui.keepAnimating();
    return pressed;
}

// Wrapped text with each line centred on its own.
void drawCentredText(ImDrawList* dl, ImFont* font, float size, const std::string& text, ImVec2 pos, float width,
                     ImU32 colour) {
    const char* s = text.c_str();
    const char* end = s + text.size();
    float y = pos.y;
    while (s < end) {
        const char* lineEnd = font->CalcWordWrapPositionA(size / font->FontSize, s, end, width);
        if (lineEnd == s) ++lineEnd;
        const ImVec2 ls = font->CalcTextSizeA(size, FLT_MAX, 0, s, lineEnd);
        dl->AddText(font, size, ImVec2(pos.x + (width - ls.x) / 2, y), colour, s, lineEnd);
        y += size;
        s = lineEnd;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
}
}  // namespace

CardFace cardFace(const Deck& deck, const Card& card) {
    CardFace f;
    f.id = card.id;
    f.label = card.label;
    f.text = card.text;
    f.pictogram = card.pictogram;
    if (const CardGroup* g = deck.group(card.group)) {
        f.groupLabel = g->label;
        f.groupSymbol = g->symbol;
        f.colour = parseColour(g->colour, IM_COL32(0x37, 0x47, 0x4F, 255));
    } else {
        f.colour = IM_COL32(0x37, 0x47, 0x4F, 255);
    }
    f.rank = card.rank;
    if (card.sourceLabel != card.label) f.source = card.sourceLabel;
    return f;
}

int cardColumns(Ui& ui, float minDp, int maxColumns) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    int n = static_cast<int>((ui.columnWidth() + spacing) / (ui.dp(minDp) + spacing));
    return std::clamp(n, 1, maxColumns);
}

int cardColumnsFitting(Ui& ui, const std::vector<CardFace>& faces, float minDp, int maxColumns, CardSize kind) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    int n = cardColumns(ui, minDp, maxColumns);
    auto readable = [&](int cols) {
        const float w = (ui.columnWidth() - spacing * (cols - 1)) / cols;
        for (const auto& face : faces) {
            const CardLayout L = layoutCard(ui, face, w, kind);
            if (L.labelFont && L.labelSize < L.labelFont->FontSize * 0.85f) return false;
        }
        return true;
    };
    while (n > 1 && !readable(n)) --n;
    return n;
}

float cardHeight(Ui& ui, const CardFace& face, float width, CardSize size) {
    return layoutCard(ui, face, width, size).height;
}

void warmCard(Ui& ui, const CardFace& face, const CardLayout& L, CardSize size) {
    warmPictogram(ui, face.pictogram, L.picto);
    warmPictogram(ui, face.groupSymbol, symbolDisc(ui, L.band, size) * kSymbolShare);
}

void drawCard(Ui& ui, ImDrawList* dl, const CardFace& face, ImVec2 pos, ImVec2 size, CardSize kind,
              const CardPose& pose) {
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    const int vtx0 = dl->VtxBuffer.Size;
    const ImVec2 a(pos.x + pose.offset.x, pos.y + pose.offset.y), b(a.x + size.x, a.y + size.y);
    const float r = ui.dp(kRadiusDp);
    const bool back = pose.flip >= 0.5f;

    // Shadow: two soft layers, deeper while lifted. Under an opaque card
    // only their edges show: the part under the card's middle slab is left
    // out (a card is a third of a phone's screen, and blending two layers
    // nobody sees cost a software-GL browser as much as the card itself).
    const float lift = ui.dp(2 + 8 * pose.lift);
    const ImU32 fill = back ? t.cardBack : t.surface;
    const bool opaque = pose.alpha >= 0.999f && (fill & IM_COL32_A_MASK) == IM_COL32_A_MASK;
    // The hole is the card; fillRoundRectAround keeps it to the shadow's
    // middle slab, whose corners are at least the card's, so what is left
    // out is always under the card.
    const ImVec2 hideA = opaque ? a : ImVec2(0, 0), hideB = opaque ? b : hideA;
    fillRoundRectAround(dl, ImVec2(a.x, a.y + lift), ImVec2(b.x, b.y + lift), withAlpha(t.shadow, 0.8f), r, hideA,
                        hideB);
    fillRoundRectAround(dl, ImVec2(a.x - ui.dp(1), a.y + lift * 0.4f), ImVec2(b.x + ui.dp(1), b.y + lift * 1.4f),
                        withAlpha(t.shadow, 0.45f), r + ui.dp(2), hideA, hideB);

    if (back) {
        fillRoundRect(dl, a, b, fill, r);
        const float inset = ui.dp(8);
        dl->AddRect(ImVec2(a.x + inset, a.y + inset), ImVec2(b.x - inset, b.y - inset), withAlpha(IM_COL32_WHITE, 0.5f),
                    r - inset / 2, 0, ui.dp(2));
        const float d = std::min(size.x, size.y) * 0.42f;
        const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2 - (pose.backLabel.empty() ? 0 : f.body->FontSize * 0.6f));
        fillCircle(dl, c, d / 2, IM_COL32_WHITE);
        drawPictogram(ui, dl, pose.backPictogram, c, d * 0.8f);
        if (!pose.backLabel.empty()) {
            const ImVec2 ls = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, 0, pose.backLabel.c_str());
            dl->AddText(f.bold, f.bold->FontSize, ImVec2(c.x - ls.x / 2, c.y + d / 2 + ui.dp(6)), IM_COL32_WHITE,
                        pose.backLabel.c_str());
        }
    } else {
        const CardLayout L = layoutCard(ui, face, size.x, kind);
        const float band = L.band;
        auto at = [&](ImVec2 v) { return ImVec2(a.x + v.x, a.y + v.y); };
        fillRoundRect(dl, a, b, fill, r);
        fillRoundRect(dl, a, ImVec2(b.x, a.y + band), face.colour, r, ImDrawFlags_RoundCornersTop);
        // The group's symbol in a white disc, so it reads on any band colour.
        const float disc = symbolDisc(ui, band, kind);
        const ImVec2 dc(a.x + ui.dp(8) + disc / 2, a.y + band / 2);
        fillCircle(dl, dc, disc / 2, IM_COL32_WHITE);
        drawPictogram(ui, dl, face.groupSymbol, dc, disc * kSymbolShare);
        const ImU32 bandText = textOn(face.colour);
        const float gx = dc.x + disc / 2 + ui.dp(8);
        ImFont* bandFont = f.small;
        const float fontSz = bandFont->FontSize;
        // The speaker may sit in the band (normal cards): the band's words stop before it.
        const float bandRight = L.speaker && L.speakerMin.y < band ? a.x + L.speakerMin.x - ui.dp(4) : b.x - ui.dp(8);
        float cornerW = 0;
        if (face.rank > 0 && kind == CardSize::Full) {
            const std::string corner = ui.tf("cards.rank", {{"n", std::to_string(face.rank)}});
            const ImVec2 cs = f.smallBold->CalcTextSizeA(fontSz, FLT_MAX, 0, corner.c_str());
            cornerW = cs.x + ui.dp(8);
            dl->AddText(f.smallBold, fontSz, ImVec2(bandRight - cs.x, a.y + (band - cs.y) / 2), bandText,
                        corner.c_str());
        }
        // The group's name in the band: on one line, else on two. A name
        // cut off ("Hoe gaat on...") only looks broken, and a smaller size
        // reads badly, so a name that fits neither way is left out and the
        // band keeps its symbol (the group's colour and symbol say it, and a
        // theme card says the same words in full below).
        const float bandW = bandRight - cornerW - gx;
        if (wordsFit(bandFont, face.groupLabel, bandW)) {
            const ImVec2 ts = bandFont->CalcTextSizeA(fontSz, FLT_MAX, bandW, face.groupLabel.c_str());
            const float h = ts.y + fontSz * 0.15f;  // (the glyphs sit low in their line)
            if (ts.y <= fontSz * 2.5f && h <= band - ui.dp(2))
                dl->AddText(bandFont, fontSz, ImVec2(gx, a.y + (band - h) / 2), bandText, face.groupLabel.c_str(),
                            nullptr, bandW);
        }

        drawPictogram(ui, dl, face.pictogram, at(L.pictoCentre), L.picto);
        ImFont* lf = L.labelFont ? L.labelFont : f.bold;
        const float ls = L.labelSize > 0 ? L.labelSize : lf->FontSize;
        dl->PushClipRect(ImVec2(a.x, a.y + band), ImVec2(b.x - ui.dp(4), b.y - ui.dp(4)), true);
        if (L.labelCentred) {
            drawCentredText(dl, lf, ls, face.label, at(L.labelPos), L.labelWidth, t.text);
        } else {
            dl->AddText(lf, ls, at(L.labelPos), t.text, face.label.c_str(), nullptr, L.labelWidth);
        }
        if (L.showText)
            dl->AddText(f.body, L.textSize > 0 ? L.textSize : f.body->FontSize, at(L.textPos),
                        ui.beeldmodus ? t.text : t.textMuted, face.text.c_str(), nullptr, L.textWidth);
        if (L.showSource)
            dl->AddText(f.small, f.small->FontSize, at(L.sourcePos), t.textMuted, sourceLine(ui, face).c_str(), nullptr,
                        L.textWidth);
        dl->PopClipRect();
        if (pose.controls && L.speaker) drawSpeaker(ui, dl, at(L.speakerMin), at(L.speakerMax), cardSpeechText(face));
        if (pose.controls && L.more) {
            // "Meer": the long text opens on the card itself.
            const ImVec2 ma = at(L.moreMin), mb = at(L.moreMax);
            fillRoundRect(dl, ma, mb, t.surface, ui.dp(14));
            dl->AddRect(ma, mb, t.primary, ui.dp(14), 0, ui.dp(2));
            const char* word = (L.open ? ui.t("cards.less") : ui.t("cards.more")).c_str();
            const float ps = ui.dp(30);
            const ImVec2 ws = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, 0, word);
            const float x = (ma.x + mb.x - ps - ui.dp(8) - ws.x) / 2;
            drawPictogram(ui, dl, "open-book", ImVec2(x + ps / 2, (ma.y + mb.y) / 2), ps);
            dl->AddText(f.bold, f.bold->FontSize, ImVec2(x + ps + ui.dp(8), (ma.y + mb.y - ws.y) / 2), t.primary, word);
        }
        // In Beeldmodus the edge shows the card (3:1), not only its shadow.
        dl->AddRect(a, b, t.divider, r, 0, ui.dp(ui.beeldmodus ? 1.5f : 1));
    }
    if (pose.selected)
        dl->AddRect(ImVec2(a.x - ui.dp(3), a.y - ui.dp(3)), ImVec2(b.x + ui.dp(3), b.y + ui.dp(3)), t.primary,
                    r + ui.dp(3), 0, ui.dp(3.5f));

    // Turn, scale and fade by moving the vertices just drawn: the card stays
    // one piece (text included) at any angle.
    const float sx = std::fabs(std::cos(pose.flip * 3.14159265f)) * pose.scale, sy = pose.scale;
    const float cx = (a.x + b.x) / 2, cy = (a.y + b.y) / 2;
    const bool fade = pose.alpha < 0.999f;
    if (std::fabs(sx - 1) > 1e-3f || std::fabs(sy - 1) > 1e-3f || fade) {
        for (int i = vtx0; i < dl->VtxBuffer.Size; ++i) {
            ImDrawVert& v = dl->VtxBuffer[i];
            v.pos.x = cx + (v.pos.x - cx) * sx;
            v.pos.y = cy + (v.pos.y - cy) * sy;
            if (fade) v.col = withAlpha(v.col, pose.alpha);
        }
    }
}

void cardControls(Ui& ui, const std::string& id, const CardFace& face, ImVec2 pos, float width, CardSize kind) {
    auto at = [&](ImVec2 v) { return ImVec2(pos.x + v.x, pos.y + v.y); };
    const CardLayout L = layoutCard(ui, face, width, kind);
    if (L.speaker) speakerOverlay(ui, cardSpeechText(face), id + ".speak", at(L.speakerMin), at(L.speakerMax));
    if (L.more &&
        overlayButton(ui, id + ".more", L.open ? ui.t("cards.less") : ui.t("cards.more"), at(L.moreMin), at(L.moreMax)))
        ui.toggleOpen(moreKey(face));
}

CardInput cardWidget(Ui& ui, const std::string& id, const CardFace& face, float width, CardSize kind, CardPose pose,
                     bool draggable, float height, double enterDelayMs) {
    CardInput in;
    const float h = height > 0 ? height : cardHeight(ui, face, width, kind);
    // The speaker and "meer" lie on the card: they take their taps first.
    if (pose.flip < 0.5f) {
        cardControls(ui, id, face, ImGui::GetCursorScreenPos(), width, kind);
        pose.controls = true;
    }
    ImGui::PushID(id.c_str());
    const bool pressed = ImGui::InvisibleButton("##card", ImVec2(width, h));
    const bool active = ImGui::IsItemActive();
    const ImGuiID dragKey = ImGui::GetID("##dragging");
    ImGui::PopID();
    ui.target(face.label, id);
    ImGuiStorage* store = ImGui::GetStateStorage();
    bool wasDragging = store->GetBool(dragKey, false);
    const ImVec2 pos = ImGui::GetItemRectMin();

    // On a list that scrolls, a mostly upward drag scrolls it (the drop zones
    // lie below the cards), so the zones stay in reach at large text.
    const bool leftToScroll = ImGui::GetScrollMaxY() > 0 && [] {
        const ImVec2 d = ImGui::GetMouseDragDelta(0, ImGui::GetIO().MouseDragThreshold);
        return d.y < 0 && std::fabs(d.y) >= std::fabs(d.x);
    }();
    if (draggable && active && !(leftToScroll && !wasDragging)) {
        const ImVec2 d = ImGui::GetMouseDragDelta(0, ImGui::GetIO().MouseDragThreshold);
        if (wasDragging || d.x != 0 || d.y != 0) {
            wasDragging = true;
            in.dragging = true;
            in.dragOffset = ImGui::GetMouseDragDelta(0, 0);
            ui.claimDrag();
        }
    }
    if (wasDragging && !active) {
        in.dropped = true;
        in.dropAt = ImGui::GetIO().MousePos;
        wasDragging = false;
    } else if (pressed && !in.dragging) {
        in.tapped = true;
    }
    store->SetBool(dragKey, wasDragging && active);

    const float e = easeOut(ui.appear("card:" + id, 260, enterDelayMs));
    pose.offset.y += (1 - e) * ui.dp(28);
    pose.alpha *= e;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (in.dragging) {
        pose.offset = ImVec2(pose.offset.x + in.dragOffset.x, pose.offset.y + in.dragOffset.y);
        pose.lift = 1;
        pose.scale *= 1.04f;
        // Leave a faint outline where it came from; draw the card above everything.
        ImGui::GetWindowDrawList()->AddRect(pos, ImVec2(pos.x + width, pos.y + h), ui.theme.divider, ui.dp(kRadiusDp),
                                            0, ui.dp(2));
        dl = ImGui::GetForegroundDrawList();
    } else if (active) {
        pose.lift = std::max(pose.lift, 0.5f);
    }
    drawCard(ui, dl, face, pos, ImVec2(width, h), kind, pose);
    return in;
}

}  // namespace samenspel::ui
