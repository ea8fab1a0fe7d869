#include "ui/samenleer/opening_screen.h"
#include "ui/kit/shapes.h"

#include <algorithm>

#include "platform/speech/speech.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

std::optional<Action> OpeningScreen::draw(Ui& ui, const Game& game, bool* backTapped) {
    const auto& s = *game.samenleer();
    const Deck& deck = game.deck();
    const auto& f = ui.fonts();
    std::optional<Action> out;
    *backTapped = beginScreen(ui, "Onze afspraken", true, "Voor we beginnen");
    beginBody(ui, scroll, 2);
    instruction(ui, "opening.hint", "handshake", "Dit spreken we af.", "Lees de afspraken samen. Doen jullie allebei mee?");
    gap(ui, 4);
    // Each agreement: pictogram, label and text; in Beeldmodus the pictogram
    // and label large, the text heard through the speaker.
    const bool big = ui.beeldmodus;
    const bool voice = canReadAloud(ui);
    int i = 0;
    for (const Card* c : deck.cardsOfKind("agreement")) {
        const float col = ui.columnWidth(), pad = ui.dp(14), picto = ui.dp(big ? 64 : 48);
        const float speaker = voice ? ui.dp(speakerDp(ui)) : 0;
        const float textW = col - 2 * pad - picto - ui.dp(12) - (voice ? speaker + ui.dp(8) : 0);
        ImFont* labelFont = big ? f.title : f.bold;
        const ImVec2 ls = labelFont->CalcTextSizeA(labelFont->FontSize, FLT_MAX, textW, c->label.c_str());
        const ImVec2 ts = big ? ImVec2(0, 0) : f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, textW, c->text.c_str());
        const float h = std::max({picto, speaker, ls.y + (big ? 0 : ui.dp(4) + ts.y)}) + 2 * pad;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const std::string said = speech::cardSpeech(c->label, c->text);
        const ImVec2 sa(p.x + col - pad / 2 - speaker, p.y + (h - speaker) / 2), sb(sa.x + speaker, sa.y + speaker);
        if (voice) speakerOverlay(ui, said, "agreement." + c->id + ".speak", sa, sb);
        ImGui::Dummy(ImVec2(col, h));
        ui.marker(c->label, "agreement." + c->id);
        const float e = easeOut(ui.appear("agree:" + c->id, 260, 70.0 * i++));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const int vtx0 = dl->VtxBuffer.Size;
        fillRoundRect(dl, p, ImVec2(p.x + col, p.y + h), ui.theme.surface, ui.dp(14));
        dl->AddRect(p, ImVec2(p.x + col, p.y + h), ui.theme.divider, ui.dp(14), 0, ui.dp(big ? 1.5f : 1));
        drawPictogram(ui, dl, c->pictogram, ImVec2(p.x + pad + picto / 2, p.y + h / 2), picto);
        const float x = p.x + pad + picto + ui.dp(12);
        const float ty = big ? p.y + (h - ls.y) / 2 : p.y + pad;
        dl->AddText(labelFont, labelFont->FontSize, ImVec2(x, ty), ui.theme.text, c->label.c_str(), nullptr, textW);
        if (!big)
            dl->AddText(f.body, f.body->FontSize, ImVec2(x, p.y + pad + ls.y + ui.dp(4)), ui.theme.textMuted,
                        c->text.c_str(), nullptr, textW);
        if (voice) drawSpeaker(ui, dl, sa, sb, said);
        for (int v = vtx0; v < dl->VtxBuffer.Size; ++v) {
            dl->VtxBuffer[v].pos.y += (1 - e) * ui.dp(16);
            dl->VtxBuffer[v].col = withAlpha(dl->VtxBuffer[v].col, e);
        }
    }
    endBody(ui, scroll);
    beginFooter(ui);
    for (int seat = 0; seat < 2; ++seat) {
        ButtonStyle st;
        st.look = s.agreed[seat] ? Look::Secondary : Look::Primary;
        st.selected = s.agreed[seat];
        st.accent = seat == kCoach ? ui.theme.coach : ui.theme.jobseeker;
        st.pictogram = seatAvatar(s.setup, seat);
        const std::string label = personName(s.setup, seat) + (s.agreed[seat] ? ": doet mee" : ": ik doe mee");
        if (button(ui, label, seat == kCoach ? "agree.coach" : "agree.jobseeker", st) && !s.agreed[seat])
            out = sl::agree(seat);
    }
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
