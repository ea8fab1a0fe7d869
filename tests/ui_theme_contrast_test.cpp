// The theme's own colours, normal and Beeldmodus: text reads at WCAG AA
// (4.5:1) and pictograms, icons and control edges stand out (3:1) on what
// they are drawn on. The palettes live in app/ui/palette.h without ImGui,
// so this runs without a window.
#include <catch2/catch.hpp>

#include "content/colour.h"
#include "content/deck_loader.h"
#include "ui/kit/palette.h"

using namespace samenspel;
using samenspel::ui::Palette;

namespace {
void checkPalette(const Palette& p, bool beeldmodus) {
    for (const auto& pair : ui::textPairs(p)) {
        INFO((beeldmodus ? "Beeldmodus: " : "normal: ") << pair.what << " " << contrastRatio(pair.front, pair.back));
        CHECK(contrastRatio(pair.front, pair.back) >= kTextContrast);
    }
    for (const auto& pair : ui::graphicPairs(p, beeldmodus)) {
        INFO((beeldmodus ? "Beeldmodus: " : "normal: ") << pair.what << " " << contrastRatio(pair.front, pair.back));
        CHECK(contrastRatio(pair.front, pair.back) >= kGraphicContrast);
    }
}
}  // namespace

SCENARIO("the normal palette passes WCAG AA for text and graphics") {
    REQUIRE(ui::textPairs(ui::kNormalPalette).size() >= 15);
    checkPalette(ui::kNormalPalette, false);
}

SCENARIO("the Beeldmodus palette passes WCAG AA, card edges included") {
    checkPalette(ui::kBeeldPalette, true);
    // Beeldmodus is never weaker than normal where text is grey.
    CHECK(contrastRatio(ui::kBeeldPalette.textMuted, ui::kBeeldPalette.surface) >=
          contrastRatio(ui::kNormalPalette.textMuted, ui::kNormalPalette.surface));
}

SCENARIO("a card's band carries its symbol and words on the deck's colour in both modes") {
    // Cards draw the group symbol in a white disc on the group colour (3:1
    // for the disc's edge) and the band's words in white (4.5:1).
    const auto catalog = loadBundledDecks();
    REQUIRE(catalog.problems.empty());
    for (const auto& deck : catalog.decks)
        for (const auto& g : deck.groups) {
            const auto colour = parseHexColour(g.colour);
            REQUIRE(colour);
            INFO(deck.id << " " << g.id);
            CHECK(contrastRatio(Rgb{255, 255, 255}, *colour) >= kTextContrast);
            for (const Palette* p : {&ui::kNormalPalette, &ui::kBeeldPalette})
                CHECK(contrastRatio(ui::kPictogramLine, p->surface) >= kGraphicContrast);
        }
}
