// Cards drawn as cards: a rounded face with the group's colour band and
// symbol (never colour alone), a big pictogram, the short label and the
// full text wrapped; or the back. Enter, flip and leave are poses the
// caller animates; a card widget also handles tap and drag.
#pragma once
#include <string>
#include <vector>

#include "engine/deck.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct CardLayout;  // card_layout.h

struct CardFace {
    std::string id, label, text, pictogram;
    std::string groupLabel, groupSymbol;
    ImU32 colour = 0;    // the group's colour
    int rank = 0;        // place in the study's top 15 (0: none), shown in the band as "Top 15: nr. 3"
    std::string source;  // the source's own name for the card (quoted), shown under the text of a full card
};
CardFace cardFace(const Deck& deck, const Card& card);

enum class CardSize {
    Full,     // big pictogram, label, the full text
    Compact,  // band, small pictogram beside the label, no text
};

// How a card is drawn this frame.
struct CardPose {
    ImVec2 offset{0, 0};
    float flip = 0;  // 0 = face up, 1 = back up; the card turns in between
    float alpha = 1;
    float scale = 1;
    float lift = 0;  // 0..1: a bigger shadow while held
    bool selected = false;
    std::string backPictogram = "scale";  // shown on the back
    std::string backLabel;
    bool controls = false;  // draw the card's speaker and "meer" buttons (cardWidget makes them work)
};

// The card's height at `width`.
float cardHeight(Ui& ui, const CardFace& face, float width, CardSize size);
// Asks for the card's pictograms, at the sizes drawCard will ask for, to be
// made between frames (Services::pictogramSoon), so a card that is about to
// slide in finds them ready. Rasterising an SVG takes tens of milliseconds
// on a phone: inside a swipe's frame that is a stall; between frames, while
// the hand rests, nobody sees it. Cheap when they are already made.
// `layout`: the card's layoutCard() at the width it will be drawn, which the
// caller has already measured.
void warmCard(Ui& ui, const CardFace& face, const CardLayout& layout, CardSize size);
void drawCard(Ui& ui, ImDrawList* dl, const CardFace& face, ImVec2 pos, ImVec2 size, CardSize kind,
              const CardPose& pose);

// Makes the speaker and "meer" of a face-up card at `pos` work. Call it
// before the item that lies under the card, so they take their taps first,
// and draw the card with pose.controls set. (cardWidget does both.)
void cardControls(Ui& ui, const std::string& id, const CardFace& face, ImVec2 pos, float width, CardSize kind);

struct CardInput {
    bool tapped = false;
    bool dragging = false;  // follows the finger now
    bool dropped = false;   // let go after a drag, at `dropAt`
    ImVec2 dragOffset{0, 0};
    ImVec2 dropAt{0, 0};
};

// A card at the cursor, `width` wide (height from its content unless
// `height` > 0). Enters with a short rise-and-fade the first time it is
// drawn. `label` names it for the test driver (defaults to the card label).
// A draggable card on a list that scrolls leaves a mostly upward drag to the
// list: its drop zones are expected below it.
CardInput cardWidget(Ui& ui, const std::string& id, const CardFace& face, float width, CardSize kind,
                     CardPose pose = {}, bool draggable = false, float height = 0, double enterDelayMs = 0);

// How many cards of at least `minDp` fit side by side in the column.
int cardColumns(Ui& ui, float minDp, int maxColumns = 4);
// As cardColumns, but fewer columns while a label would have to shrink far
// to keep its words whole (large text): wider cards rather than tiny type.
int cardColumnsFitting(Ui& ui, const std::vector<CardFace>& faces, float minDp, int maxColumns, CardSize kind);

}  // namespace samenspel::ui
