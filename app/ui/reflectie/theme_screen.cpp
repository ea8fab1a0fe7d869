#include "ui/reflectie/theme_screen.h"

#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice ThemeScreen::draw(Ui& ui, const Game& game, ReflectieView& view) {
    const auto& s = *game.reflectie();
    const Deck& deck = game.deck();
    Choice out;
    if (beginScreen(ui, reflectieHeader(ui, "reflectie.theme", ui.t("reflectie.theme.title"),
                                        ui.t("reflectie.theme.subtitle"))))
        out = Choice::back();
    beginBody(ui, scroll, 1);
    instruction(ui, "series.hint", "ladder", ui.t("reflectie.series.short"), ui.t("reflectie.series.full"));
    // The three series as tiles: a pictogram and a letter, never colour alone.
    const std::string names[] = {ui.t("reflectie.series.a"), ui.t("reflectie.series.b"), ui.t("reflectie.series.c")};
    const char* pictos[] = {"seedling", "magnifying-glass", "teacher"};
    const float w = splitWidth(ui, 3), h = ui.dp(ui.beeldmodus ? 120 : 104);
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        if (pictogramTile(ui, pictos[i], names[i], "series." + std::to_string(i), ImVec2(w, h),
                          static_cast<int>(s.series) == i) &&
            static_cast<int>(s.series) != i)
            out = Choice::play(rf::chooseSeries(static_cast<ReflectieSeries>(i)));
    }
    const std::string about[] = {ui.t("reflectie.series.a.full"), ui.t("reflectie.series.b.full"),
                                 ui.t("reflectie.series.c.full")};
    const std::string aboutShort[] = {ui.t("reflectie.series.a.short"), ui.t("reflectie.series.b.short"),
                                      ui.t("reflectie.series.c.short")};
    const int series = static_cast<int>(s.series);
    instruction(ui, "series.about", pictos[series], aboutShort[series], about[series], ui.theme.textMuted);
    gap(ui, 6);
    instruction(ui, "theme.hint", "compass", ui.t("reflectie.theme.short"), ui.t("reflectie.theme.full"));
    const std::string tapped = cardGrid(ui, deck, themesForSeries(deck, s.series), s.theme, "theme.");
    if (!tapped.empty() && tapped != s.theme) out = Choice::play(rf::chooseTheme(tapped));
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "arrow-right";
    go.enabled = !s.theme.empty();
    if (button(ui, ui.t("reflectie.theme.next"), "theme.next", go)) {
        view.openStep = 1;  // a page turn, not a move
        ui.keepAnimating();
    }
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
