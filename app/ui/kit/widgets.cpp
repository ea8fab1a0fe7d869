#include "ui/kit/widgets.h"
#include "ui/kit/beeldmodus_switch.h"
#include "ui/kit/how_to.h"
#include "ui/kit/layout.h"
#include "ui/kit/shapes.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace samenspel::ui {

namespace {

constexpr float kButtonDp = 52;
constexpr float kHeaderDp = 64;
constexpr float kSubtitleDp = 24;
constexpr float kFooterRowGapDp = 10;
constexpr float kFooterPadDp = 14;

float footerHeight(Ui& ui, int rows) {
    return rows <= 0 ? 0 : ui.dp(rows * kButtonDp + (rows - 1) * kFooterRowGapDp + 2 * kFooterPadDp);
}

}  // namespace

namespace {

void drawPicture(ImDrawList* dl, const platform::Picture& pic, ImVec2 c, float size, float alpha, bool mirror) {
    if (!pic) return;
    const float h = size / 2;
    dl->AddImage(pic.texture, ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h),
                 ImVec2(mirror ? pic.uv1.x : pic.uv0.x, pic.uv0.y), ImVec2(mirror ? pic.uv0.x : pic.uv1.x, pic.uv1.y),
                 IM_COL32(255, 255, 255, static_cast<int>(255 * std::clamp(alpha, 0.0f, 1.0f))));
}

}  // namespace

void drawPictogram(Ui& ui, ImDrawList* dl, const std::string& name, ImVec2 c, float size, float alpha, bool mirror) {
    if (name.empty() || size < 2) return;
    drawPicture(dl, ui.sys.pictogram(name, static_cast<int>(std::lround(size))), c, size, alpha, mirror);
}

void drawPictogramScaled(Ui& ui, ImDrawList* dl, const std::string& name, ImVec2 c, float size, float scale,
                         float alpha) {
    if (name.empty() || size < 2) return;
    drawPicture(dl, ui.sys.pictogram(name, static_cast<int>(std::lround(size))), c, size * scale, alpha, false);
}

bool wordsFit(ImFont* font, const std::string& text, float width) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = text.find(' ', i);
        if (j == std::string::npos) j = text.size();
        if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str() + i, text.c_str() + j).x > width) return false;
        i = j + 1;
    }
    return true;
}

Touch touchArea(Ui& ui, const std::string& label, const std::string& id, ImVec2 size, bool enabled) {
    Touch t;
    ImGui::PushID(id.c_str());
    ImGui::BeginDisabled(!enabled);
    t.tapped = ImGui::InvisibleButton("##touch", size) && enabled;
    t.held = ImGui::IsItemActive();
    ImGui::EndDisabled();
    ImGui::PopID();
    ui.target(label, id, enabled);
    return t;
}

bool button(Ui& ui, const std::string& label, const std::string& id, const ButtonStyle& st) {
    const auto& f = ui.fonts();
    const float width = st.width > 0 ? st.width : ui.columnWidth();
    const float pad = ui.dp(st.width > 0 && st.width < ui.dp(200) ? 10 : 16);
    const float picto = st.pictogram.empty() ? 0 : ui.dp(ui.beeldmodus ? 36 : 28);  // the picture leads in Beeldmodus
    const float textW = std::max(ui.dp(20), width - 2 * pad - (picto ? picto + ui.dp(10) : 0));
    // Never break a word: a long word in a narrow button gets the smaller font.
    ImFont* font = st.large ? f.title : f.bold;
    if (!wordsFit(font, label, textW)) font = f.smallBold;
    // Still too long (the largest text on a narrow phone): shrink just this
    // label until its longest word fits, rather than split the word.
    float fontSize = font->FontSize;
    for (int i = 0; i < 6 && !wordsFit(font, label, textW * font->FontSize / fontSize); ++i) fontSize *= 0.9f;
    const ImVec2 ts = font->CalcTextSizeA(fontSize, FLT_MAX, textW, label.c_str());
    const float height = std::max(ui.dp(kButtonDp), ts.y + ui.dp(24));

    const Touch touch = touchArea(ui, label, id, ImVec2(width, height), st.enabled);

    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = ui.theme;
    const ImU32 accent = st.accent ? st.accent : t.primary;
    ImU32 fill = t.surface, border = 0, text = t.text;
    switch (st.look) {
    case Look::Primary: fill = accent, text = textOn(accent); break;
    case Look::Secondary:
        fill = t.surface, border = accent, text = contrastRatio(accent, t.surface) >= 4.5f ? accent : t.text;
        break;
    case Look::Quiet: fill = t.surfaceAlt, text = t.text; break;
    case Look::Danger: fill = t.danger, text = textOn(t.danger); break;
    }
    if (st.selected) fill = t.primarySoft, border = accent, text = t.text;
    if (!st.enabled) fill = t.disabled, border = 0, text = t.disabledText;
    if (touch.held) fill = mix(fill, IM_COL32(0, 0, 0, 255), 0.12f);
    const float r = ui.dp(14);
    fillRoundRect(dl, a, b, fill, r);
    if (border) dl->AddRect(a, b, border, r, 0, st.selected ? ui.dp(3) : ui.dp(2));
    const float lineW = std::min(ts.x, textW);
    const float contentW = (picto ? picto + ui.dp(10) : 0) + lineW;
    float x = a.x + std::max(pad, (width - contentW) / 2);
    if (picto) {
        drawPictogram(ui, dl, st.pictogram, ImVec2(x + picto / 2, (a.y + b.y) / 2), picto, st.enabled ? 1 : 0.5f);
        x += picto + ui.dp(10);
    }
    dl->AddText(font, fontSize, ImVec2(x, (a.y + b.y - ts.y) / 2), text, label.c_str(), nullptr, textW);
    if (st.selected) {
        // "On" is a check badge on the corner as well as the fill: never colour alone.
        const ImVec2 c(b.x - ui.dp(12), a.y + ui.dp(12));
        fillCircle(dl, c, ui.dp(10), accent);
        drawPictogram(ui, dl, "check-mark", c, ui.dp(16));
    }
    return touch.tapped;
}

bool pictogramTile(Ui& ui, const std::string& pictogram, const std::string& label, const std::string& id, ImVec2 size,
                   bool selected, ImU32 accent, bool enabled) {
    const auto& f = ui.fonts();
    const Touch touch = touchArea(ui, label, id, size, enabled);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = ui.theme;
    const ImU32 ac = accent ? accent : t.primary;
    ImU32 fill = selected ? t.primarySoft : t.surface;
    if (touch.held) fill = mix(fill, IM_COL32(0, 0, 0, 255), 0.08f);
    const float r = ui.dp(14);
    fillRoundRect(dl, ImVec2(a.x, a.y + ui.dp(2)), ImVec2(b.x, b.y + ui.dp(2)), t.shadow, r);
    fillRoundRect(dl, a, b, fill, r);
    dl->AddRect(a, b, selected ? ac : t.divider, r, 0, selected ? ui.dp(3) : ui.dp(1.5f));
    const float textH = label.empty() ? 0 : f.body->FontSize * 2.3f;
    const float picto =
        std::min(size.x * (ui.beeldmodus ? 0.8f : 0.62f), size.y - textH - ui.dp(14));  // faces lead in Beeldmodus
    drawPictogram(ui, dl, pictogram, ImVec2((a.x + b.x) / 2, a.y + ui.dp(8) + picto / 2), picto, enabled ? 1 : 0.4f);
    if (!label.empty()) {
        const float wrap = size.x - ui.dp(8);
        const ImVec2 ts = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, wrap, label.c_str());
        // Centre each wrapped line on its own.
        const char* s = label.c_str();
        const char* end = s + label.size();
        float y = a.y + ui.dp(8) + picto + ui.dp(4);
        while (s < end && y < b.y - f.body->FontSize * 0.5f) {
            const char* lineEnd = f.body->CalcWordWrapPositionA(1.0f, s, end, wrap);
            if (lineEnd == s) ++lineEnd;
            const ImVec2 ls = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, 0, s, lineEnd);
            dl->AddText(f.body, f.body->FontSize, ImVec2((a.x + b.x - ls.x) / 2, y), enabled ? t.text : t.disabledText,
                        s, lineEnd);
            y += f.body->FontSize * 1.1f;
            s = lineEnd;
            while (s < end && *s == ' ') ++s;
        }
        (void)ts;
    }
    if (selected) {
        const ImVec2 c(b.x - ui.dp(14), a.y + ui.dp(14));
        fillCircle(dl, c, ui.dp(12), ac);
        drawPictogram(ui, dl, "check-mark", c, ui.dp(20));
    }
    return touch.tapped;
}

bool iconButton(Ui& ui, const std::string& pictogram, const std::string& label, const std::string& id, float sizeDp,
                bool mirror, bool enabled) {
    const float s = ui.dp(sizeDp);
    const Touch touch = touchArea(ui, label, id, ImVec2(s, s), enabled);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    fillCircle(dl, c, s / 2, touch.held ? ui.theme.surfaceAlt : ui.theme.surface);
    dl->AddCircle(c, s / 2 - ui.dp(0.75f), ui.theme.divider, 32, ui.dp(1.5f));
    drawPictogram(ui, dl, pictogram, c, s * 0.62f, enabled ? 1.0f : 0.3f, mirror);
    return touch.tapped;
}

float splitWidth(Ui& ui, int parts) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    return std::floor((ui.columnWidth() - spacing * (parts - 1)) / parts);
}

bool segmented(Ui& ui, const std::string& id, const std::vector<std::string>& labels, int& selected,
               const std::vector<std::string>& ids) {
    bool changed = false;
    const int n = static_cast<int>(labels.size());
    const float w = splitWidth(ui, n);
    for (int i = 0; i < n; ++i) {
        if (i) ImGui::SameLine();
        ButtonStyle st;
        st.look = Look::Secondary;
        st.width = w;
        st.selected = i == selected;
        const std::string bid = i < static_cast<int>(ids.size()) ? ids[i] : id + "." + std::to_string(i);
        if (button(ui, labels[i], bid, st) && selected != i) selected = i, changed = true;
    }
    return changed;
}

bool stepper(Ui& ui, const std::string& label, const std::string& id, int& value, int min, int max,
             const std::string& unit) {
    const auto& f = ui.fonts();
    ImGui::PushFont(f.bold);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopFont();
    bool changed = false;
    ButtonStyle st;
    st.look = Look::Secondary;
    st.width = ui.dp(64);
    st.large = true;
    st.enabled = value > min;
    if (button(ui, "\u2212", id + ".minus", st)) --value, changed = true;
    ImGui::SameLine();
    const std::string shown = std::to_string(value) + (unit.empty() ? "" : " " + unit);
    const float mid = ui.columnWidth() - 2 * ui.dp(64) - 2 * ImGui::GetStyle().ItemSpacing.x;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(mid, ui.dp(kButtonDp)));
    ui.marker(shown, id + ".value");
    const ImVec2 ts = f.title->CalcTextSizeA(f.title->FontSize, FLT_MAX, 0, shown.c_str());
    ImGui::GetWindowDrawList()->AddText(f.title, f.title->FontSize,
                                        ImVec2(p.x + (mid - ts.x) / 2, p.y + (ui.dp(kButtonDp) - ts.y) / 2),
                                        ui.theme.text, shown.c_str());
    ImGui::SameLine();
    st.enabled = value < max;
    if (button(ui, "+", id + ".plus", st)) ++value, changed = true;
    value = std::clamp(value, min, max);
    return changed;
}

void paragraph(Ui& ui, const std::string& text, ImU32 colour, ImFont* font) {
    if (font) ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour ? colour : ui.theme.text));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
}

void heading(Ui& ui, const std::string& text) {
    ImGui::PushFont(ui.fonts().bold);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.text));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void gap(Ui& ui, float dp) { ImGui::Dummy(ImVec2(1, ui.dp(dp))); }

void pictogramImage(Ui& ui, const std::string& name, float sizeDp) {
    const float s = ui.dp(sizeDp);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(s, s));
    drawPictogram(ui, ImGui::GetWindowDrawList(), name, ImVec2(p.x + s / 2, p.y + s / 2), s);
}

void badge(Ui& ui, const std::string& pictogram, const std::string& text, ImU32 colour, const std::string& id) {
    const auto& f = ui.fonts();
    const float h = ui.dp(30), picto = pictogram.empty() ? 0 : ui.dp(22);
    const ImVec2 ts = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, 0, text.c_str());
    const float w = ts.x + picto + ui.dp(picto ? 22 : 18);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    if (!id.empty()) ui.marker(text, id);  // so a test can expect it
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fillRoundRect(dl, p, ImVec2(p.x + w, p.y + h), colour, h / 2);
    float x = p.x + ui.dp(9);
    if (picto) {
        fillCircle(dl, ImVec2(x + picto / 2, p.y + h / 2), picto / 2 + ui.dp(1), IM_COL32(255, 255, 255, 255));
        drawPictogram(ui, dl, pictogram, ImVec2(x + picto / 2, p.y + h / 2), picto);
        x += picto + ui.dp(5);
    }
    dl->AddText(f.small, f.small->FontSize, ImVec2(x, p.y + (h - ts.y) / 2), textOn(colour), text.c_str());
}

// ---- the screen frame ------------------------------------------------------

namespace {
ImGuiWindowFlags rootFlags() {
    return ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
           ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav;
}
float headerHeight(Ui& ui, bool subtitle) { return ui.dp(kHeaderDp + (subtitle ? kSubtitleDp : 0)); }
float lineWidth(ImFont* font, const std::string& text) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x;
}

// How the header fits the screen's title between its buttons. A title too
// long for its room uses the bold body font; still too long (large text on
// a small phone), the header action shows only its pictogram; still too
// long, the title and subtitle get their own lines under the buttons.
struct HeaderFit {
    ImFont* titleFont = nullptr;
    bool actionIconOnly = false;
    bool ownLine = false;
    float height = 0;
};

HeaderFit fitHeader(Ui& ui, const std::string& title, const std::string& subtitle, float titleLeft, float right,
                    float col) {
    const auto& f = ui.fonts();
    HeaderFit fit;
    auto fitsBeside = [&](float room) {
        fit.titleFont = lineWidth(f.title, title) <= room ? f.title : f.bold;
        return lineWidth(fit.titleFont, title) <= room && (subtitle.empty() || lineWidth(f.small, subtitle) <= room);
    };
    if (fitsBeside(right - headerActionWidth(ui, false) - titleLeft)) {
        fit.height = headerHeight(ui, !subtitle.empty());
        return fit;
    }
    if (headerActionWidth(ui, true) < headerActionWidth(ui, false) &&
        fitsBeside(right - headerActionWidth(ui, true) - titleLeft)) {
        fit.actionIconOnly = true;
        fit.height = headerHeight(ui, !subtitle.empty());
        return fit;
    }
    fit.ownLine = true;
    fit.titleFont = wordsFit(f.title, title, col) ? f.title : f.bold;
    float h = ui.dp(kHeaderDp) + fit.titleFont->CalcTextSizeA(fit.titleFont->FontSize, FLT_MAX, col, title.c_str()).y;
    if (!subtitle.empty()) h += ui.dp(2) + f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, col, subtitle.c_str()).y;
    fit.height = h + ui.dp(12);
    return fit;
}
// The elapsed game time (ScreenExtras::gameStartedUnixMs): a stopwatch and
// "12 min", small and muted, shown from the first whole minute so a game
// that just began has no clock in view. Asks for one frame at the next
// minute; the app sleeps in between.
struct Elapsed {
    std::string text;
    float width = 0;  // pictogram, gap and text
};
Elapsed elapsedTime(Ui& ui) {
    Elapsed e;
    const long long start = ui.extras.gameStartedUnixMs;
    if (start < 0) return e;
    const long long ms = std::max(0LL, ui.sys.unixMs() - start);
    ui.wakeAt(ui.now() + static_cast<double>(60000 - ms % 60000) + 1);
    const long long minutes = ms / 60000;
    if (minutes < 1) return e;
    e.text = minutes < 60 ? ui.tf("kit.elapsed.minutes", {{"min", std::to_string(minutes)}})
                          : ui.tf("kit.elapsed.hours",
                                  {{"hours", std::to_string(minutes / 60)}, {"min", std::to_string(minutes % 60)}});
    const ImFont* f = ui.fonts().small;
    e.width = f->FontSize * 1.1f + ui.dp(4) + lineWidth(ui.fonts().small, e.text);
    return e;
}
// Draws it with its right edge at `right`, centred on `centreY` (window coordinates).
void drawElapsed(Ui& ui, const Elapsed& e, float right, float centreY) {
    ImFont* f = ui.fonts().small;
    const float icon = f->FontSize * 1.1f;
    ImGui::SetCursorPos(ImVec2(right - e.width, centreY - icon / 2));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(e.width, icon));
    ui.marker(e.text, "header.elapsed");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    drawPictogram(ui, dl, "stopwatch", ImVec2(p.x + icon / 2, p.y + icon / 2), icon);
    dl->AddText(f, f->FontSize, ImVec2(p.x + icon + ui.dp(4), p.y + (icon - f->FontSize) / 2), ui.theme.textMuted,
                e.text.c_str());
}
}  // namespace

bool beginScreen(Ui& ui, const std::string& title, bool canGoBack, const std::string& subtitle) {
    ScreenHeader h;
    h.id = title + "\n" + subtitle;
    h.title = title;
    h.subtitle = subtitle;
    h.canGoBack = canGoBack;
    return beginScreen(ui, h);
}

bool beginScreen(Ui& ui, const ScreenHeader& header) {
    const std::string& title = header.title;
    const std::string& subtitle = header.subtitle;
    const bool canGoBack = header.canGoBack;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    // The background is the frame's clear colour, not a rectangle under
    // the screen (Services::setBackdrop).
    ui.sys.setBackdrop(ui.theme.background);
    ImGui::Begin("##screen", nullptr, rootFlags() | ImGuiWindowFlags_NoBackground);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float col = contentColumnWidth(ui, display.x);
    const float left = (display.x - col) / 2;
    const float titleLeft = canGoBack ? left + ui.dp(52) : left;
    const bool howTo = !header.howTo.empty();
    ui.setShownHowTo(header.howTo);
    // Left of the Beeldmodus switch, and of the "?" when the screen explains itself.
    const float actionRight = left + col - ui.dp(howTo ? 100 : 50);
    const HeaderFit fit = fitHeader(ui, title, subtitle, titleLeft, actionRight, col);
    const float hh = fit.height;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(display.x, hh), ui.theme.surface);
    dl->AddLine(ImVec2(0, hh - ui.dp(1)), ImVec2(display.x, hh - ui.dp(1)), ui.theme.divider, ui.dp(1));

    bool back = false;
    if (canGoBack) {
        ImGui::SetCursorPos(ImVec2(left - ui.dp(6), ui.dp(8)));
        back = iconButton(ui, "back-arrow", ui.t("kit.back"), "back", 48);
    }
    // Beeldmodus can be switched on every screen, also in the middle of a game.
    ImGui::SetCursorPos(ImVec2(left + col - ui.dp(42), ui.dp(8)));
    beeldmodusHeaderButton(ui);
    if (howTo) {
        ImGui::SetCursorPos(ImVec2(left + col - ui.dp(92), ui.dp(8)));
        if (iconButton(ui, "question", ui.t("kit.how_to.open"), "how-to", 48)) ui.openHowTo(header.howTo.id);
    }
    // The app's own action for this screen (e.g. "Stoppen"), left of that.
    float titleRight = actionRight - drawHeaderAction(ui, actionRight, fit.actionIconOnly);
    const auto& f = ui.fonts();
    ImFont* tf = fit.titleFont;
    // The elapsed game time: at the right end of the subtitle's line (under
    // the header's buttons, or after a subtitle on its own line), else in
    // the button row; where nothing has room it is left out, not squeezed.
    const Elapsed elapsed = elapsedTime(ui);
    float subtitleRight = titleRight;
    // Where title and subtitle go when they have their own lines.
    const float titleY = ui.dp(kHeaderDp) - ui.dp(4);
    const float subY = titleY + tf->CalcTextSizeA(tf->FontSize, FLT_MAX, col, title.c_str()).y + ui.dp(2);
    if (!elapsed.text.empty()) {
        if (fit.ownLine) {
            // At the end of the subtitle's line when it has room, else between the buttons.
            const float right = titleRight - ui.dp(8);
            if (!subtitle.empty() && lineWidth(f.small, subtitle) + ui.dp(12) + elapsed.width <= col)
                drawElapsed(ui, elapsed, left + col, subY + f.small->FontSize / 2);
            else if (right - elapsed.width >= left + (canGoBack ? ui.dp(52) : 0))
                drawElapsed(ui, elapsed, right, ui.dp(32));
        } else if (!subtitle.empty()) {
            const float right = left + col;
            subtitleRight = std::min(titleRight, right - elapsed.width - ui.dp(8));
            drawElapsed(ui, elapsed, right, ui.dp(56) - f.small->FontSize * 0.1f + f.small->FontSize / 2);
        } else if (titleRight - elapsed.width - ui.dp(8) >= titleLeft + lineWidth(tf, title)) {
            drawElapsed(ui, elapsed, titleRight - ui.dp(8), ui.dp(32));
            titleRight -= elapsed.width + ui.dp(8);
        }
    }
    if (fit.ownLine) {
        dl->AddText(tf, tf->FontSize, ImVec2(left, titleY), ui.theme.text, title.c_str(), nullptr, col);
        if (!subtitle.empty())
            dl->AddText(f.small, f.small->FontSize, ImVec2(left, subY), ui.theme.textMuted, subtitle.c_str(), nullptr,
                        col);
    } else {
        ImGui::PushClipRect(ImVec2(titleLeft, 0), ImVec2(titleRight, hh), true);
        dl->AddText(tf, tf->FontSize, ImVec2(titleLeft, ui.dp(32) - tf->FontSize / 2), ui.theme.text, title.c_str());
        ImGui::PopClipRect();
        ImGui::PushClipRect(ImVec2(titleLeft, 0), ImVec2(subtitleRight, hh), true);
        if (!subtitle.empty())
            dl->AddText(f.small, f.small->FontSize, ImVec2(titleLeft, ui.dp(56) - f.small->FontSize * 0.1f),
                        ui.theme.textMuted, subtitle.c_str());
        ImGui::PopClipRect();
    }
    ImGui::SetCursorPos(ImVec2(0, hh));
    ImGui::GetStateStorage()->SetFloat(ImGui::GetID("##hh"), hh);
    ui.screenShown(header.id, title, back);
    return back;
}

float beginBody(Ui& ui, DragScroll& scroll, int footerRows, long long contentKey, float pinnedTopH) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float headerH = ImGui::GetStateStorage()->GetFloat(ImGui::GetID("##hh"), ui.dp(kHeaderDp));
    // The footer's height as measured last frame (buttons grow with the
    // text size), else the estimate from its number of rows.
    const float measured = ImGui::GetStateStorage()->GetFloat(ImGui::GetID("##fhm"), 0);
    const float fh = footerRows <= 0 ? 0 : std::max(footerHeight(ui, footerRows), measured);
    ImGui::GetStateStorage()->SetFloat(ImGui::GetID("##fh"), fh);
    const float kb = ui.sys.keyboardHeight();
    // A banner from the app (e.g. "saving failed") sits between header and body.
    const float hh = headerH + drawBanner(ui, headerH);
    const float bodyH = std::max(ui.dp(80), display.y - hh - pinnedTopH - (kb > 0 ? kb : fh));
    const float pinnedTop = ImGui::GetWindowPos().y + hh;
    ImGui::SetCursorPos(ImVec2(0, hh + pinnedTopH));
    ImGui::BeginChild(ImGui::GetID(&scroll), ImVec2(display.x, bodyH), false, ImGuiWindowFlags_NoNav);
    if (scroll.shownKey != contentKey) {
        ImGui::SetScrollY(0);
        scroll.velocity = 0;
        scroll.shownKey = contentKey;
    }
    if (const float y = ui.scrollToRestore(ImGui::GetScrollY()); y >= 0) ImGui::SetScrollY(y);  // a resumed game
    const float col = contentColumnWidth(ui, display.x);
    const float left = (display.x - col) / 2;
    ui.setColumnWidth(col);
    ImGui::Dummy(ImVec2(1, ui.dp(8)));
    ImGui::Indent(left);
    ImGui::PushTextWrapPos(left + col);
    return pinnedTop;
}

void endBody(Ui& ui, DragScroll& scroll) {
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(1, ui.dp(24)));
    const float display = ImGui::GetIO().DisplaySize.x;
    ImGui::Unindent((display - ui.columnWidth()) / 2);
    scroll.update(ui);
    ui.noteBodyScroll(ImGui::GetScrollY() / ui.scale());
    ImGui::EndChild();
}

void beginFooter(Ui& ui) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float fh = ImGui::GetStateStorage()->GetFloat(ImGui::GetID("##fh"), 0);
    ImGui::SetCursorPos(ImVec2(0, display.y - fh));
    ImGui::BeginChild("##footer", ImVec2(display.x, fh), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetWindowPos();
    dl->AddRectFilled(p, ImVec2(p.x + display.x, p.y + fh), ui.theme.surface);
    dl->AddLine(p, ImVec2(p.x + display.x, p.y), ui.theme.divider, ui.dp(1));
    const float col = contentColumnWidth(ui, display.x);
    ui.setColumnWidth(col);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, ui.dp(kFooterRowGapDp)));
    ImGui::Dummy(ImVec2(1, ui.dp(kFooterPadDp) - ui.dp(kFooterRowGapDp)));
    ImGui::Indent((display.x - col) / 2);
}

void endFooter(Ui& ui) {
    ImGui::Unindent((ImGui::GetIO().DisplaySize.x - ui.columnWidth()) / 2);
    ImGui::PopStyleVar();
    const float used = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ui.dp(kFooterPadDp);
    ImGui::EndChild();
    ImGui::GetStateStorage()->SetFloat(ImGui::GetID("##fhm"), used);
}

void endScreen(Ui& ui) {
    ImGui::End();
    drawOpenHowTo(ui);  // over the screen, when its "?" was tapped
}

}  // namespace samenspel::ui
