// The take-home sheet of a Samenleergesprek: what the jobseeker (and the
// coach) take home, in pictures. The date, the chosen moments with their
// pictogram, label and keep-or-change, the agreed actions with their
// pictograms and the two ratings as faces. No names; notes (and own topics,
// which are typed words too) only when the two chose to include them. In
// Beeldmodus: pictograms first and big, the shortest words.
// Written as a portrait PNG for a phone and as an A4 PDF.
#pragma once
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/samenleer_game.h"
#include "export/deck_sheets.h"

namespace samenspel::paper {

struct TakeHomeOptions {
    bool beeldmodus = false;
    bool withNotes = false;   // the two chose to take their notes along
    std::int64_t dateMs = 0;  // the day of the talk (Unix ms); 0: no date
};

// What the sheet shows, taken from the game alone.
struct TakeHomeContent {
    struct Line {
        std::string card;                           // the card id it came from
        std::string pictogram;                      // the card's pictogram
        std::string label;                          // the card's label (the shortest words the deck has)
        AnswerChoice outcome = AnswerChoice::None;  // moments: keep or change (the last tap, C first)
        std::vector<std::string> words;             // notes and own words, only with withNotes
    };
    std::string date;
    std::vector<Line> moments, actions;
    std::array<Line, 2> ratings;  // coach, jobseeker: the face they chose (card empty: not rated)
};
TakeHomeContent takeHomeContent(const Deck& deck, const SamenleerState& state, const Words& words,
                                const TakeHomeOptions& options);

// Where a pictogram went on the sheet (pixels), so a test can find it again.
struct PictogramSpot {
    std::string card;
    std::string pictogram;
    int cx = 0, cy = 0, px = 0;
};
struct TakeHomeSheet {
    Surface image;  // RGB
    std::vector<PictogramSpot> spots;
};
// The sheet `widthPx` wide (1080 for a phone; 2480 for A4 at 300 dpi), as tall as it needs.
TakeHomeSheet drawTakeHome(PaperKit& kit, const Deck& deck, const TakeHomeContent& content, bool beeldmodus,
                           int widthPx);

struct TakeHomeFiles {
    std::filesystem::path png, pdf;
};
// Writes both files atomically, both or neither: false with the reason when
// either fails (no half file, and no PNG without its PDF).
bool writeTakeHome(PaperKit& kit, const Deck& deck, const SamenleerState& state, const TakeHomeOptions& options,
                   const TakeHomeFiles& files, std::string* why);

constexpr int kPhoneWidthPx = 1080;

}  // namespace samenspel::paper
