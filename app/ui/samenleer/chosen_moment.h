// A moment of a Samenleergesprek as chosen: its card, compact and the
// column wide (with the own topic's words as its label when it is one), and
// a badge that says who picked it. The choosing screen, the gespreksblad
// and the summaries show a chosen moment this one way.
#pragma once
#include <string>

#include "engine/samenleer_game.h"
#include "ui/cards/card_view.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

// False (and nothing drawn) when the moment's card is not in the deck.
bool chosenMoment(Ui& ui, const Deck& deck, const GameSetup& setup, const ChosenMoment& m, const std::string& id,
                  const CardPose& pose = {});

}  // namespace samenspel::ui
