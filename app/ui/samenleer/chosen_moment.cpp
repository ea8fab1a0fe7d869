#include "ui/samenleer/chosen_moment.h"

#include "ui/kit/people.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

bool chosenMoment(Ui& ui, const Deck& deck, const GameSetup& setup, const ChosenMoment& m, const std::string& id,
                  const CardPose& pose) {
    const Card* c = deck.card(m.card);
    if (!c) return false;
    CardFace face = cardFace(deck, *c);
    if (!m.ownTopic.empty()) face.label = m.ownTopic;
    cardWidget(ui, id, face, ui.columnWidth(), CardSize::Compact, pose);
    badge(ui, seatAvatar(setup, m.pickedBy),
          ui.tf("samenleer.moment.picked_by", {{"name", personName(setup, m.pickedBy)}}),
          m.pickedBy == kCoach ? ui.theme.coach : ui.theme.jobseeker);
    return true;
}

}  // namespace samenspel::ui
