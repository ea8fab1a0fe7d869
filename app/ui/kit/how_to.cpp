#include "ui/kit/how_to.h"

#include <algorithm>
#include <cmath>

#include "ui/kit/layout.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/shapes.h"
#include "ui/kit/ui.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {

constexpr float kSwipeDp = 64;  // how far a finger moves sideways to turn a card

// The card: pictogram, the sentence and its speaker. A sideways drag on it
// turns the page: returns +1 (next), -1 (previous) or 0.
int stepCard(Ui& ui, const HowToStep& step, int page, ImVec2 size) {
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    // The speaker first, so it wins its taps over the card.
    const float speaker = canReadAloud(ui) ? ui.dp(speakerDp(ui)) : 0;
    const ImVec2 sa(p.x + size.x - speaker - ui.dp(10), p.y + ui.dp(10)), sb(sa.x + speaker, sa.y + speaker);
    if (speaker) speakerOverlay(ui, step.text, "how-to.speak", sa, sb);
    ImGui::InvisibleButton("##how-to-card", size);
    ui.marker(step.text, "how-to.step." + std::to_string(page));
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID dragKey = ImGui::GetID("##how-to-drag");
    float dx = st->GetFloat(dragKey, 0);
    int turn = 0;
    if (ImGui::IsItemActive()) {
        dx = ImGui::GetMouseDragDelta(0, 0).x;
        st->SetFloat(dragKey, dx);
        if (std::fabs(dx) > ui.dp(8)) ui.claimDrag(), ui.keepAnimating();
    } else {
        if (ImGui::IsItemDeactivated() && std::fabs(dx) > ui.dp(kSwipeDp)) turn = dx < 0 ? +1 : -1;
        st->SetFloat(dragKey, 0);
        dx = 0;
    }
    const float shift = dx * 0.5f;  // the card follows the finger, a little
    const ImVec2 a(p.x + shift, p.y), b(p.x + shift + size.x, p.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fillRoundRect(dl, ImVec2(a.x, a.y + ui.dp(3)), ImVec2(b.x, b.y + ui.dp(3)), t.shadow, ui.dp(18));
    fillRoundRect(dl, a, b, t.surface, ui.dp(18));
    const float picto = std::min(size.x * 0.45f, ui.dp(ui.beeldmodus ? 140 : 112));
    const float discR = picto * 0.62f;
    const ImVec2 pc((a.x + b.x) / 2, a.y + ui.dp(28) + discR);
    fillCircle(dl, pc, discR, t.primarySoft);
    drawPictogram(ui, dl, step.pictogram, pc, picto);
    const float textW = size.x - ui.dp(40);
    ImFont* font = f.title;
    if (!wordsFit(font, step.text, textW)) font = f.bold;
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, textW, step.text.c_str());
    // Each wrapped line centred on its own.
    const char* s = step.text.c_str();
    const char* end = s + step.text.size();
    float y = pc.y + discR + ui.dp(24);
    while (s < end) {
        const char* lineEnd = font->CalcWordWrapPositionA(1.0f, s, end, textW);
        if (lineEnd == s) ++lineEnd;
        const ImVec2 ls = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s, lineEnd);
        dl->AddText(font, font->FontSize, ImVec2((a.x + b.x - ls.x) / 2, y), t.text, s, lineEnd);
        y += font->FontSize * 1.15f;
        s = lineEnd;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
    (void)ts;
    if (speaker) drawSpeaker(ui, dl, sa, sb, step.text);
    return turn;
}

// The card's height: room for the pictogram and the longest sentence.
float cardHeight(Ui& ui, const HowTo& h, float width) {
    const auto& f = ui.fonts();
    const float picto = std::min(width * 0.45f, ui.dp(ui.beeldmodus ? 140 : 112));
    float text = 0;
    for (const auto& s : h.steps) {
        ImFont* font = wordsFit(f.title, s.text, width - ui.dp(40)) ? f.title : f.bold;
        text =
            std::max(text, font->CalcTextSizeA(font->FontSize, FLT_MAX, width - ui.dp(40), s.text.c_str()).y * 1.15f);
    }
    return ui.dp(28) + picto * 1.24f + ui.dp(24) + text + ui.dp(28);
}

}  // namespace

void drawOpenHowTo(Ui& ui) {
    const HowTo& h = ui.shownHowTo();
    if (ui.howToOpen().empty()) return;
    if (h.empty() || h.id != ui.howToOpen()) {  // another screen now: its cards are not these
        ui.closeHowTo();
        return;
    }
    const int count = static_cast<int>(h.steps.size());
    int page = std::clamp(ui.howToPage(), 0, count - 1);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    ImGui::SetNextWindowFocus();
    ImGui::Begin("##how-to", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav);
    // A screen of its own for the driver and for read-aloud: turning the
    // page stops what the previous card was saying.
    ui.screenShown(h.id + ".how-to." + std::to_string(page), ui.t("kit.how_to.title"), false);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = ui.theme;
    const auto& f = ui.fonts();
    dl->AddRectFilled(ImVec2(0, 0), display, t.background);
    const float col = std::floor(std::min(contentColumnWidth(ui, display.x), ui.dp(520)));
    const float left = std::round((display.x - col) / 2);
    ui.setColumnWidth(col);

    // Header: the title and a close cross.
    const float headerH = ui.dp(64);
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, headerH), t.surface);
    dl->AddLine(ImVec2(0, headerH - ui.dp(1)), ImVec2(display.x, headerH - ui.dp(1)), t.divider, ui.dp(1));
    const std::string& title = ui.t("kit.how_to.title");
    dl->AddText(f.title, f.title->FontSize, ImVec2(left, ui.dp(32) - f.title->FontSize / 2), t.text, title.c_str());
    ImGui::SetCursorScreenPos(ImVec2(left + col - ui.dp(48), ui.dp(8)));
    bool close = iconButton(ui, "cross-mark", ui.t("kit.how_to.close"), "how-to.close", 48);

    // The card, then where we are: "2 van 4" and the dots, then the buttons.
    const float footerH = ui.dp(2 * 52 + 10 + 2 * 14);
    const float whereH = f.small->FontSize + ui.dp(24);
    const float room = display.y - headerH - footerH - ui.dp(24) - whereH - ui.dp(16);
    // Whole pixels: the software rasteriser leaves a seam between the
    // card's pieces (shapes.h) on a fractional edge.
    const float cardH = std::floor(std::min(room, cardHeight(ui, h, col)));
    // The buttons stay in thumb reach at the bottom of a phone; on a tall
    // tablet the card, the dots and the buttons stay together in the middle.
    const float block = cardH + ui.dp(14) + whereH + ui.dp(16) + footerH;
    const float spare = display.y - headerH - block;
    const bool together = spare > ui.dp(240);
    float y = std::round(headerH + (together ? spare / 2 : std::max(ui.dp(16), (room - cardH) / 2)));
    ImGui::SetCursorScreenPos(ImVec2(left, y));
    const int turn = stepCard(ui, h.steps[page], page, ImVec2(col, cardH));
    y += cardH + ui.dp(14);
    const std::string where =
        ui.tf("kit.how_to.where", {{"n", std::to_string(page + 1)}, {"total", std::to_string(count)}});
    const ImVec2 ws = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, where.c_str());
    ImGui::SetCursorScreenPos(ImVec2((display.x - ws.x) / 2, y));
    ImGui::Dummy(ws);
    ui.marker(where, "how-to.where");
    dl->AddText(f.small, f.small->FontSize, ImVec2((display.x - ws.x) / 2, y), t.textMuted, where.c_str());
    pagerDots(ui, dl, ImVec2(display.x / 2, y + ws.y + ui.dp(12)), count, page);
    const float buttonsTop = together ? y + whereH + ui.dp(16) : display.y - footerH;

    // Footer: back and next (or done), and skip.
    const bool last = page == count - 1;
    ImGui::SetCursorScreenPos(ImVec2(left, buttonsTop + ui.dp(14)));
    const float half = std::floor((col - ImGui::GetStyle().ItemSpacing.x) / 2);
    ButtonStyle prev;
    prev.look = Look::Secondary;
    prev.width = half;
    prev.enabled = page > 0;
    prev.pictogram = "back-arrow";
    int next = turn;
    if (button(ui, ui.t("kit.how_to.previous"), "how-to.previous", prev)) next = -1;
    ImGui::SameLine();
    ButtonStyle fwd;
    fwd.width = half;
    fwd.pictogram = last ? "check-mark" : "arrow-right";
    if (button(ui, last ? ui.t("kit.how_to.done") : ui.t("kit.how_to.next"), last ? "how-to.done" : "how-to.next",
               fwd)) {
        if (last) close = true;
        else next = +1;
    }
    ImGui::SetCursorScreenPos(ImVec2(left, buttonsTop + ui.dp(14 + 52 + 10)));
    ButtonStyle skip;
    skip.look = Look::Quiet;
    skip.width = col;
    if (!last && button(ui, ui.t("kit.how_to.skip"), "how-to.skip", skip)) close = true;
    ImGui::End();

    if (close) {
        ui.sys.readAloud().stop();
        ui.closeHowTo();
    } else if (next && page + next >= 0 && page + next < count) {
        ui.setHowToPage(page + next);
    }
}

}  // namespace samenspel::ui
