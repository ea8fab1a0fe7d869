// Colours as the decks and the theme write them ("#RRGGBB"), and the WCAG
// 2.x contrast ratio that decides whether text or a pictogram on a colour is
// readable (AA: 4.5:1 for text, 3:1 for graphics).
#pragma once
#include <optional>
#include <string>

namespace samenspel {

struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
};

std::optional<Rgb> parseHexColour(const std::string& hex);
double relativeLuminance(Rgb c);
double contrastRatio(Rgb a, Rgb b);

constexpr double kTextContrast = 4.5;
constexpr double kGraphicContrast = 3.0;

}  // namespace samenspel
