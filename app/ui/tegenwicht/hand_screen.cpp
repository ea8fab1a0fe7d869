#include "ui/tegenwicht/hand_screen.h"
#include "ui/kit/shapes.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "ui/cards/card_view.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

std::string HandScreen::draw(Ui& ui, const Game& game, int forSeat, bool shared, int* switchTo, bool* backTapped) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    if (seat != forSeat) {
        seat = forSeat;
        index = 0;
        leaving.clear();
        slide.stop();
        gesture = 0;
    }
    const auto& hand = s.hands[seat];
    index = std::clamp(index, 0, std::max(0, static_cast<int>(hand.size()) - 1));
    std::string picked, currentId;

    *backTapped = beginScreen(ui, "Kies je kaart",
                              true, seatName(s.setup, seat) + " · ronde " + std::to_string(r.number));
    const float pinnedTop = beginBody(ui, scroll, 1, seat, pinZone ? pinnedH : 0);
    if (shared) {
        const auto left = seatsStillToPick(s);
        paragraph(ui, "Wie kiest nu?", ui.theme.textMuted);
        const float tile = ui.dp(64);
        bool first = true;
        for (int other = 0; other < static_cast<int>(s.seatCount()); ++other) {
            if (other == r.inbrenger) continue;
            const bool done = std::find(left.begin(), left.end(), other) == left.end();
            if (!first) ImGui::SameLine();
            if (ImGui::GetCursorPosX() + tile > ImGui::GetWindowWidth()) ImGui::NewLine();
            first = false;
            if (pictogramTile(ui, seatAvatar(s.setup, other), "", "hand.seat." + std::to_string(other),
                              ImVec2(tile, tile), other == seat, done ? ui.theme.textMuted : 0) &&
                other != seat)
                *switchTo = other;
        }
    }
    const std::string inbrenger = seatName(s.setup, r.inbrenger);
    instruction(ui, "hand.hint", "pointing-up", "Wat woog mee? Kies een kaart.",
                "Welke factor woog volgens jou mee bij de beslissing van " + inbrenger + "?");
    if (auto it = r.hiddenPicks.find(static_cast<std::int16_t>(seat)); it != r.hiddenPicks.end())
        if (const Card* c = deck.card(it->second))
            paragraph(ui, "Je koos al: " + c->label + ". Kies opnieuw om te wisselen.", ui.theme.textMuted);

    // The pick zone. When the body scrolls (large text, small phone) it is
    // pinned above the body, so a card can always be dragged onto it.
    const float col = ui.columnWidth();
    const auto& f = ui.fonts();
    const char* zoneText = "Sleep een kaart hierheen om te kiezen";
    const float zoneH = std::max(ui.dp(68), f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, col - ui.dp(74), zoneText).y + ui.dp(20));
    auto drawZone = [&](ImDrawList* dl) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(col, zoneH));
        ui.marker("Kiesvak", "hand.zone");
        zoneMin = p, zoneMax = ImVec2(p.x + col, p.y + zoneH);
        const bool hot = gesture == 2 || gesture == 4;
        fillRoundRect(dl, zoneMin, zoneMax, hot ? ui.theme.primarySoft : ui.theme.surfaceAlt, ui.dp(14));
        // Dashed outline: the zone reads as "a place to put something".
        const float dash = ui.dp(10);
        const ImU32 lc = hot ? ui.theme.primary : ui.theme.outline;
        for (float x = zoneMin.x + ui.dp(14); x < zoneMax.x - ui.dp(14); x += 2 * dash) {
            dl->AddLine(ImVec2(x, zoneMin.y + 1), ImVec2(std::min(x + dash, zoneMax.x - ui.dp(14)), zoneMin.y + 1), lc, ui.dp(2));
            dl->AddLine(ImVec2(x, zoneMax.y - 1), ImVec2(std::min(x + dash, zoneMax.x - ui.dp(14)), zoneMax.y - 1), lc, ui.dp(2));
        }
        drawPictogram(ui, dl, "arrow-up", ImVec2(zoneMin.x + ui.dp(34), (zoneMin.y + zoneMax.y) / 2), ui.dp(34));
        const float textH = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, col - ui.dp(74), zoneText).y;
        dl->AddText(f.body, f.body->FontSize, ImVec2(zoneMin.x + ui.dp(62), (zoneMin.y + zoneMax.y - textH) / 2),
                    ui.theme.text, zoneText, nullptr, col - ui.dp(74));
    };
    pinnedH = zoneH + ui.dp(16);
    if (!pinZone) drawZone(ImGui::GetWindowDrawList());

    if (!hand.empty()) {
        const float cw = std::min(col, ui.dp(360));
        float ch = 0;
        std::vector<CardFace> faces;
        for (const auto& id : hand)
            if (const Card* c = deck.card(id)) faces.push_back(cardFace(deck, *c)), ch = std::max(ch, cardHeight(ui, faces.back(), cw, CardSize::Full));
        index = std::min(index, static_cast<int>(faces.size()) - 1);
        const CardFace& face = faces[index];
        currentId = face.id;

        if (leaving.empty() && (gesture == 0 || gesture == 3))  // the card's speaker and "meer", over the card
            cardControls(ui, "hand.card", face, ImVec2(ImGui::GetCursorScreenPos().x + (col - cw) / 2,
                                                       ImGui::GetCursorScreenPos().y), cw, CardSize::Full);
        ImGui::PushID("hand");
        const bool tapped = ImGui::InvisibleButton("##card", ImVec2(col, ch));
        const bool active = ImGui::IsItemActive();
        const bool released = ImGui::IsItemDeactivated();
        ImGui::PopID();
        (void)tapped;
        ui.target(face.label, "hand.card");
        const ImVec2 area = ImGui::GetItemRectMin();
        const ImVec2 cardPos(area.x + (col - cw) / 2, area.y);

        ImVec2 offset(0, 0);
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        auto onZone = [&] { return mouse.x >= zoneMin.x && mouse.x < zoneMax.x && mouse.y >= zoneMin.y && mouse.y < zoneMax.y; };
        // The card was let go on the pick zone: it flies off and is picked when the animation ends.
        auto sendToZone = [&] {
            leaving = face.id;
            leaveFrom = offset;
            leave.start(ui, 0, 1, 280);
        };
        if (ImGui::IsItemActivated()) grab = ImVec2(mouse.x - cardPos.x, mouse.y - cardPos.y), pressOnCard = true;
        if (!ImGui::IsMouseDown(0) && !ImGui::IsMouseReleased(0)) pressOnCard = false;
        // A page that scrolls: an up-or-down drag on the card scrolls it, so
        // the whole card can be read. Only once the finger reaches the pinned
        // zone does the card lift and follow (gesture 4).
        if (leaving.empty() && gesture == 0 && pinZone && pressOnCard && scroll.dragging) gesture = 3;
        if (leaving.empty() && gesture < 3 && (active || released)) {
            const ImVec2 d = ImGui::GetMouseDragDelta(0, 0);
            if (gesture == 0 && (std::fabs(d.x) > ImGui::GetIO().MouseDragThreshold || std::fabs(d.y) > ImGui::GetIO().MouseDragThreshold))
                gesture = std::fabs(d.x) > std::fabs(d.y) ? 1 : pinZone ? 3 : 2;
            if (gesture) ui.claimDrag();
            if (gesture == 1) offset.x = d.x;
            if (gesture == 2) offset = ImVec2(d.x * 0.3f, std::min(0.0f, d.y));
            if (released) {
                if (gesture == 1 && std::fabs(d.x) > std::min(ui.dp(72), cw * 0.25f)) {
                    const int next = std::clamp(index + (d.x < 0 ? 1 : -1), 0, static_cast<int>(faces.size()) - 1);
                    if (next != index) {
                        slide.start(ui, d.x < 0 ? cw * 0.6f : -cw * 0.6f, 0, 220);
                        index = next;
                    }
                    offset = ImVec2(0, 0);
                } else if (gesture == 2 && (cardPos.y + d.y < zoneMax.y || d.y < -ui.dp(140))) {
                    sendToZone();
                } else {
                    offset = ImVec2(0, 0);
                }
                gesture = 0;
            }
        }
        if (gesture == 3) {
            if (!ImGui::IsMouseDown(0)) gesture = 0, pressOnCard = false;
            else if (onZone()) gesture = 4;
        }
        if (gesture == 4) {
            ui.claimDrag();
            scroll.stop();
            offset = ImVec2((mouse.x - grab.x - cardPos.x) * 0.3f, mouse.y - grab.y - cardPos.y);
            if (!ImGui::IsMouseDown(0)) {
                if (onZone()) sendToZone();
                else offset = ImVec2(0, 0);
                gesture = 0;
                pressOnCard = false;
            }
        }
        if (!slide.finished(ui) && slide.startMs >= 0) offset.x += slide.value(ui);

        CardPose pose;
        pose.offset = offset;
        pose.controls = leaving.empty() && (gesture == 0 || gesture == 3);
        const CardFace& shown = leaving.empty() ? face : faces[index];
        if (!leaving.empty()) {
            const float t = easeInOut(leave.progress(ui));
            const ImVec2 target((zoneMin.x + zoneMax.x) / 2 - (cardPos.x + cw / 2), (zoneMin.y + zoneMax.y) / 2 - (cardPos.y + ch / 2));
            pose.offset = ImVec2(leaveFrom.x + (target.x - leaveFrom.x) * t, leaveFrom.y + (target.y - leaveFrom.y) * t);
            pose.scale = 1 - 0.7f * t;
            pose.alpha = 1 - t;
            if (leave.finished(ui)) {
                picked = leaving;
                leaving.clear();
            }
        } else {
            const float e = easeOut(ui.appear("hand:" + std::to_string(seat) + ":" + face.id, 240));
            pose.alpha = e;
            pose.offset.y += (1 - e) * ui.dp(24);
            pose.lift = gesture == 1 || gesture == 2 || gesture == 4 ? 1.0f : 0.0f;
        }
        ImDrawList* dl = gesture == 2 || gesture == 4 || !leaving.empty() ? ImGui::GetForegroundDrawList() : ImGui::GetWindowDrawList();
        drawCard(ui, dl, shown, cardPos, ImVec2(cw, ch), CardSize::Full, pose);

        // Arrows, position and dots.
        gap(ui, 2);
        const float arrow = 52;
        if (iconButton(ui, "back-arrow", "Vorige kaart", "hand.prev", arrow, false, index > 0) && leaving.empty()) {
            slide.start(ui, -cw * 0.6f, 0, 220);
            --index;
        }
        ImGui::SameLine();
        const std::string pos = std::to_string(index + 1) + " van " + std::to_string(faces.size());
        const float mid = col - 2 * ui.dp(arrow) - 2 * ImGui::GetStyle().ItemSpacing.x;
        const ImVec2 mp = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(mid, ui.dp(arrow)));
        ImDrawList* wl = ImGui::GetWindowDrawList();
        const ImVec2 ps = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, 0, pos.c_str());
        wl->AddText(f.bold, f.bold->FontSize, ImVec2(mp.x + (mid - ps.x) / 2, mp.y + ui.dp(6)), ui.theme.text, pos.c_str());
        const float dotR = ui.dp(4.5f), dotGap = ui.dp(16);
        const float dotsW = dotGap * (faces.size() - 1);
        for (std::size_t i = 0; i < faces.size(); ++i) {
            const ImVec2 dc(mp.x + mid / 2 - dotsW / 2 + dotGap * i, mp.y + ui.dp(arrow) - ui.dp(12));
            if (static_cast<int>(i) == index)
                fillCircle(wl, dc, dotR, ui.theme.primary);
            else
                wl->AddCircle(dc, dotR, ui.theme.outline, 16, ui.dp(1.5f));
        }
        ImGui::SameLine();
        if (iconButton(ui, "back-arrow", "Volgende kaart", "hand.next", arrow, true,
                       index + 1 < static_cast<int>(faces.size())) &&
            leaving.empty()) {
            slide.start(ui, cw * 0.6f, 0, 220);
            ++index;
        }
    }
    pinZone = ImGui::GetScrollMaxY() > 0;
    endBody(ui, scroll);
    if (pinZone) {
        // Drawn after the body so a card dragged from the body is seen over it.
        ImGui::SetCursorScreenPos(ImVec2((ImGui::GetIO().DisplaySize.x - col) / 2, pinnedTop + ui.dp(8)));
        drawZone(ImGui::GetWindowDrawList());
    }
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "check-mark";
    st.enabled = leaving.empty() && !currentId.empty();
    if (button(ui, "Kies deze kaart", "hand.pick", st)) {
        leaving = currentId;
        leaveFrom = ImVec2(0, 0);
        leave.start(ui, 0, 1, 280);
    }
    endFooter(ui);
    endScreen(ui);
    return picked;
}

}  // namespace samenspel::ui
