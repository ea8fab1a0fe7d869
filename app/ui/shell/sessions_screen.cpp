#include "ui/shell/sessions_screen.h"

#include <algorithm>

#include "ui/kit/warning_box.h"
#include "ui/kit/widgets.h"
#include "ui/shell/session_row.h"

namespace samenspel::ui {

namespace {

// Asks before a session is removed; on a finished session that was never
// exported a second, sharper question. Returns the choice once the last
// question is answered with yes.
Choice confirmDelete(Ui& ui, SessionsScreen& screen, const SessionInfo& s, const std::string& id) {
    Choice choice;
    const bool unexported = s.finished && !s.exported;
    WarningBox box;
    box.id = id + ".confirm";
    box.speaker = true;
    if (screen.step == 1) {
        box.title = ui.t("shell.sessions.delete_title");
        box.text = ui.t("shell.sessions.delete_text");
    } else {
        box.title = ui.t("shell.sessions.unexported_title");
        box.text = ui.t("shell.sessions.unexported_text");
    }
    warningBox(ui, box);
    if (screen.scrollToConfirm) ImGui::SetScrollHereY(0.3f), screen.scrollToConfirm = false;
    gap(ui, 4);
    ButtonStyle yes;
    yes.look = Look::Danger;
    yes.pictogram = "cross-mark";
    const bool lastQuestion = screen.step == 2 || !unexported;
    if (button(ui, screen.step == 1 ? ui.t("shell.sessions.delete_yes") : ui.t("shell.sessions.delete_yes_anyway"),
               id + ".delete.yes", yes)) {
        if (lastQuestion) {
            choice = intent::DeleteRecord{s.id, screen.step == 2};
            screen.confirming.clear(), screen.step = 0;
        } else {
            screen.step = 2, screen.scrollToConfirm = true;
        }
    }
    if (screen.step == 2) {
        ButtonStyle exp;
        exp.look = Look::Secondary;
        exp.pictogram = "export";
        if (button(ui, ui.t("shell.sessions.export_first"), id + ".delete.export", exp)) {
            choice = intent::OpenExport{false};
            screen.confirming.clear(), screen.step = 0;
        }
    }
    ButtonStyle no;
    no.look = Look::Quiet;
    if (button(ui, ui.t("shell.sessions.delete_no"), id + ".delete.no", no)) screen.confirming.clear(), screen.step = 0;
    return choice;
}

}  // namespace

Choice SessionsScreen::draw(Ui& ui, const std::vector<SessionInfo>& past) {
    Choice choice;
    // A session removed (or gone) is no longer asked about.
    if (!confirming.empty() &&
        std::none_of(past.begin(), past.end(), [&](const SessionInfo& s) { return s.id == confirming; }))
        confirming.clear(), step = 0;
    ScreenHeader header;
    header.id = "shell.sessions";
    header.title = ui.t("shell.sessions.title");
    header.subtitle = ui.tn("shell.sessions.count", static_cast<long>(past.size()));
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = Choice::back();
    beginBody(ui, scroll, 0);
    if (past.empty()) paragraph(ui, ui.t("shell.home.no_past"), ui.theme.textMuted);
    for (std::size_t i = 0; i < past.size(); ++i) {
        const auto& s = past[i];
        const std::string id = "sessions." + std::to_string(i);
        if (sessionRow(ui, s, id, "")) choice = intent::OpenRecord{s.id};
        if (confirming == s.id) {
            if (Choice c = confirmDelete(ui, *this, s, id)) choice = c;
        } else {
            // Quiet, under its own row: removing is never the first thing a finger hits.
            ButtonStyle st;
            st.look = Look::Quiet;
            st.pictogram = "cross-mark";
            st.width = std::min(ui.columnWidth(), ui.dp(200));
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ui.columnWidth() - st.width);
            if (button(ui, ui.t("shell.sessions.delete"), id + ".delete", st)) {
                confirming = s.id, step = 1, scrollToConfirm = true;
                ui.keepAnimating();
            }
        }
        gap(ui, 8);
    }
    endBody(ui, scroll);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
