#include "ui/shell/stop_confirm_screen.h"

#include "ui/kit/widgets.h"

namespace samenspel::ui {

Choice StopConfirmScreen::draw(Ui& ui, const Game& game) {
    Choice choice;
    if (beginScreen(ui, "Stoppen?", true, game.deck().title)) choice = Choice::back();
    beginBody(ui, scroll, 2);
    gap(ui, 8);
    pictogramImage(ui, "raised-hand", 72);
    gap(ui, 8);
    ImGui::PushFont(ui.fonts().title);
    paragraph(ui, "Wil je stoppen? Wat je koos blijft bewaard.");
    ImGui::PopFont();
    gap(ui, 8);
    paragraph(ui, game.kind() == GameKind::Tegenwicht
                      ? "Het spel gaat daarna niet verder. Je ziet het terug bij Eerdere sessies, met het woord gestopt."
                      : "Het gesprek gaat daarna niet verder in de app. Je ziet het terug bij Eerdere sessies, met "
                        "het woord gestopt.");
    gap(ui, 8);
    paragraph(ui, "Wil je later verder? Kies dan Nee en ga met de pijl linksboven terug. Het spel wacht op het beginscherm.",
              ui.theme.textMuted);
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle stop;
    stop.look = Look::Danger;
    stop.pictogram = "raised-hand";
    if (button(ui, "Ja, stoppen", "stop.confirm", stop))
        choice = Choice::play(game.kind() == GameKind::Tegenwicht ? tw::abandon() : sl::abandon());
    ButtonStyle cont;
    cont.look = Look::Secondary;
    if (button(ui, "Nee, verder spelen", "stop.cancel", cont)) choice = Choice::back();
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
