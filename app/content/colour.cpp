#include "colour.h"

#include <cctype>
#include <cmath>

namespace samenspel {

std::optional<Rgb> parseHexColour(const std::string& hex) {
    if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    unsigned char v[3];
    for (int i = 0; i < 3; ++i) {
        const int hi = nibble(hex[1 + 2 * i]), lo = nibble(hex[2 + 2 * i]);
        if (hi < 0 || lo < 0) return std::nullopt;
        v[i] = static_cast<unsigned char>(hi * 16 + lo);
    }
    return Rgb{v[0], v[1], v[2]};
}

double relativeLuminance(Rgb c) {
    auto channel = [](unsigned char v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrastRatio(Rgb a, Rgb b) {
    double la = relativeLuminance(a), lb = relativeLuminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

}  // namespace samenspel
