#include "ui/shell/unsaved_game_screen.h"

#include "ui/kit/widgets.h"

namespace samenspel::ui {

void UnsavedGameScreen::draw(Ui& ui, const Game& game) {
    beginScreen(ui, game.abandoned() ? "Gestopt" : "Klaar", false, game.deck().title);
    beginBody(ui, scroll, 0);
    gap(ui, 8);
    pictogramImage(ui, "hourglass", 72);
    gap(ui, 8);
    heading(ui, game.abandoned() ? "Het spel is gestopt, maar nog niet bewaard." : "Het spel is af, maar nog niet bewaard.");
    paragraph(ui, "Alles wat jullie kozen staat nog in de app. Sluit de app niet af.");
    gap(ui, 4);
    paragraph(ui, "Maak ruimte vrij op dit toestel, bijvoorbeeld door foto's of apps weg te halen. "
                  "Tik daarna op Probeer opnieuw.",
              ui.theme.textMuted);
    endBody(ui, scroll);
    endScreen(ui);
}

}  // namespace samenspel::ui
