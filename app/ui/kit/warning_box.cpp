#include "ui/kit/warning_box.h"

#include <algorithm>

#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/shapes.h"
#include "ui/kit/ui.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

float drawWarningBox(Ui& ui, const WarningBox& box, ImVec2 p, float width, bool* tapped) {
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    const bool warn = box.tone == BoxTone::Warning;
    const ImU32 edge = warn ? t.danger : t.primary;
    const ImU32 fill = warn ? mix(t.danger, IM_COL32_WHITE, 0.9f) : t.primarySoft;
    const std::string& picto = !box.pictogram.empty() ? box.pictogram
                               : warn                 ? std::string("warning")
                                                      : std::string("info");
    const float pad = ui.dp(14), pictoW = ui.dp(32), gapX = ui.dp(12);
    // Wide screens put the button beside the text, phones below it.
    const bool hasButton = !box.button.empty();
    const bool beside = hasButton && width >= ui.dp(560);
    const float buttonW = beside ? ui.dp(200) : width - 2 * pad;
    const float speaker = box.speaker && canReadAloud(ui) ? ui.dp(speakerDp(ui)) : 0;
    const float textW =
        width - 2 * pad - pictoW - gapX - (beside ? buttonW + gapX : 0) - (speaker ? speaker + gapX : 0);
    const ImVec2 th =
        box.title.empty() ? ImVec2(0, 0) : f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, textW, box.title.c_str());
    const ImVec2 tt =
        box.text.empty() ? ImVec2(0, 0) : f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, textW, box.text.c_str());
    const float between = th.y > 0 && tt.y > 0 ? ui.dp(4) : 0;
    const float textH = th.y + between + tt.y;
    const float buttonH = ui.dp(52);
    const float inner = !hasButton ? std::max({textH, pictoW, speaker})
                        : beside   ? std::max({textH, pictoW, buttonH})
                                   : std::max(textH, pictoW) + ui.dp(12) + buttonH;
    const float h = pad + inner + pad;
    const ImVec2 c(p.x + width, p.y + h);
    // The speaker first, so it wins its taps; drawn after the fill.
    const std::string said = box.title.empty() ? box.text : box.text.empty() ? box.title : box.title + " " + box.text;
    const ImVec2 sa(c.x - pad - speaker - (beside ? buttonW + gapX : 0), p.y + pad), sb(sa.x + speaker, sa.y + speaker);
    if (speaker) speakerOverlay(ui, said, box.id + ".speak", sa, sb);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    fillRoundRect(dl, p, c, fill, ui.dp(12));
    dl->AddRect(p, c, edge, ui.dp(12), 0, ui.dp(2));
    drawPictogram(ui, dl, picto, ImVec2(p.x + pad + pictoW / 2, p.y + pad + pictoW / 2), pictoW);
    const float tx = p.x + pad + pictoW + gapX;
    // A line shorter than the pictogram sits level with its middle.
    const float ty = p.y + pad + std::max(0.0f, (pictoW - textH) / 2);
    if (!box.title.empty())
        dl->AddText(f.bold, f.bold->FontSize, ImVec2(tx, ty), t.text, box.title.c_str(), nullptr, textW);
    if (!box.text.empty())
        dl->AddText(f.body, f.body->FontSize, ImVec2(tx, ty + th.y + between), t.text, box.text.c_str(), nullptr,
                    textW);
    if (speaker) drawSpeaker(ui, dl, sa, sb, said);
    // The words are registered too, so a script can `expect` them.
    ImGui::SetCursorScreenPos(ImVec2(tx, ty));
    ImGui::Dummy(ImVec2(textW, std::max(textH, 1.0f)));
    if (!box.id.empty()) ui.marker(box.title.empty() ? box.text : box.title, box.id);
    bool pressed = false;
    if (hasButton) {
        const ImVec2 bp =
            beside ? ImVec2(c.x - pad - buttonW, p.y + (h - buttonH) / 2) : ImVec2(p.x + pad, c.y - pad - buttonH);
        ImGui::SetCursorScreenPos(bp);
        ButtonStyle st;
        st.look = warn ? Look::Danger : Look::Primary;
        st.width = buttonW;
        st.pictogram = box.buttonPictogram;
        pressed = button(ui, box.button, box.buttonId, st);
    }
    if (tapped) *tapped = pressed;
    return h;
}

bool warningBox(Ui& ui, const WarningBox& box) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    bool tapped = false;
    const float h = drawWarningBox(ui, box, p, ui.columnWidth(), &tapped);
    ImGui::SetCursorScreenPos(p);
    ImGui::Dummy(ImVec2(ui.columnWidth(), h));
    return tapped;
}

}  // namespace samenspel::ui
