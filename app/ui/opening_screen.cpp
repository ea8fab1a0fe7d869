#include "ui/opening_screen.h"
#include "ui/shapes.h"

#include "ui/people.h"
#include "ui/widgets.h"

namespace samenspel::ui {

std::optional<Action> OpeningScreen::draw(Ui& ui, const Game& game, bool* backTapped) {
    const auto& s = *game.samenleer();
    const Deck& deck = game.deck();
    const auto& f = ui.fonts();
    std::optional<Action> out;
    *backTapped = beginScreen(ui, "Onze afspraken", true, "Voor we beginnen");
    beginBody(ui, scroll, 2);
    paragraph(ui, "Lees de afspraken samen. Doen jullie allebei mee?");
    gap(ui, 4);
    int i = 0;
    for (const Card* c : deck.cardsOfKind("agreement")) {
        const float col = ui.columnWidth(), pad = ui.dp(14), picto = ui.dp(48);
        const float textW = col - 2 * pad - picto - ui.dp(12);
        const ImVec2 ls = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, textW, c->label.c_str());
        const ImVec2 ts = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, textW, c->text.c_str());
        const float h = std::max(picto, ls.y + ui.dp(4) + ts.y) + 2 * pad;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(col, h));
        ui.target(c->label, "agreement." + c->id);
        const float e = easeOut(ui.appear("agree:" + c->id, 260, 70.0 * i++));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const int vtx0 = dl->VtxBuffer.Size;
        fillRoundRect(dl, p, ImVec2(p.x + col, p.y + h), ui.theme.surface, ui.dp(14));
        dl->AddRect(p, ImVec2(p.x + col, p.y + h), ui.theme.divider, ui.dp(14), 0, ui.dp(1));
        drawPictogram(ui, dl, c->pictogram, ImVec2(p.x + pad + picto / 2, p.y + pad + picto / 2), picto);
        const float x = p.x + pad + picto + ui.dp(12);
        dl->AddText(f.bold, f.bold->FontSize, ImVec2(x, p.y + pad), ui.theme.text, c->label.c_str(), nullptr, textW);
        dl->AddText(f.body, f.body->FontSize, ImVec2(x, p.y + pad + ls.y + ui.dp(4)), ui.theme.textMuted, c->text.c_str(),
                    nullptr, textW);
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
