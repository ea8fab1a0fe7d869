#include "ui/kit/read_aloud_widgets.h"

#include <imgui_internal.h>

#include <algorithm>

#include "ui/kit/shapes.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {

// Tap: hear it. Tap while it is heard: stop.
void toggle(Ui& ui, const std::string& text) {
    auto& voice = ui.sys.readAloud();
    if (voice.saying(text)) voice.stop();
    else voice.say(text, ui.speechSpeed);
    ui.keepAnimating();  // draw the button's new state
}

std::string targetLabel(Ui& ui, const std::string& text) {
    return ui.sys.readAloud().saying(text) ? ui.t("kit.read_aloud.stop") : ui.t("kit.read_aloud.start");
}

}  // namespace

bool canReadAloud(Ui& ui) { return ui.sys.readAloud().available(); }

float speakerDp(const Ui& ui) { return ui.beeldmodus ? 60.0f : 48.0f; }

void drawSpeaker(Ui& ui, ImDrawList* dl, ImVec2 a, ImVec2 b, const std::string& text, float alpha) {
    const bool on = ui.sys.readAloud().saying(text);
    const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    const float r = std::min(b.x - a.x, b.y - a.y) / 2 - ui.dp(3);
    const Theme& t = ui.theme;
    fillCircle(dl, c, r, withAlpha(on ? t.primarySoft : t.surface, alpha));
    // The ring is the control's edge: outline colour (3:1), the selection colour while speaking.
    dl->AddCircle(c, r - ui.dp(1), withAlpha(on ? t.primary : t.outline, alpha), 32, on ? ui.dp(3) : ui.dp(1.5f));
    drawPictogram(ui, dl, on ? "stop-button" : "speaker", c, r * 1.25f, alpha);
}

bool speakerOverlay(Ui& ui, const std::string& text, const std::string& id, ImVec2 a, ImVec2 b) {
    if (text.empty() || !canReadAloud(ui)) return false;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID gid = window->GetID(id.c_str());
    const ImRect bb(a, b);
    // An item without layout: it lies on top of another one. Registered even
    // when scrolled out of view, so the test driver can scroll to it.
    const bool shown = ImGui::ItemAdd(bb, gid);
    ui.target(targetLabel(ui, text), id);
    if (!shown) return false;
    bool hovered = false, held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, gid, &hovered, &held);
    if (pressed) toggle(ui, text);
    return pressed;
}

bool speakerButton(Ui& ui, const std::string& text, const std::string& id) {
    if (text.empty() || !canReadAloud(ui)) return false;
    const float s = ui.dp(speakerDp(ui));
    const bool pressed = touchArea(ui, targetLabel(ui, text), id, ImVec2(s, s)).tapped;
    if (pressed) toggle(ui, text);
    drawSpeaker(ui, ImGui::GetWindowDrawList(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), text);
    return pressed;
}

void instruction(Ui& ui, const std::string& id, const std::string& pictogram, const std::string& shortText,
                 const std::string& fullText, ImU32 colour, const std::string& spoken) {
    const auto& f = ui.fonts();
    const float col = ui.columnWidth();
    const bool voice = canReadAloud(ui);
    const float speaker = voice ? ui.dp(speakerDp(ui)) : 0;
    const float gapX = ui.dp(12);
    const bool big = ui.beeldmodus && !shortText.empty();
    const float picto = big && !pictogram.empty() ? ui.dp(56) : 0;
    const std::string& text = big ? shortText : fullText;
    ImFont* font = big ? f.title : f.body;
    const float textW = col - (picto ? picto + gapX : 0) - (voice ? speaker + gapX : 0);
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, textW, text.c_str());
    const float h = std::max({ts.y, picto, speaker});
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(col, h));
    ui.marker(text, id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = p.x;
    if (picto) {
        drawPictogram(ui, dl, pictogram, ImVec2(x + picto / 2, p.y + h / 2), picto);
        x += picto + gapX;
    }
    const ImU32 ink = big ? ui.theme.text : (colour ? colour : ui.theme.text);
    dl->AddText(font, font->FontSize, ImVec2(x, p.y + (h - ts.y) / 2), ink, text.c_str(), nullptr, textW);
    if (voice) {
        const ImVec2 a(p.x + col - speaker, p.y + (h - speaker) / 2), b(a.x + speaker, a.y + speaker);
        const std::string& said = !spoken.empty() ? spoken : !fullText.empty() ? fullText : shortText;
        speakerOverlay(ui, said, id + ".speak", a, b);
        drawSpeaker(ui, dl, a, b, said);
    }
}

}  // namespace samenspel::ui
