#include "ui/tegenwicht/round_intro_screen.h"
#include "ui/kit/shapes.h"

#include <algorithm>

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/tegenwicht/tegenwicht_header.h"
#include "ui/tegenwicht/timer_ring.h"

namespace samenspel::ui {

Choice RoundIntroScreen::draw(Ui& ui, const Game& game) {
    const auto& s = *game.tegenwicht();
    const auto& r = s.current();
    Choice choice;
    const std::string round =
        ui.tf("tegenwicht.round_of", {{"n", std::to_string(r.number)}, {"total", std::to_string(s.setup.rounds)}});
    if (beginTegenwichtScreen(ui, "tegenwicht.intro", round, ui.t("tegenwicht.title"))) choice = Choice::back();
    beginBody(ui, scroll, 1, r.number);
    gap(ui, 12);
    const float e = easeOut(ui.appear("intro:" + std::to_string(r.number), 320));
    const float grow = 0.8f + 0.2f * e, size = ui.dp(120) * grow;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ui.columnWidth() - size) / 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fillCircle(dl, ImVec2(p.x + size / 2, p.y + size / 2), size / 2, ui.theme.primarySoft);
    drawPictogramScaled(ui, dl, seatAvatar(s.setup, r.inbrenger), ImVec2(p.x + size / 2, p.y + size / 2),
                        ui.dp(120) * 0.75f, grow, e);
    gap(ui, 4);
    const std::string who = seatName(s.setup, r.inbrenger);
    // The name centred; a long one wraps between words rather than being cut.
    ImGui::PushFont(ui.fonts().title);
    const float w = ImGui::CalcTextSize(who.c_str()).x;
    if (w <= ui.columnWidth()) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ui.columnWidth() - w) / 2);
        ImGui::TextUnformatted(who.c_str());
    } else {
        ImGui::TextWrapped("%s", who.c_str());
    }
    ImGui::PopFont();
    {
        const char* role = ui.t("tegenwicht.intro.role").c_str();
        const float rw = ImGui::CalcTextSize(role).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ui.columnWidth() - rw) / 2));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.textMuted));
        ImGui::TextWrapped("%s", role);
        ImGui::PopStyleColor();
    }
    // Who tells is the group's choice: the next in turn by default, another
    // seat by tapping its avatar, until the first card is picked.
    if (canChooseInbrenger(s)) {
        gap(ui, 4);
        const std::string& ask = ui.t("tegenwicht.intro.choose");
        instruction(ui, "round.choose", "person-raising-hand", ask, ui.t("tegenwicht.intro.choose_hint"),
                    ui.theme.textMuted);
        const int n = static_cast<int>(s.seatCount());
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        int cols = std::min(n, ui.columnWidth() >= ui.dp(600) ? 8 : 4);
        while (cols > 1 && (ui.columnWidth() - spacing * (cols - 1)) / cols < ui.dp(76)) --cols;
        const float tw = (ui.columnWidth() - spacing * (cols - 1)) / cols;
        for (int seat = 0; seat < n; ++seat) {
            if (seat % cols) ImGui::SameLine();
            if (pictogramTile(ui, seatAvatar(s.setup, seat), seatName(s.setup, seat),
                              "round.inbrenger." + std::to_string(seat), ImVec2(tw, ui.dp(96)), seat == r.inbrenger) &&
                seat != r.inbrenger)
                choice = Choice::play(tw::chooseInbrenger(r.number, seat));
        }
    }
    gap(ui, 8);
    timerRing(ui, "timer.speak", speakElapsedMs, s.setup.speakTimerSeconds, ui.t("tegenwicht.timer.speak"));
    const std::string tell = ui.tf("tegenwicht.intro.tell", {{"name", who}});
    const std::string& tellMore = ui.t("tegenwicht.intro.tell_more");
    if (!ui.beeldmodus) heading(ui, tell);
    instruction(ui, "round.tell", "speaking-head", ui.t("tegenwicht.intro.tell_short"), tellMore, 0,
                tell + " " + tellMore);
    gap(ui, 4);
    // Set-up and this screen agree: at an open table everyone may see the
    // cards, so they pick in turn, not "in stilte".
    const bool shared = s.setup.mode == TableMode::SharedTable;
    const std::string& pick = shared ? ui.t("tegenwicht.intro.pick_shared") : ui.t("tegenwicht.intro.pick_pass");
    const std::string& pickShort =
        shared ? ui.t("tegenwicht.intro.pick_shared_short") : ui.t("tegenwicht.intro.pick_pass_short");
    const std::string& pickMore = ui.t("tegenwicht.intro.pick_more");
    if (!ui.beeldmodus) heading(ui, pick);
    instruction(ui, "round.pick", shared ? "eye" : "shushing-face", pickShort, pickMore, ui.theme.textMuted,
                pick + " " + pickMore);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "speaking-head";
    if (button(ui, ui.t("tegenwicht.intro.ready"), "round.ready", st))
        choice = Choice::play(tw::startPicking(game.tegenwicht()->current().number));
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
