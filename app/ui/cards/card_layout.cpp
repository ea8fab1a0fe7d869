#include "ui/cards/card_layout.h"

#include <algorithm>

#include "platform/speech/speech.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {
constexpr float kBandDp = 44, kCompactBandDp = 30, kPadDp = 16, kMoreDp = 52;

// A phone's card is about this wide; its text is the body size.
constexpr float kPhoneCardDp = 360;
// Across a table (a tablet: the screen's short side at least this many dp)
// card text is at least this much larger; never more than kMaxTextScale.
constexpr float kTabletDp = 600, kTableTextScale = 1.3f, kMaxTextScale = 1.5f;
// A line of card text keeps room for this many body-sized dp at least
// (about 20 characters at the larger size), so it never leaves a word or
// two a line.
constexpr float kMinLineDp = 155;

float textHeight(ImFont* font, const std::string& text, float width, float size = 0) {
    if (size <= 0) size = font->FontSize;
    return text.empty() ? 0 : font->CalcTextSizeA(size, FLT_MAX, width, text.c_str()).y;
}

// The label's font and size so that every word fits on a line: the
// preferred font, else the fallback, else the fallback shrunk (not below
// 60%). A long word ("Zelfvertrouwen" at Heel groot on a narrow card) is
// never broken in the middle; the label wraps only between words.
void fitLabel(CardLayout& L, ImFont* preferred, ImFont* fallback, const std::string& label, float width) {
    L.labelFont = preferred;
    L.labelSize = preferred->FontSize;
    if (wordsFit(preferred, label, width)) return;
    L.labelFont = fallback;
    L.labelSize = fallback->FontSize;
    for (int i = 0; i < 6 && !wordsFit(fallback, label, width * fallback->FontSize / L.labelSize); ++i)
        L.labelSize *= 0.92f;
}
}  // namespace

float cardTextSize(Ui& ui, const std::string& text, float width) {
    ImFont* body = ui.fonts().body;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool table = std::min(display.x, display.y) >= ui.dp(kTabletDp);
    float k = std::max(width / ui.dp(kPhoneCardDp), table ? kTableTextScale : 1.0f);
    k = std::clamp(std::min(k, width / ui.dp(kMinLineDp)), 1.0f, kMaxTextScale);
    // Shrink until every word fits its line (a long word at the largest text
    // step on a narrow card), as the label does; not below 70%.
    for (int i = 0; i < 12 && k > 0.7f && !wordsFit(body, text, width / k); ++i) k *= 0.95f;
    return body->FontSize * k;
}

std::string sourceLine(Ui& ui, const CardFace& face) {
    return face.source.empty() ? std::string() : ui.tf("cards.source", {{"name", face.source}});
}

std::string cardSpeechText(const CardFace& face) { return speech::cardSpeech(face.label, face.text); }
std::string moreKey(const CardFace& face) { return "more:" + face.id; }

CardLayout layoutCard(Ui& ui, const CardFace& face, float width, CardSize kind) {
    const auto& f = ui.fonts();
    CardLayout L;
    const float pad = ui.dp(kPadDp);
    L.speaker = !face.label.empty() && canReadAloud(ui);
    const float speaker = L.speaker ? ui.dp(speakerDp(ui)) : 0;
    const bool hasText = !face.text.empty() && face.text != face.label;

    if (kind == CardSize::Full && !ui.beeldmodus) {
        // Normal: the speaker sits in the band, the long text is on the face.
        L.band = L.speaker ? std::max(ui.dp(kBandDp), speaker + ui.dp(8)) : ui.dp(kBandDp);
        const float inner = width - 2 * pad;
        L.picto = std::min(ui.dp(120), width * 0.34f);
        L.pictoCentre = ImVec2(width / 2, L.band + pad + L.picto / 2);
        fitLabel(L, f.title, f.bold, face.label, inner);
        L.labelPos = ImVec2(pad, L.band + pad + L.picto + ui.dp(10));
        L.labelWidth = inner;
        const float lh = textHeight(L.labelFont, face.label, inner, L.labelSize);
        L.showText = hasText;
        L.textPos = ImVec2(pad, L.labelPos.y + lh + ui.dp(8));
        L.textWidth = inner;
        L.textSize = cardTextSize(ui, face.text, inner);
        const float th = hasText ? ui.dp(8) + textHeight(f.body, face.text, inner, L.textSize) : 0;
        L.speakerMin = ImVec2(width - ui.dp(4) - speaker, (L.band - speaker) / 2);
        L.height = L.labelPos.y + lh + th + pad;
        if (!face.source.empty()) {
            // The study's own name, quoted, under our words.
            L.showSource = true;
            L.sourcePos = ImVec2(pad, L.height - pad + ui.dp(8));
            L.height += ui.dp(8) + textHeight(f.small, sourceLine(ui, face), inner);
        }
    } else if (kind == CardSize::Full) {
        // Beeldmodus: a big pictogram, the label large and centred, the long text behind "meer".
        L.band = ui.dp(kBandDp);
        const float inner = width - 2 * pad;
        L.picto = std::min(ui.dp(150), width * 0.45f);
        L.pictoCentre = ImVec2(width / 2, L.band + pad + L.picto / 2);
        L.speakerMin = ImVec2(width - ui.dp(8) - speaker, L.band + ui.dp(8));
        fitLabel(L, f.title, f.bold, face.label, inner);
        L.labelPos = ImVec2(pad, L.band + pad + L.picto + ui.dp(12));
        L.labelWidth = inner;
        L.labelCentred = true;
        float y = L.labelPos.y + textHeight(L.labelFont, face.label, inner, L.labelSize) + ui.dp(12);
        L.more = hasText || !face.source.empty();
        L.open = L.more && ui.isOpen(moreKey(face));
        if (L.open) {
            L.showText = hasText;
            L.textPos = ImVec2(pad, y);
            L.textWidth = inner;
            L.textSize = cardTextSize(ui, face.text, inner);
            if (hasText) y += textHeight(f.body, face.text, inner, L.textSize) + ui.dp(12);
            if (!face.source.empty()) {
                L.showSource = true;
                L.sourcePos = ImVec2(pad, y);
                y += textHeight(f.small, sourceLine(ui, face), inner) + ui.dp(12);
            }
        }
        if (L.more) {
            L.moreMin = ImVec2(pad, y);
            L.moreMax = ImVec2(width - pad, y + ui.dp(kMoreDp));
            y += ui.dp(kMoreDp);
        }
        L.height = y + pad;
    } else if (!ui.beeldmodus) {
        // Normal compact: a small pictogram beside the label; the speaker in the band.
        L.band = L.speaker ? std::max(ui.dp(kCompactBandDp), speaker + ui.dp(4)) : ui.dp(kCompactBandDp);
        L.picto = ui.dp(40);
        const float y0 = L.band + ui.dp(12);
        L.pictoCentre = ImVec2(pad - ui.dp(4) + L.picto / 2, y0 + L.picto / 2);
        L.labelPos = ImVec2(pad - ui.dp(4) + L.picto + ui.dp(10), y0);
        L.labelWidth = width - pad - L.labelPos.x;
        fitLabel(L, f.bold, f.bold, face.label, L.labelWidth);
        L.speakerMin = ImVec2(width - ui.dp(2) - speaker, (L.band - speaker) / 2);
        L.height =
            L.band + std::max(L.picto, textHeight(L.labelFont, face.label, L.labelWidth, L.labelSize)) + 2 * ui.dp(12);
    } else {
        // Beeldmodus compact: the pictogram big with the speaker beside it, the label under both.
        L.band = ui.dp(34);
        const float inset = ui.dp(12);
        L.picto = std::min(ui.dp(72), width - speaker - ui.dp(40));
        const float row = std::max(L.picto, speaker);
        L.pictoCentre = ImVec2(inset + L.picto / 2, L.band + ui.dp(10) + row / 2);
        L.speakerMin = ImVec2(width - ui.dp(6) - speaker, L.band + ui.dp(10) + (row - speaker) / 2);
        const float inner = width - 2 * inset;
        fitLabel(L, f.title, f.bold, face.label, inner);
        L.labelPos = ImVec2(inset, L.band + ui.dp(10) + row + ui.dp(8));
        L.labelWidth = inner;
        L.height = L.labelPos.y + textHeight(L.labelFont, face.label, inner, L.labelSize) + ui.dp(14);
    }
    L.speakerMax = ImVec2(L.speakerMin.x + speaker, L.speakerMin.y + speaker);
    return L;
}

}  // namespace samenspel::ui
