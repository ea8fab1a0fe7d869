#include "ui/tegenwicht_end_screen.h"

#include "ui/cluster_chart.h"
#include "ui/people.h"
#include "ui/text_field.h"
#include "ui/widgets.h"

namespace samenspel::ui {

std::optional<Action> TegenwichtEndScreen::draw(Ui& ui, const Game& game, bool* backTapped) {
    const auto& s = *game.tegenwicht();
    const Deck& deck = game.deck();
    if (!loaded) {
        for (std::size_t i = 0; i < s.intentions.size() && i < drafts.size(); ++i) drafts[i] = s.intentions[i];
        loaded = true;
    }
    std::optional<Action> out;
    *backTapped = beginScreen(ui, "Afsluiting", true, std::to_string(s.rounds.size()) + " rondes gespeeld");
    beginBody(ui, scroll, 1);
    heading(ui, "Wat woog mee in deze groep?");
    paragraph(ui, "Jullie kaarten per cluster (zwaar telt 2, licht 1, doorslag 3), naast de landelijke top 15 uit het onderzoek.",
              ui.theme.textMuted);
    clusterChart(ui, deck, summariseTegenwicht(deck, s));
    gap(ui, 8);
    heading(ui, "Wat neem je mee?");
    paragraph(ui, "Schrijf als je wilt één zin op: wat ga je anders doen? Dit mag leeg blijven.", ui.theme.textMuted);
    for (std::size_t i = 0; i < s.seatCount() && i < drafts.size(); ++i) {
        const int seat = static_cast<int>(i);
        badge(ui, seatAvatar(s.setup, seat), seatName(s.setup, seat), ui.theme.primary);
        if (textField(ui, "", "intention." + std::to_string(i), drafts[i], limits::kNoteChars, "Mijn voornemen (mag leeg)") &&
            drafts[i] != s.intentions[i])
            out = tw::intention(seat, drafts[i]);
    }
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "check-mark";
    if (button(ui, "Opslaan en afsluiten", "end.finish", st) && !out) out = tw::finish();
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
