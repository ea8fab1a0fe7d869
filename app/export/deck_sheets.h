// A deck as printable sheets: A4, cards of 63 x 88 mm, nine to a page in a
// 3 x 3 grid with cut marks; each page of fronts is followed by a page of
// backs, mirrored left to right so they meet their fronts when printed on
// both sides (flip on the long edge). Works for any deck in assets/decks:
// everything it shows comes from the deck file.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/words.h"
#include "engine/deck.h"
#include "export/canvas.h"
#include "export/pages.h"

namespace samenspel::paper {

constexpr double kCardWidthMm = 63, kCardHeightMm = 88, kCardGapMm = 3;
constexpr int kColumns = 3, kRows = 3, kCardsPerPage = kColumns * kRows;

// The top-left corner (mm) of slot 0..8 on a page of fronts (row by row).
struct SlotMm {
    double x = 0, y = 0;
};
SlotMm frontSlot(int slot);
// Where the back of the card in front slot `slot` lies on the backs page.
SlotMm backSlot(int slot);

// The fonts, pictograms and words paper draws with, from the assets folder.
struct PaperKit {
    explicit PaperKit(const std::filesystem::path& assetsDir);
    bool ready(std::string* why) const;
    Typesetter type;
    Pictograms pictograms;
    Words words;
    std::string wordsWhy;
};

// One card's front at 300 dpi (63 x 88 mm). nullptr with "card <id>: ..."
// when its label or text does not fit even at the smallest print size.
Surface cardFront(PaperKit& kit, const Deck& deck, const Card& card, std::string* why);
// The deck's back: its colour, its mark and its name.
Surface cardBack(PaperKit& kit, const Deck& deck);

// Every card of the deck, in file order. nullopt with the reason (the first
// card that does not fit names its id).
std::optional<Document> deckDocument(PaperKit& kit, const Deck& deck, std::string* why);
// Every card of the deck that does not fit on paper, one "card <id>: ..." each
// (for `decks validate`).
std::vector<std::string> deckPrintProblems(PaperKit& kit, const Deck& deck);

}  // namespace samenspel::paper
