// Home: pick a deck (a card-style tile with its one-line summary), resume
// an unfinished game, open a past session, export, settings and "Over".
#pragma once
#include <vector>

#include "engine/deck.h"
#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/kit/widgets.h"
#include "ui/shell/sessions.h"

namespace samenspel::ui {

struct HomeScreen {
    DragScroll scroll;
    Choice draw(Ui& ui, const std::vector<const Deck*>& decks, const std::vector<SessionInfo>& unfinished,
                const std::vector<SessionInfo>& past, const std::string& message);
};

// The deck's colour and pictogram on Home and in summaries.
ImU32 deckColour(const Deck& deck);
const char* deckPictogram(const Deck& deck);
const std::string& deckPlayers(const Ui& ui, const Deck& deck);
// "Hoe werkt deze app?": the cards Home's "?" and its button open.
HowTo appHowTo(const Ui& ui);

}  // namespace samenspel::ui
