// The Tegenwicht end picture as an image a team can put in its own meeting
// notes: per cluster, how much it weighed in this group beside its share of
// the study's national top 15 (the same numbers as the screen's chart), each
// cluster with its colour *and* its symbol.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

#include "engine/tegenwicht_game.h"
#include "export/deck_sheets.h"

namespace samenspel::paper {

Surface drawEndPicture(PaperKit& kit, const Deck& deck, const TegenwichtState& state, std::int64_t dateMs, int widthPx);
// The picture 1080 px wide as a PNG, written atomically.
bool writeEndPicture(PaperKit& kit, const Deck& deck, const TegenwichtState& state, std::int64_t dateMs,
                     const std::filesystem::path& png, std::string* why);

}  // namespace samenspel::paper
