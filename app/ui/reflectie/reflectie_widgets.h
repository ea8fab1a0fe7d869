// The pieces every Reflectie screen shares: its header with "zo werkt het",
// a grid of cards to choose from (each with its speaker), a full card, a row
// of seats to choose who acts, the gespreksleider's prompt cards, and how a
// seat or the gespreksleider is named.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "engine/game.h"
#include "ui/kit/choice.h"
#include "ui/kit/widgets.h"
#include "ui/reflectie/reflectie_view.h"

namespace samenspel::ui {

inline constexpr const char* kReflectieHowTo = "reflectie.session";

ScreenHeader reflectieHeader(const Ui& ui, std::string id, std::string title, std::string subtitle);

// Cards in a grid (columns by the width), compact, each with its speaker and
// "meer". The tapped card's id, or "" when none was tapped.
std::string cardGrid(Ui& ui, const Deck& deck, const std::vector<const Card*>& cards, const std::string& selected,
                     const std::string& idPrefix);
// A pill (pictogram and words) with its speaker beside it when it fits,
// else under it: a line the group chose, heard as well as read.
void spokenBadge(Ui& ui, const std::string& pictogram, const std::string& text, ImU32 colour, const std::string& id);

// One card at the column's width with its full text.
void fullCard(Ui& ui, const Deck& deck, const std::string& cardId, const std::string& id);

// A row of seats as avatar tiles; `done` seats carry a check. True when tapped (then `selected` is that seat).
bool seatRow(Ui& ui, const GameSetup& setup, const std::vector<std::int16_t>& seats, int& selected,
             const std::set<int>& done, const std::string& idPrefix);

// "Speler 3" or the nickname; the gespreksleider from outside by role.
std::string seatLabel(const Ui& ui, const GameSetup& setup, int seat);
// "Ronde 2 van 3": the header line of every step of a round.
std::string roundSubtitle(const Ui& ui, const ReflectieState& s);
// Who leads this round, in words.
std::string leaderLabel(const Ui& ui, const ReflectieState& s);

// The gespreksleider's cards for this step (series C: all of them; else
// "nog geen oplossingen"), as buttons; the last card played shows big.
Choice leaderPanel(Ui& ui, const Game& game);

// The card with optional words and its confirm button; in Beeldmodus the
// words wait behind a keyboard button, so nothing needs typing.
bool wordsAndConfirm(Ui& ui, std::string& words, const std::string& id, const std::string& confirm,
                     bool enabled = true);

// Each other seat names a card (a strength heard, what I learn) with
// optional words: the named ones as rows, the seats, then the chosen seat's
// cards. Shared by the strengths and the learnings.
using NoteMove = Action (*)(std::uint16_t round, int seat, std::string card, std::string text);
Choice namedCards(Ui& ui, const Game& game, ReflectieView& view, const std::map<std::int16_t, CardNote>& named,
                  CardKind kind, const std::string& idPrefix, const std::string& confirm, NoteMove make);

}  // namespace samenspel::ui
