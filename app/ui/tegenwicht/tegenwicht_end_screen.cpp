#include "ui/tegenwicht/tegenwicht_end_screen.h"

#include "ui/tegenwicht/cluster_chart.h"
#include "ui/kit/people.h"
#include "ui/kit/text_field.h"
#include "ui/kit/optional_words.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

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
    const std::string chartTitle = "Wat woog mee in deze groep?";
    const std::string chartText =
        "Jullie kaarten per cluster (zwaar telt 2, licht 1, doorslag 3), naast de landelijke top 15 uit het onderzoek.";
    if (!ui.beeldmodus) heading(ui, chartTitle);
    instruction(ui, "end.chart", "bar-chart", chartTitle, chartText, ui.theme.textMuted, chartTitle + " " + chartText);
    clusterChart(ui, deck, summariseTegenwicht(deck, s));
    gap(ui, 8);
    const std::string takeTitle = "Wat neem je mee?";
    const std::string takeText = "Schrijf als je wilt één zin op: wat ga je anders doen? Dit mag leeg blijven.";
    if (!ui.beeldmodus) heading(ui, takeTitle);
    instruction(ui, "end.take", "light-bulb", takeTitle, takeText, ui.theme.textMuted, takeTitle + " " + takeText);
    for (std::size_t i = 0; i < s.seatCount() && i < drafts.size(); ++i) {
        const int seat = static_cast<int>(i);
        badge(ui, seatAvatar(s.setup, seat), seatName(s.setup, seat), ui.theme.primary);
        if (optionalWords(ui, "", "intention." + std::to_string(i), drafts[i], limits::kNoteChars, "Mijn voornemen (mag leeg)") &&
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
