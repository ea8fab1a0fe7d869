#include "tests/driver/ui_checks.h"

#include <cstdio>
#include <cstdlib>

namespace samenspel::driver {

namespace {

std::string touchSize(platform::Services& sys, const std::string& arg) {
    const float want = static_cast<float>(std::atof(arg.c_str()));
    if (want <= 0) return "touch-size wants a size in dp";
    const float scale = sys.dpScale();
    std::string small;
    int tappable = 0;
    for (const auto& t : sys.targets().last()) {
        if (!t.tappable) continue;
        ++tappable;
        const float w = (t.rect.x1 - t.rect.x0) / scale, h = (t.rect.y1 - t.rect.y0) / scale;
        if (w + 0.5f >= want && h + 0.5f >= want) continue;
        char size[48];
        std::snprintf(size, sizeof size, " %.0fx%.0f dp", w, h);
        small += "\n  '" + (t.id.empty() ? t.label : t.id) + "'" + size;
    }
    if (tappable == 0) return "nothing tappable was drawn";
    return small.empty() ? std::string() : "smaller than " + arg + " dp:" + small;
}

std::string spoken(platform::Services& sys, const std::vector<std::string>& words) {
    std::string prefix;
    for (std::size_t i = 1; i < words.size(); ++i) prefix += (i > 1 ? " " : "") + words[i];
    const auto& asked = sys.readAloud().requests();
    for (const auto& text : asked)
        if (text.rfind(prefix, 0) == 0) return {};
    std::string last = asked.empty() ? "nothing" : "'" + asked.back() + "'";
    return "no read-aloud of '" + prefix + "'; last asked: " + last;
}

}  // namespace

std::optional<std::string> screenCheck(platform::Services& sys, const std::vector<std::string>& words) {
    if (words.empty()) return std::nullopt;
    if (words[0] == "touch-size") return words.size() == 2 ? touchSize(sys, words[1]) : "usage: check touch-size DP";
    if (words[0] == "spoken") return words.size() >= 2 ? spoken(sys, words) : "usage: check spoken TEXT";
    return std::nullopt;
}

}  // namespace samenspel::driver
