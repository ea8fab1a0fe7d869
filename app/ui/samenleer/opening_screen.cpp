#include "ui/samenleer/opening_screen.h"

#include "ui/kit/agreement_list.h"
#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/samenleer/pause_hint.h"
#include "ui/samenleer/talk_how_to.h"

namespace samenspel::ui {

Choice OpeningScreen::draw(Ui& ui, const Game& game) {
    const auto& s = *game.samenleer();
    const Deck& deck = game.deck();
    Choice out;
    if (beginScreen(ui, samenleerHeader(ui, "samenleer.opening", ui.t("samenleer.opening.title"),
                                        ui.t("samenleer.opening.subtitle"))))
        out = Choice::back();
    beginBody(ui, scroll, 2);
    instruction(ui, "opening.hint", "handshake", ui.t("samenleer.opening.hint.short"),
                ui.t("samenleer.opening.hint.full"));
    gap(ui, 4);
    agreementList(ui, deck.cardsOfKind(CardKind::Agreement));
    pauseOrStopHint(ui);
    endBody(ui, scroll);
    beginFooter(ui);
    for (int seat = 0; seat < 2; ++seat) {
        ButtonStyle st;
        st.look = s.agreed[seat] ? Look::Secondary : Look::Primary;
        st.selected = s.agreed[seat];
        st.accent = seat == kCoach ? ui.theme.coach : ui.theme.jobseeker;
        st.pictogram = seatAvatar(s.setup, seat);
        const std::string name = personName(s.setup, seat);
        const std::string label = s.agreed[seat] ? ui.tf("samenleer.opening.agreed", {{"name", name}})
                                                 : ui.tf("samenleer.opening.agree", {{"name", name}});
        if (button(ui, label, seat == kCoach ? "agree.coach" : "agree.jobseeker", st) && !s.agreed[seat])
            out = Choice::play(sl::agree(seat));
    }
    endFooter(ui);
    endScreen(ui);
    return out;
}

}  // namespace samenspel::ui
