#include "ui/tegenwicht/pass_device_screen.h"
#include "ui/kit/shapes.h"

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/tegenwicht/take_back_screen.h"
#include "ui/tegenwicht/tegenwicht_header.h"
#include "ui/tegenwicht/timer_ring.h"

namespace samenspel::ui {

Choice PassDeviceScreen::draw(Ui& ui, const Game& game, int seat) {
    const auto& s = *game.tegenwicht();
    const auto left = seatsStillToPick(s);
    const int picked = static_cast<int>(s.seatCount()) - 1 - static_cast<int>(left.size());
    Choice choice;
    const bool mayTakeBack = !seatsThatMayUnpick(s).empty();
    if (beginTegenwichtScreen(ui, "tegenwicht.pass", ui.t("tegenwicht.pass.title"),
                              ui.tf("tegenwicht.pass.subtitle", {{"n", std::to_string(s.current().number)},
                                                                 {"picked", std::to_string(picked)},
                                                                 {"total", std::to_string(s.seatCount() - 1)}})))
        choice = Choice::back();
    beginBody(ui, scroll, mayTakeBack ? 1 : 0, seat);
    timerRing(ui, "timer.round", roundElapsedMs, s.setup.roundTimerSeconds, ui.t("tegenwicht.timer.round"));
    gap(ui, 8);
    const std::string who = seatName(s.setup, seat);
    const std::string& open = ui.t("tegenwicht.pass.open");
    const std::string said =
        ui.t("tegenwicht.pass.give") + " " + who + ". " + open + ". " + ui.t("tegenwicht.pass.alone");
    if (ui.beeldmodus) {
        // Pictogram first: the device, then the name large, with a speaker.
        instruction(ui, "pass.give", "mobile-phone", who, said, 0, said);
    } else {
        paragraph(ui, ui.t("tegenwicht.pass.give"), ui.theme.textMuted);
        ImGui::PushFont(ui.fonts().title);
        ImGui::TextWrapped("%s", who.c_str());
        ImGui::PopFont();
    }
    gap(ui, 8);
    // The whole lower part is one big button: easy to hit when the device is handed over.
    const float w = ui.columnWidth();
    const float h = std::max(ui.dp(300), ImGui::GetContentRegionAvail().y - ui.dp(40));
    const Touch touch = touchArea(ui, open, "pass.open", ImVec2(w, h));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float e = easeOut(ui.appear("pass:" + std::to_string(seat), 300));
    fillRoundRect(dl, a, b, touch.held ? mix(ui.theme.primary, IM_COL32_BLACK, 0.15f) : ui.theme.primary, ui.dp(20));
    const float avatar = std::min(w, h) * 0.42f;
    const ImVec2 c((a.x + b.x) / 2, a.y + h * 0.40f);
    fillCircle(dl, c, avatar / 2 + ui.dp(10), IM_COL32_WHITE);
    drawPictogramScaled(ui, dl, seatAvatar(s.setup, seat), c, avatar, 0.85f + 0.15f * e);
    const auto& f = ui.fonts();
    const char* line1 = open.c_str();
    const ImVec2 t1 = f.title->CalcTextSizeA(f.title->FontSize, FLT_MAX, w - ui.dp(32), line1);
    dl->AddText(f.title, f.title->FontSize, ImVec2((a.x + b.x - t1.x) / 2, c.y + avatar / 2 + ui.dp(24)),
                IM_COL32_WHITE, line1, nullptr, w - ui.dp(32));
    const char* line2 = ui.t("tegenwicht.pass.alone").c_str();
    const ImVec2 t2 = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, 0, line2);
    dl->AddText(f.body, f.body->FontSize, ImVec2((a.x + b.x - t2.x) / 2, c.y + avatar / 2 + ui.dp(32) + t1.y),
                IM_COL32_WHITE, line2);
    endBody(ui, scroll);
    if (mayTakeBack) {
        // Until the cards turn over, a pick may be taken back: say so here,
        // where the device goes round, not only behind the back arrow.
        beginFooter(ui);
        ButtonStyle st;
        st.look = Look::Quiet;
        st.pictogram = "back-arrow";
        if (button(ui, ui.t("tegenwicht.take_back.open"), "pass.take-back", st)) takeBackRequested = true;
        endFooter(ui);
    }
    endScreen(ui);
    if (touch.tapped) choice = intent::OpenHand{seat};
    return choice;
}

}  // namespace samenspel::ui
