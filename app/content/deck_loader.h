// Loads decks from assets/decks/*.json and validates them. Every mistake is
// reported with the file, the line and the card (or group) id, and one
// broken deck never stops the other decks from loading.
#pragma once
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/deck.h"
#include "platform/paths/asset_paths.h"

namespace samenspel {

struct DeckProblem {
    std::string file;   // file name, e.g. "tegenwicht.json"
    int line = 0;       // 1-based, 0 when unknown
    std::string where;  // card or group id, or a top-level field
    std::string message;
    std::string text() const;  // "tegenwicht.json:12: card tw.f.x: label is empty"
};

// The pictogram names that exist (the stems of assets/pictograms/*.svg).
using PictogramSet = std::set<std::string>;
PictogramSet listPictograms(const std::filesystem::path& pictogramDir);

// Parses and validates one deck from JSON text. `fileName` is only used in
// messages. Returns the deck when it has no problems.
std::optional<Deck> parseDeck(const std::string& json, const std::string& fileName, const PictogramSet& pictograms,
                              std::vector<DeckProblem>& problems);
std::optional<Deck> loadDeckFile(const std::filesystem::path& file, const PictogramSet& pictograms,
                                 std::vector<DeckProblem>& problems);

struct DeckCatalog {
    std::vector<Deck> decks;            // the decks that loaded, sorted by id
    std::vector<DeckProblem> problems;  // everything that was wrong
    const Deck* find(const std::string& id) const;
    const Deck* firstOfKind(GameKind kind) const;  // the first deck (by id) that this game plays
};
DeckCatalog loadDeckDirectory(const std::filesystem::path& decksDir, const std::filesystem::path& pictogramDir);

// The decks in the bundled assets folder (platform/paths: $SAMENSPEL_ASSETS,
// else `assets/` next to or above the executable, else the source tree's).
using platform::defaultAssetsDir;
DeckCatalog loadBundledDecks();

}  // namespace samenspel
