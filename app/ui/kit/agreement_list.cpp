#include "ui/kit/agreement_list.h"

#include <algorithm>

#include "platform/speech/speech.h"
#include "ui/kit/fit_text.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/shapes.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {

// One agreement's tile, laid out for `w`: pictogram, label and (not in
// Beeldmodus) its text; the text is heard through the speaker.
struct AgreementTile {
    float w = 0, h = 0, pad = 0, picto = 0, speaker = 0, textW = 0;
    FittedFont label;
    ImVec2 labelSize, textSize;
};

AgreementTile layoutTile(Ui& ui, const Card& c, float w, const FittedFont& label) {
    const auto& f = ui.fonts();
    const bool big = ui.beeldmodus;
    AgreementTile t;
    t.w = w;
    t.pad = ui.dp(14);
    t.picto = ui.dp(big ? 64 : 48);
    t.speaker = canReadAloud(ui) ? ui.dp(speakerDp(ui)) : 0;
    t.textW = w - 2 * t.pad - t.picto - ui.dp(12) - (t.speaker ? t.speaker + ui.dp(8) : 0);
    t.label = label;
    t.labelSize = t.label.font->CalcTextSizeA(t.label.size, FLT_MAX, t.textW, c.label.c_str());
    const FittedFont body = fitWords({f.body}, c.text, t.textW);
    t.textSize = big ? ImVec2(0, 0) : body.font->CalcTextSizeA(body.size, FLT_MAX, t.textW, c.text.c_str());
    t.h = std::max({t.picto, t.speaker, t.labelSize.y + (big ? 0 : ui.dp(4) + t.textSize.y)}) + 2 * t.pad;
    return t;
}

void drawTile(Ui& ui, const Card& c, const AgreementTile& t, float h, int index) {
    const auto& f = ui.fonts();
    const bool big = ui.beeldmodus;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const std::string said = speech::cardSpeech(c.label, c.text);
    const ImVec2 sa(p.x + t.w - t.pad / 2 - t.speaker, p.y + (h - t.speaker) / 2),
        sb(sa.x + t.speaker, sa.y + t.speaker);
    if (t.speaker) speakerOverlay(ui, said, "agreement." + c.id + ".speak", sa, sb);
    ImGui::Dummy(ImVec2(t.w, h));
    ui.marker(c.label, "agreement." + c.id);
    const float e = easeOut(ui.appear("agree:" + c.id, 260, 70.0 * index));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int vtx0 = dl->VtxBuffer.Size;
    fillRoundRect(dl, p, ImVec2(p.x + t.w, p.y + h), ui.theme.surface, ui.dp(14));
    dl->AddRect(p, ImVec2(p.x + t.w, p.y + h), ui.theme.divider, ui.dp(14), 0, ui.dp(big ? 1.5f : 1));
    drawPictogram(ui, dl, c.pictogram, ImVec2(p.x + t.pad + t.picto / 2, p.y + h / 2), t.picto);
    const float x = p.x + t.pad + t.picto + ui.dp(12);
    const float ty = big ? p.y + (h - t.labelSize.y) / 2 : p.y + t.pad;
    dl->AddText(t.label.font, t.label.size, ImVec2(x, ty), ui.theme.text, c.label.c_str(), nullptr, t.textW);
    if (!big) {
        const FittedFont body = fitWords({f.body}, c.text, t.textW);
        dl->AddText(body.font, body.size, ImVec2(x, p.y + t.pad + t.labelSize.y + ui.dp(4)), ui.theme.textMuted,
                    c.text.c_str(), nullptr, t.textW);
    }
    if (t.speaker) drawSpeaker(ui, dl, sa, sb, said);
    for (int v = vtx0; v < dl->VtxBuffer.Size; ++v) {
        dl->VtxBuffer[v].pos.y += (1 - e) * ui.dp(16);
        dl->VtxBuffer[v].col = withAlpha(dl->VtxBuffer[v].col, e);
    }
}

}  // namespace

void agreementList(Ui& ui, const std::vector<const Card*>& cards) {
    const float col = ui.columnWidth(), spacing = ImGui::GetStyle().ItemSpacing.x;
    const int cols = col >= ui.dp(600) ? 2 : 1;
    const float w = (col - spacing * (cols - 1)) / cols;
    // One label size for all tiles: the largest at which every label wraps between words.
    FittedFont label{ui.beeldmodus ? ui.fonts().title : ui.fonts().bold, 0};
    label.size = label.font->FontSize;
    for (const Card* c : cards) {
        const float textW = layoutTile(ui, *c, w, label).textW;
        const FittedFont f = fitWords({label.font}, c->label, textW);
        label.size = std::min(label.size, f.size);
    }
    for (std::size_t i = 0; i < cards.size(); i += cols) {
        float h = 0;
        std::vector<AgreementTile> row;
        for (std::size_t k = i; k < std::min(cards.size(), i + cols); ++k) {
            row.push_back(layoutTile(ui, *cards[k], w, label));
            h = std::max(h, row.back().h);
        }
        for (std::size_t k = 0; k < row.size(); ++k) {
            if (k) ImGui::SameLine();
            drawTile(ui, *cards[i + k], row[k], h, static_cast<int>(i + k));
        }
    }
}

}  // namespace samenspel::ui
