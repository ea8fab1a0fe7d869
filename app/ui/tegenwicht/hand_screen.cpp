#include "ui/tegenwicht/hand_screen.h"
#include "ui/kit/shapes.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "ui/cards/card_layout.h"
#include "ui/cards/card_view.h"
#include "ui/kit/layout.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/tegenwicht/tegenwicht_header.h"
#include "ui/tegenwicht/timer_ring.h"

namespace samenspel::ui {

namespace {
// Shared table: who picks now, who picked, who still has to, as avatar +
// name + status in words and pictogram (never colour alone). Tapping a seat
// that still has to pick opens its hand.
Choice pickerList(Ui& ui, const TegenwichtState& s, int seat) {
    Choice choice;
    const auto& r = s.current();
    const auto left = seatsStillToPick(s);
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    if (!ui.beeldmodus) paragraph(ui, ui.t("tegenwicht.hand.who"), t.textMuted);
    const float col = ui.columnWidth();
    // Up to three seats per row (two on a phone), so the hand stays near the
    // top; fewer while a name would have to shrink far to keep its words whole.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avatarW = ui.dp(44) + 3 * ui.dp(10);
    auto rowWidth = [&](int n) { return (col - spacing * (n - 1)) / n; };
    float statusW = 0;  // the longest status line: pictogram and words
    for (const std::string* st : {&ui.t("tegenwicht.hand.status.now"), &ui.t("tegenwicht.hand.status.done"),
                                  &ui.t("tegenwicht.hand.status.waiting")})
        statusW = std::max(statusW, f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, st->c_str()).x + ui.dp(30));
    auto namesFit = [&](int n) {
        if (statusW > rowWidth(n) - avatarW) return false;
        for (int other = 0; other < static_cast<int>(s.seatCount()); ++other)
            if (other != r.inbrenger && !wordsFit(f.bold, seatName(s.setup, other), (rowWidth(n) - avatarW) / 0.85f))
                return false;
        return true;
    };
    int perRow = col >= ui.dp(700) ? 3 : 2;
    while (perRow > 1 && (rowWidth(perRow) < ui.dp(160) || !namesFit(perRow))) --perRow;
    const float w = rowWidth(perRow);
    int i = 0;
    for (int other = 0; other < static_cast<int>(s.seatCount()); ++other) {
        if (other == r.inbrenger) continue;
        const bool now = other == seat;
        const bool done = std::find(left.begin(), left.end(), other) == left.end();
        const std::string& status = now    ? ui.t("tegenwicht.hand.status.now")
                                    : done ? ui.t("tegenwicht.hand.status.done")
                                           : ui.t("tegenwicht.hand.status.waiting");
        const char* statusPicto = now ? "pointing-up" : done ? "check-mark" : "hourglass";
        const std::string name = seatName(s.setup, other);
        if (i++ % perRow) ImGui::SameLine();
        // Avatar, then the name with the status under it in words and a
        // pictogram. The name wraps between words on up to two lines; a word
        // too long for the row shrinks the name instead of breaking.
        const float avatar = ui.dp(44), pad = ui.dp(10), statusH = ui.dp(24);
        const float nameW = w - avatar - 3 * pad;
        ImFont* nameFont = f.bold;
        float nameSize = nameFont->FontSize;
        for (int k = 0; k < 6 && !wordsFit(nameFont, name, nameW * nameFont->FontSize / nameSize); ++k)
            nameSize *= 0.9f;
        const float lineH = nameSize * 1.15f;
        const float nameH = std::min(nameFont->CalcTextSizeA(nameSize, FLT_MAX, nameW, name.c_str()).y, 2 * lineH);
        const float h = std::max(ui.dp(64), pad + nameH + ui.dp(2) + statusH + pad);
        // A seat that picked may open its hand again, to change or take back its pick.
        const Touch touch =
            touchArea(ui, name + " " + status, "hand.seat." + std::to_string(other), ImVec2(w, h), !now);
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        fillRoundRect(dl, a, b, now ? t.primarySoft : touch.held ? t.surfaceAlt : t.surface, ui.dp(12));
        dl->AddRect(a, b, now ? t.primary : t.divider, ui.dp(12), 0, now ? ui.dp(2.5f) : ui.dp(1));
        const ImVec2 ac(a.x + pad + avatar / 2, (a.y + b.y) / 2);
        drawPictogram(ui, dl, seatAvatar(s.setup, other), ac, avatar, done && !now ? 0.55f : 1);
        const float tx = a.x + 2 * pad + avatar;
        const float ty = (a.y + b.y - (nameH + ui.dp(2) + statusH)) / 2;
        dl->PushClipRect(ImVec2(tx, a.y), ImVec2(tx + nameW, ty + nameH), true);
        dl->AddText(nameFont, nameSize, ImVec2(tx, ty), t.text, name.c_str(), nullptr, nameW);
        dl->PopClipRect();
        const float sy = ty + nameH + ui.dp(2);
        drawPictogram(ui, dl, statusPicto, ImVec2(tx + statusH / 2, sy + statusH / 2), ui.dp(22));
        dl->AddText(f.small, f.small->FontSize, ImVec2(tx + statusH + ui.dp(6), sy + (statusH - f.small->FontSize) / 2),
                    done || now ? t.text : t.textMuted, status.c_str());
        if (touch.tapped) choice = intent::OpenHand{other};
    }
    gap(ui, 4);
    return choice;
}
}  // namespace

std::string HandScreen::drawGrid(Ui& ui, const Deck& deck, const std::vector<std::string>& hand, float col,
                                 std::string& picked) {
    std::vector<CardFace> faces;
    for (const auto& id : hand)
        if (const Card* c = deck.card(id)) faces.push_back(cardFace(deck, *c));
    if (faces.empty()) return {};
    const int n = static_cast<int>(faces.size());
    index = std::clamp(index, 0, n - 1);
    const int cols = std::min(n, 3);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = std::floor((col - spacing * (cols - 1)) / cols);
    float ch = 0;
    for (const auto& face : faces) ch = std::max(ch, cardHeight(ui, face, w, CardSize::Full));
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;
    const ImVec2 d = ImGui::GetMouseDragDelta(0, 0);
    auto onZone = [&] { return pointInRect(mouse, zoneMin, zoneMax); };
    HandGesture::Limits limits;
    limits.start = io.MouseDragThreshold;
    limits.pages = false;
    limits.pickLift = 1e9f;  // only reaching the zone picks: a card low in the grid may travel far

    // Lay the cards out (their buttons), then follow the finger, then draw.
    std::vector<ImVec2> pos(n);
    for (int i = 0; i < n; ++i) {
        if (i % cols) ImGui::SameLine();
        pos[i] = ImGui::GetCursorScreenPos();
        // "hand.card" is the chosen card, as on a phone; the others by place.
        const std::string cid = i == index ? std::string("hand.card") : "hand.card." + std::to_string(i);
        const bool held = gestureCard == i && !gesture.cardAtRest();
        if (leaving.empty() && !held) cardControls(ui, cid, faces[i], pos[i], w, CardSize::Full);
        ImGui::PushID(i);
        const bool tapped = ImGui::InvisibleButton("##gridcard", ImVec2(w, ch));
        const bool activated = ImGui::IsItemActivated();
        ImGui::PopID();
        ui.target(faces[i].label, cid);
        if (activated && leaving.empty()) {
            gestureCard = i;
            grab = ImVec2(mouse.x - pos[i].x, mouse.y - pos[i].y);
            gesture.press();
        }
        if (tapped && leaving.empty() && std::fabs(d.x) <= limits.start && std::fabs(d.y) <= limits.start) index = i;
    }
    const bool holding = gestureCard >= 0 && gestureCard < n;
    if (holding && gesture.pressed() && ImGui::IsMouseDown(0))
        gesture.move({d.x, d.y}, limits, pinZone, scroll.dragging, onZone());
    if (gesture.ownsFinger()) ui.claimDrag();
    ImVec2 held(0, 0);
    using S = HandGesture::State;
    if (gesture.state() == S::Dragging) held = d;
    if (gesture.state() == S::Lifted) {
        scroll.stop();
        held = ImVec2(mouse.x - grab.x - pos[gestureCard].x, mouse.y - grab.y - pos[gestureCard].y);
    }
    if (holding && gesture.pressed() && ImGui::IsMouseReleased(0)) {
        if (gesture.release({d.x, d.y}, limits, onZone(), pos[gestureCard].y + held.y, zoneMax.y) ==
            HandGesture::Outcome::Pick) {
            index = gestureCard;
            leaving = faces[index].id;
            leaveFrom = held;
            leave.start(ui, 0, 1, 280);
        }
        held = ImVec2(0, 0);
    } else if (gesture.pressed() && !ImGui::IsMouseDown(0)) {
        gesture.cancel();
    }

    for (int i = 0; i < n; ++i) {
        CardPose pose;
        pose.selected = i == index && leaving.empty();
        const bool moving = gestureCard == i && gesture.cardFollows();
        const bool flying = !leaving.empty() && faces[i].id == leaving;
        pose.controls = leaving.empty() && !moving;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        if (flying) {
            const float t = easeInOut(leave.progress(ui));
            const ImVec2 target((zoneMin.x + zoneMax.x) / 2 - (pos[i].x + w / 2),
                                (zoneMin.y + zoneMax.y) / 2 - (pos[i].y + ch / 2));
            pose.offset =
                ImVec2(leaveFrom.x + (target.x - leaveFrom.x) * t, leaveFrom.y + (target.y - leaveFrom.y) * t);
            pose.scale = 1 - 0.7f * t;
            pose.alpha = 1 - t;
            dl = ImGui::GetForegroundDrawList();
            if (leave.finished(ui)) picked = leaving;
        } else {
            const float e = easeOut(ui.appear("hand:" + std::to_string(seat) + ":" + faces[i].id, 240, 50.0 * i));
            pose.alpha = e;
            pose.offset.y += (1 - e) * ui.dp(24);
            if (moving) {
                pose.offset = held;
                pose.lift = 1;
                dl = ImGui::GetForegroundDrawList();
            }
        }
        drawCard(ui, dl, faces[i], pos[i], ImVec2(w, ch), CardSize::Full, pose);
    }
    if (!picked.empty()) leaving.clear();
    return faces[index].id;
}

Choice HandScreen::draw(Ui& ui, const Game& game, int forSeat, bool shared) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    const Deck& deck = game.deck();
    if (seat != forSeat) {
        seat = forSeat;
        index = 0;
        leaving.clear();
        slide.stop();
        gesture.cancel();
        gestureCard = -1;
    }
    const auto& hand = s.hands[seat];
    index = std::clamp(index, 0, std::max(0, static_cast<int>(hand.size()) - 1));
    std::string picked, currentId;
    Choice choice;

    if (beginTegenwichtScreen(
            ui, "tegenwicht.hand", ui.t("tegenwicht.hand.title"),
            ui.tf("tegenwicht.hand.subtitle", {{"name", seatName(s.setup, seat)}, {"n", std::to_string(r.number)}})))
        choice = Choice::back();
    const float pinnedTop = beginBody(ui, scroll, 1, seat, pinZone ? pinnedH : 0);
    timerRing(ui, "timer.round", roundElapsedMs, s.setup.roundTimerSeconds, ui.t("tegenwicht.timer.round"));
    if (shared)
        if (Choice c = pickerList(ui, s, seat)) choice = c;
    const std::string inbrenger = seatName(s.setup, r.inbrenger);
    instruction(ui, "hand.hint", "pointing-up", ui.t("tegenwicht.hand.hint_short"),
                ui.tf("tegenwicht.hand.hint", {{"name", inbrenger}}));
    if (auto it = r.hiddenPicks.find(static_cast<std::int16_t>(seat)); it != r.hiddenPicks.end())
        if (const Card* c = deck.card(it->second))
            paragraph(ui, ui.tf("tegenwicht.hand.already", {{"card", c->label}}), ui.theme.textMuted);
    if (canUnpick(s, seat)) {
        ButtonStyle st;
        st.look = Look::Secondary;
        st.pictogram = "back-arrow";
        if (button(ui, ui.t("tegenwicht.hand.unpick"), "hand.unpick", st))
            choice = Choice::play(tw::unpick(r.number, seat));
    }

    // The pick zone. When the body scrolls (large text, small phone) it is
    // pinned above the body, so a card can always be dragged onto it.
    const float col = ui.columnWidth();
    const auto& f = ui.fonts();
    // Beeldmodus: the zone says it in a few words.
    const char* zoneText = (ui.beeldmodus ? ui.t("tegenwicht.hand.zone_short") : ui.t("tegenwicht.hand.zone")).c_str();
    const float zoneH =
        std::max(ui.dp(68), f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, col - ui.dp(74), zoneText).y + ui.dp(20));
    auto drawZone = [&](ImDrawList* dl) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(col, zoneH));
        ui.marker(ui.t("tegenwicht.hand.zone_name"), "hand.zone");
        zoneMin = p, zoneMax = ImVec2(p.x + col, p.y + zoneH);
        const bool hot = gesture.zoneHot();
        fillRoundRect(dl, zoneMin, zoneMax, hot ? ui.theme.primarySoft : ui.theme.surfaceAlt, ui.dp(14));
        // Dashed outline: the zone reads as "a place to put something".
        const float dash = ui.dp(10);
        const ImU32 lc = hot ? ui.theme.primary : ui.theme.outline;
        for (float x = zoneMin.x + ui.dp(14); x < zoneMax.x - ui.dp(14); x += 2 * dash) {
            dl->AddLine(ImVec2(x, zoneMin.y + 1), ImVec2(std::min(x + dash, zoneMax.x - ui.dp(14)), zoneMin.y + 1), lc,
                        ui.dp(2));
            dl->AddLine(ImVec2(x, zoneMax.y - 1), ImVec2(std::min(x + dash, zoneMax.x - ui.dp(14)), zoneMax.y - 1), lc,
                        ui.dp(2));
        }
        drawPictogram(ui, dl, "arrow-up", ImVec2(zoneMin.x + ui.dp(34), (zoneMin.y + zoneMax.y) / 2), ui.dp(34));
        const float textH = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, col - ui.dp(74), zoneText).y;
        dl->AddText(f.body, f.body->FontSize, ImVec2(zoneMin.x + ui.dp(62), (zoneMin.y + zoneMax.y - textH) / 2),
                    ui.theme.text, zoneText, nullptr, col - ui.dp(74));
    };
    pinnedH = zoneH + ui.dp(16);
    if (!pinZone) drawZone(ImGui::GetWindowDrawList());

    // A tablet has room for the whole hand side by side: a grid of big cards.
    const bool grid = col >= ui.dp(600) && hand.size() > 1;
    if (grid) currentId = drawGrid(ui, deck, hand, col, picked);
    if (!hand.empty() && !grid) {
        const float cw = std::min(col, ui.dp(360));
        float ch = 0;
        std::vector<CardFace> faces;
        std::vector<CardLayout> layouts;  // measured once: the height and the pictograms to warm
        for (const auto& id : hand)
            if (const Card* c = deck.card(id)) {
                faces.push_back(cardFace(deck, *c));
                layouts.push_back(layoutCard(ui, faces.back(), cw, CardSize::Full));
                ch = std::max(ch, layouts.back().height);
            }
        index = std::min(index, static_cast<int>(faces.size()) - 1);
        const CardFace& face = faces[index];
        currentId = face.id;
        // The whole hand, nearest first: the two a swipe can bring in, then
        // the next. Made between frames, so the tap that opens the hand
        // waits only for the card on show. Asked at rest only: a swipe's frames
        // keep to drawing (the queue was filled when the hand last rested).
        const int n = static_cast<int>(faces.size());
        if (leaving.empty() && gesture.cardAtRest())
            for (int d = 1; d < n; ++d)
                for (int k : {index + d, index - d})
                    if (k >= 0 && k < n) warmCard(ui, faces[k], layouts[k], CardSize::Full);

        if (leaving.empty() && gesture.cardAtRest())  // the card's speaker and "meer", over the card
            cardControls(ui, "hand.card", face,
                         ImVec2(ImGui::GetCursorScreenPos().x + (col - cw) / 2, ImGui::GetCursorScreenPos().y), cw,
                         CardSize::Full);
        ImGui::PushID("hand");
        const bool tapped = ImGui::InvisibleButton("##card", ImVec2(col, ch));
        ImGui::PopID();
        (void)tapped;
        ui.target(face.label, "hand.card");
        const ImVec2 area = ImGui::GetItemRectMin();
        const ImVec2 cardPos(area.x + (col - cw) / 2, area.y);

        ImVec2 offset(0, 0);
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        auto onZone = [&] { return pointInRect(mouse, zoneMin, zoneMax); };
        // The card was let go on the pick zone: it flies off and is picked when the animation ends.
        auto sendToZone = [&] {
            leaving = face.id;
            leaveFrom = offset;
            leave.start(ui, 0, 1, 280);
        };
        const ImGuiIO& io = ImGui::GetIO();
        HandGesture::Limits limits;
        limits.start = io.MouseDragThreshold;
        limits.page = std::min(ui.dp(72), cw * 0.25f);
        limits.pickLift = ui.dp(140);
        if (ImGui::IsItemActivated() && leaving.empty())
            grab = ImVec2(mouse.x - cardPos.x, mouse.y - cardPos.y), gesture.press();
        const ImVec2 d = ImGui::GetMouseDragDelta(0, 0);
        if (gesture.pressed() && ImGui::IsMouseDown(0))
            gesture.move({d.x, d.y}, limits, pinZone, scroll.dragging, onZone());
        if (gesture.ownsFinger()) ui.claimDrag();
        using S = HandGesture::State;
        if (gesture.state() == S::Paging) offset.x = d.x;
        if (gesture.state() == S::Dragging) offset = ImVec2(d.x * 0.3f, std::min(0.0f, d.y));
        if (gesture.state() == S::Lifted) {
            // Lifted from a scroll: the card follows the finger where it holds it.
            scroll.stop();
            offset = ImVec2((mouse.x - grab.x - cardPos.x) * 0.3f, mouse.y - grab.y - cardPos.y);
        }
        if (gesture.pressed() && ImGui::IsMouseReleased(0)) {
            switch (gesture.release({d.x, d.y}, limits, onZone(), cardPos.y + d.y, zoneMax.y)) {
            case HandGesture::Outcome::PageNext:
            case HandGesture::Outcome::PagePrevious: {
                const int next = std::clamp(index + (d.x < 0 ? 1 : -1), 0, static_cast<int>(faces.size()) - 1);
                if (next != index) {
                    slide.start(ui, d.x < 0 ? cw * 0.6f : -cw * 0.6f, 0, 220);
                    index = next;
                }
                offset = ImVec2(0, 0);
                break;
            }
            case HandGesture::Outcome::Pick: sendToZone(); break;
            case HandGesture::Outcome::None: offset = ImVec2(0, 0); break;
            }
        } else if (gesture.pressed() && !ImGui::IsMouseDown(0)) {
            gesture.cancel();
        }
        if (!slide.finished(ui) && slide.startMs >= 0) offset.x += slide.value(ui);

        CardPose pose;
        pose.offset = offset;
        pose.controls = leaving.empty() && gesture.cardAtRest();
        const CardFace& shown = leaving.empty() ? face : faces[index];
        if (!leaving.empty()) {
            const float t = easeInOut(leave.progress(ui));
            const ImVec2 target((zoneMin.x + zoneMax.x) / 2 - (cardPos.x + cw / 2),
                                (zoneMin.y + zoneMax.y) / 2 - (cardPos.y + ch / 2));
            pose.offset =
                ImVec2(leaveFrom.x + (target.x - leaveFrom.x) * t, leaveFrom.y + (target.y - leaveFrom.y) * t);
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
            pose.lift = gesture.cardFollows() ? 1.0f : 0.0f;
        }
        ImDrawList* dl =
            gesture.zoneHot() || !leaving.empty() ? ImGui::GetForegroundDrawList() : ImGui::GetWindowDrawList();
        drawCard(ui, dl, shown, cardPos, ImVec2(cw, ch), CardSize::Full, pose);

        // Arrows, position and dots.
        gap(ui, 2);
        const float arrow = 52;
        if (iconButton(ui, "back-arrow", ui.t("tegenwicht.hand.previous"), "hand.prev", arrow, false, index > 0) &&
            leaving.empty()) {
            slide.start(ui, -cw * 0.6f, 0, 220);
            --index;
        }
        ImGui::SameLine();
        const std::string pos =
            ui.tf("tegenwicht.hand.position", {{"i", std::to_string(index + 1)}, {"n", std::to_string(faces.size())}});
        const float mid = col - 2 * ui.dp(arrow) - 2 * ImGui::GetStyle().ItemSpacing.x;
        const ImVec2 mp = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(mid, ui.dp(arrow)));
        ImDrawList* wl = ImGui::GetWindowDrawList();
        const ImVec2 ps = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, 0, pos.c_str());
        wl->AddText(f.bold, f.bold->FontSize, ImVec2(mp.x + (mid - ps.x) / 2, mp.y + ui.dp(6)), ui.theme.text,
                    pos.c_str());
        pagerDots(ui, wl, ImVec2(mp.x + mid / 2, mp.y + ui.dp(arrow) - ui.dp(12)), static_cast<int>(faces.size()),
                  index);
        ImGui::SameLine();
        if (iconButton(ui, "back-arrow", ui.t("tegenwicht.hand.next"), "hand.next", arrow, true,
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
        ImGui::SetCursorScreenPos(ImVec2(contentColumnLeft(ui, ImGui::GetIO().DisplaySize.x), pinnedTop + ui.dp(8)));
        drawZone(ImGui::GetWindowDrawList());
    }
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "check-mark";
    st.enabled = leaving.empty() && !currentId.empty();
    if (button(ui, ui.t("tegenwicht.hand.pick"), "hand.pick", st)) {
        leaving = currentId;
        leaveFrom = ImVec2(0, 0);
        leave.start(ui, 0, 1, 280);
    }
    endFooter(ui);
    endScreen(ui);
    if (!picked.empty()) choice = Choice::play(tw::pick(r.number, seat, picked));
    return choice;
}

}  // namespace samenspel::ui
