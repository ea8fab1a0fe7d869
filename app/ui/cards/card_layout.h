// Where everything goes on a card's face, in one place, so the height a
// list reserves, the drawing and the tap areas always agree. Four layouts:
// Full and Compact, each normal or Beeldmodus (pictogram first and big,
// the label large, the long text behind "meer"). With a voice on the device
// every card also gets a speaker button.
#pragma once
#include <string>

#include "ui/cards/card_view.h"

namespace samenspel::ui {

struct CardLayout {
    float band = 0;   // height of the group's colour band
    float picto = 0;  // pictogram size
    ImVec2 pictoCentre{0, 0};
    ImFont* labelFont = nullptr;
    float labelSize = 0;  // px the label is drawn at (may be below the font's own size)
    ImVec2 labelPos{0, 0};
    float labelWidth = 0;
    bool labelCentred = false;
    bool showText = false;  // the long text is on the face now
    ImVec2 textPos{0, 0};
    float textWidth = 0;
    float textSize = 0;    // px the long text is drawn at (cardTextSize)
    bool showSource = false;  // the source's own name, under the long text
    ImVec2 sourcePos{0, 0};
    bool speaker = false;  // a speaker button (the device has a voice)
    ImVec2 speakerMin{0, 0}, speakerMax{0, 0};
    bool more = false;  // a "meer" / "minder" button (Beeldmodus, Full)
    bool open = false;  // the long text is opened
    ImVec2 moreMin{0, 0}, moreMax{0, 0};
    float height = 0;  // the card's natural height
};

// The px size of a card's long text at `width`: the body size on a phone
// card; larger on a wider card and on a tablet, whose cards lie on a table
// and are read from across it; never so large that a line holds too few
// words or a word of `text` no longer fits on a line (words are never
// broken), and below the body size only when a word needs it.
float cardTextSize(Ui& ui, const std::string& text, float width);

// Positions are relative to the card's top-left corner.
CardLayout layoutCard(Ui& ui, const CardFace& face, float width, CardSize kind);

// The line that quotes the source's own name for a card ("In het onderzoek: ...").
std::string sourceLine(Ui& ui, const CardFace& face);
// What the speaker on a card reads: the label, then the long text.
std::string cardSpeechText(const CardFace& face);
// The key under which a card's "meer" stays opened (Ui::isOpen).
std::string moreKey(const CardFace& face);

}  // namespace samenspel::ui
