#include "ui/shell/session_row.h"

#include <algorithm>

#include "ui/kit/dates.h"
#include "ui/kit/shapes.h"
#include "ui/kit/widgets.h"
#include "ui/shell/home_screen.h"

namespace samenspel::ui {

std::string statusWord(const Ui& ui, SessionStatus status) {
    switch (status) {
    case SessionStatus::InProgress: return ui.t("shell.status.in_progress");
    case SessionStatus::Finished: return ui.t("shell.status.finished");
    case SessionStatus::Stopped: return ui.t("shell.status.stopped");
    case SessionStatus::Exported: return ui.t("shell.status.exported");
    }
    return {};
}

const char* statusPictogram(SessionStatus status) {
    switch (status) {
    case SessionStatus::InProgress: return "hourglass";
    case SessionStatus::Finished: return "chequered-flag";
    case SessionStatus::Stopped: return "raised-hand";
    case SessionStatus::Exported: return "export";
    }
    return "info";
}

std::string sessionFacts(const Ui& ui, const SessionInfo& s) {
    std::string facts =
        s.deck && s.deck->kind == GameKind::Samenleer
            ? ui.t("shell.session.samenleer_people")
            : ui.tn("shell.session.players", s.players) + " · " + ui.tn("shell.session.rounds", s.rounds);
    if (s.unsaved) facts += " · " + ui.t("table.session.unsaved");
    return facts;
}

std::string sessionTitle(const Ui& ui, const SessionInfo& s) {
    return s.deck ? s.deck->title : ui.t("shell.session.unknown_deck");
}

bool sessionRow(Ui& ui, const SessionInfo& s, const std::string& id, const std::string& action, float width) {
    const auto& f = ui.fonts();
    const float w = width > 0 ? width : ui.columnWidth(), pad = ui.dp(14),
                picto = ui.dp(ui.beeldmodus ? 52 : 40);  // pictures lead in Beeldmodus
    const std::string title = sessionTitle(ui, s);
    const std::string line1 =
        action.empty() ? title : ui.tf("shell.session.action", {{"action", action}, {"title", title}});
    const std::string when = dateTime(ui.words, s.startedAtMs);
    const std::string facts = sessionFacts(ui, s);
    const SessionStatus status = statusOf(s);
    const std::string word = statusWord(ui, status);
    const float textW = w - 2 * pad - picto - ui.dp(12);
    // The date, then the facts, each on its own line: a long date never
    // splits "3 spelers" at the largest text.
    const ImVec2 l1 = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, textW, line1.c_str());
    const ImVec2 l2 = f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, textW, when.c_str());
    const ImVec2 l3 =
        facts.empty() ? ImVec2(0, 0) : f.small->CalcTextSizeA(f.small->FontSize, FLT_MAX, textW, facts.c_str());
    const float statusH = std::max(ui.dp(ui.beeldmodus ? 30 : 22), f.smallBold->FontSize * 1.2f);
    const float h = std::max(ui.dp(64), l1.y + l2.y + l3.y + statusH + ui.dp(12) + 2 * pad);
    const Touch touch = touchArea(ui, line1, id, ImVec2(w, h));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& t = ui.theme;
    fillRoundRect(dl, a, b, touch.held ? t.surfaceAlt : t.surface, ui.dp(12));
    dl->AddRect(a, b, t.divider, ui.dp(12), 0, ui.dp(1));
    const ImU32 colour = s.deck ? deckColour(*s.deck) : t.textMuted;
    const ImVec2 pc(a.x + pad + picto / 2, a.y + pad + picto / 2);
    fillCircle(dl, pc, picto / 2, mix(colour, IM_COL32_WHITE, 0.85f));
    if (s.deck) drawPictogram(ui, dl, deckPictogram(*s.deck), pc, picto * 0.72f);
    const float x = a.x + pad + picto + ui.dp(12);
    float y = a.y + pad;
    dl->AddText(f.bold, f.bold->FontSize, ImVec2(x, y), t.text, line1.c_str(), nullptr, textW);
    y += l1.y + ui.dp(4);
    dl->AddText(f.small, f.small->FontSize, ImVec2(x, y), t.textMuted, when.c_str(), nullptr, textW);
    y += l2.y;
    if (!facts.empty())
        dl->AddText(f.small, f.small->FontSize, ImVec2(x, y), t.textMuted, facts.c_str(), nullptr, textW);
    y += l3.y + ui.dp(6);
    // Where it stands: a pictogram and a word.
    const float sp = std::max(ui.dp(ui.beeldmodus ? 28 : 20), f.smallBold->FontSize * 1.2f);
    drawPictogram(ui, dl, statusPictogram(status), ImVec2(x + sp / 2, y + statusH / 2), sp);
    dl->AddText(f.smallBold, f.smallBold->FontSize,
                ImVec2(x + sp + ui.dp(6), y + (statusH - f.smallBold->FontSize) / 2), t.text, word.c_str());
    // The status is also a marker, so a script can expect it.
    const ImVec2 keep = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::Dummy(
        ImVec2(sp + ui.dp(6) + f.smallBold->CalcTextSizeA(f.smallBold->FontSize, FLT_MAX, 0, word.c_str()).x, statusH));
    ui.marker(word, id + ".status");
    ImGui::SetCursorScreenPos(keep);
    return touch.tapped;
}

}  // namespace samenspel::ui
