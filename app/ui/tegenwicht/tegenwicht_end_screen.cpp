#include "ui/tegenwicht/tegenwicht_end_screen.h"

#include "ui/kit/optional_words.h"
#include "ui/kit/paper_buttons.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"
#include "ui/tegenwicht/cluster_chart.h"
#include "ui/tegenwicht/tegenwicht_header.h"

namespace samenspel::ui {

Choice TegenwichtEndScreen::draw(Ui& ui, const Game& game) {
    const auto& s = *game.tegenwicht();
    const Deck& deck = game.deck();
    if (!loaded) {
        for (std::size_t i = 0; i < s.intentions.size() && i < drafts.size(); ++i) drafts[i] = s.intentions[i];
        loaded = true;
    }
    Choice out;
    if (beginTegenwichtScreen(ui, "tegenwicht.end", ui.t("tegenwicht.end.title"),
                              ui.tn("tegenwicht.end.played", static_cast<long>(s.rounds.size()))))
        out = Choice::back();
    beginBody(ui, scroll, 1);
    // Every number on the picture comes from TegenwichtPicture: counts of this
    // record, or places in the study's top 15 (content/tegenwicht_picture.h).
    const TegenwichtPicture picture = tegenwichtPicture(deck, s);
    const std::string& chartTitle = ui.t("tegenwicht.end.chart_title");
    // The summary in one spoken sentence: which cluster had the most cards on "heavy".
    const std::string summary = mostHeavySentence(ui, deck, picture);
    const CardGroup* top = picture.mostHeavy.empty() ? nullptr : deck.group(picture.mostHeavy.front());
    if (!ui.beeldmodus) heading(ui, chartTitle);
    instruction(ui, "end.summary", top ? top->symbol : "scale", summary, summary);
    gap(ui, 4);
    tegenwichtPictureView(ui, deck, picture);
    if (Choice image = saveImageButton(ui, "end.save-image")) out = image;
    // Rounds where no card decided it add no decisive mark to the picture; say
    // so, so the picture is not read as if every decision had a factor.
    if (const int none = picture.roundsNoneDecisive.value; none > 0) {
        const std::string said = ui.tn("tegenwicht.end.none_decisive", none);
        instruction(ui, "end.none", "cross-mark", said, said, ui.theme.textMuted);
    }
    gap(ui, 8);
    const std::string& takeTitle = ui.t("tegenwicht.end.take_title");
    const std::string& takeText = ui.t("tegenwicht.end.take_text");
    if (!ui.beeldmodus) heading(ui, takeTitle);
    instruction(ui, "end.take", "light-bulb", ui.t("tegenwicht.end.take_short"), takeText, ui.theme.textMuted,
                takeTitle + " " + takeText);
    for (std::size_t i = 0; i < s.seatCount() && i < drafts.size(); ++i) {
        const int seat = static_cast<int>(i);
        badge(ui, seatAvatar(s.setup, seat), seatName(s.setup, seat), ui.theme.primary);
        if (optionalWords(ui, "", "intention." + std::to_string(i), drafts[i], limits::kNoteChars,
                          ui.t("tegenwicht.end.intention")) &&
            drafts[i] != s.intentions[i])
            out = Choice::play(tw::intention(seat, drafts[i]));
    }
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "check-mark";
    if (button(ui, ui.t("tegenwicht.end.finish"), "end.finish", st) && !out) out = Choice::play(tw::finish());
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
