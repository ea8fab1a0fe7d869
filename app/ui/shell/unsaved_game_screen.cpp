#include "ui/shell/unsaved_game_screen.h"

#include "ui/kit/widgets.h"

namespace samenspel::ui {

Choice UnsavedGameScreen::draw(Ui& ui, const Game& game) {
    ScreenHeader header;
    header.id = "shell.unsaved";
    header.title = game.abandoned() ? ui.t("shell.unsaved.title_stopped") : ui.t("shell.unsaved.title_done");
    header.subtitle = game.deck().title;
    beginScreen(ui, header);
    beginBody(ui, scroll, 0);
    gap(ui, 8);
    pictogramImage(ui, "hourglass", 72);
    gap(ui, 8);
    heading(ui, game.abandoned() ? ui.t("shell.unsaved.heading_stopped") : ui.t("shell.unsaved.heading_done"));
    paragraph(ui, ui.t("shell.unsaved.kept"));
    gap(ui, 4);
    paragraph(ui, ui.t("shell.unsaved.make_room"), ui.theme.textMuted);
    endBody(ui, scroll);
    endScreen(ui);
    return {};
}

}  // namespace samenspel::ui
