#include "ui/reflectie/strengths_screen.h"

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

Choice StrengthsScreen::draw(Ui& ui, const Game& game, ReflectieView& view) {
    const auto& s = *game.reflectie();
    const auto& r = s.current();
    Choice out;
    if (beginScreen(
            ui, reflectieHeader(ui, "reflectie.strengths", ui.t("reflectie.strengths.title"), roundSubtitle(ui, s))))
        out = Choice::back();
    beginBody(ui, scroll, 1, r.number);
    instruction(ui, "strengths.hint", "flexed-biceps", ui.t("reflectie.strengths.short"),
                ui.tf("reflectie.strengths.full", {{"name", seatName(ui, s.setup, r.inbrenger)}}));
    auto make = [](std::uint16_t n, int seat, std::string card, std::string text) {
        return rf::nameStrength(n, seat, std::move(card), std::move(text));
    };
    if (Choice c = namedCards(ui, game, view, r.strengths, CardKind::Strength, "strength.",
                              ui.t("reflectie.strengths.confirm"), make))
        out = c;
    if (Choice c = leaderPanel(ui, game)) out = c;
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle go;
    go.pictogram = "arrow-right";
    const auto left = otherSeats(s).size() - r.strengths.size();
    go.enabled = left == 0;
    if (button(ui, left == 0 ? ui.t("reflectie.next") : ui.tn("reflectie.strengths.waiting", static_cast<long>(left)),
               "strengths.next", go))
        out = Choice::play(rf::finishAppreciation(r.number));
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
