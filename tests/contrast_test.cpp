// Colour is never the only cue, and what sits on a colour stays readable:
// WCAG contrast computed from the decks' own colours.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <set>

#include "content/colour.h"
#include "content/deck_loader.h"

using namespace samenspel;

SCENARIO("the WCAG contrast ratio") {
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    CHECK(contrastRatio(black, white) == Approx(21.0));
    CHECK(contrastRatio(white, white) == Approx(1.0));
    CHECK(contrastRatio(*parseHexColour("#767676"), white) == Approx(4.54).epsilon(0.01));  // the known AA grey
    CHECK_FALSE(parseHexColour("#12345"));
    CHECK_FALSE(parseHexColour("123456#"));
    CHECK_FALSE(parseHexColour("#12345g"));
}

SCENARIO("every group colour carries white text at AA and has its own symbol") {
    const auto catalog = loadBundledDecks();
    REQUIRE(catalog.problems.empty());
    for (const auto& deck : catalog.decks) {
        std::set<std::string> colours, symbols;
        for (const auto& g : deck.groups) {
            INFO(deck.id << " group " << g.id << " " << g.colour);
            auto c = parseHexColour(g.colour);
            REQUIRE(c);
            CHECK(contrastRatio(*c, Rgb{255, 255, 255}) >= kTextContrast);
            colours.insert(g.colour);
            symbols.insert(g.symbol);
        }
        // Never colour alone: themes and clusters differ in symbol as well as in colour.
        CHECK(colours.size() == deck.groups.size());
        CHECK(symbols.size() == deck.groups.size());
    }
}

SCENARIO("every pictogram has a dark outline that stands out on a light card") {
    // OpenMoji draws each pictogram's outline in its "line" layer, black
    // (explicitly, or by SVG's default fill); that layer, not the fill
    // colours, carries the picture in black and white.
    const auto assets = defaultAssetsDir();
    const auto pictograms = listPictograms(assets / "pictograms");
    REQUIRE(pictograms.size() > 50);
    const Rgb outline{0, 0, 0}, lightCard{0xF7, 0xF3, 0xEA};
    CHECK(contrastRatio(outline, lightCard) >= kGraphicContrast);
    for (const auto& name : pictograms) {
        std::ifstream in(assets / "pictograms" / (name + ".svg"));
        const std::string svg{std::istreambuf_iterator<char>(in), {}};
        INFO(name);
        const auto start = svg.find("id=\"line");
        REQUIRE(start != std::string::npos);
        const std::string layer = svg.substr(start, svg.find("</g>", start) - start);
        for (const char* attr : {"fill=\"", "stroke=\""})
            for (auto at = layer.find(attr); at != std::string::npos; at = layer.find(attr, at + 1)) {
                const auto from = at + std::string(attr).size();
                const std::string value = layer.substr(from, layer.find('"', from) - from);
                INFO(attr << value);
                CHECK((value == "#000000" || value == "#000" || value == "none" || value == "#000000FF"));
            }
    }
}
