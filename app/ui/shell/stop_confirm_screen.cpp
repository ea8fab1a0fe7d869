#include "ui/shell/stop_confirm_screen.h"

#include "ui/kit/widgets.h"

namespace samenspel::ui {

Choice StopConfirmScreen::draw(Ui& ui, const Game& game) {
    Choice choice;
    // A Samenleergesprek is a talk, not a game: the words say so.
    const bool talk = game.kind() != GameKind::Tegenwicht;
    ScreenHeader header;
    header.id = "shell.stop-confirm";
    header.title = ui.t("shell.stop.title");
    header.subtitle = game.deck().title;
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = Choice::back();
    beginBody(ui, scroll, 2);
    gap(ui, 8);
    pictogramImage(ui, "raised-hand", 72);
    gap(ui, 8);
    ImGui::PushFont(ui.fonts().title);
    paragraph(ui, talk ? ui.t("shell.stop.question_talk") : ui.t("shell.stop.question_game"));
    ImGui::PopFont();
    gap(ui, 8);
    paragraph(ui, talk ? ui.t("shell.stop.after_talk") : ui.t("shell.stop.after_game"));
    gap(ui, 8);
    paragraph(ui, talk ? ui.t("shell.stop.later_talk") : ui.t("shell.stop.later_game"), ui.theme.textMuted);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle stop;
    stop.look = Look::Danger;
    stop.pictogram = "raised-hand";
    if (button(ui, talk ? ui.t("shell.stop.yes_talk") : ui.t("shell.stop.yes_game"), "stop.confirm", stop))
        choice = Choice::play(abandonMove(game.kind()));
    ButtonStyle cont;
    cont.look = Look::Secondary;
    if (button(ui, talk ? ui.t("shell.stop.no_talk") : ui.t("shell.stop.no_game"), "stop.cancel", cont))
        choice = Choice::back();
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
