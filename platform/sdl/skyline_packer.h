// Places pictograms in free rectangles of a texture ("areas"). Each area
// keeps its skyline: the height used so far along its width; a pictogram
// goes where it ends lowest (bottom-left), which packs mixed sizes tightly,
// including the sizes an animation passes through. Nothing is freed one by
// one: when no area has room the owner starts again from empty (reset),
// which is how the pictogram cache evicts. No SDL here, so the unit tests
// can check the packing itself.
#pragma once
#include <algorithm>
#include <climits>
#include <cstddef>
#include <optional>
#include <vector>

namespace samenspel::platform {

class SkylinePacker {
public:
    struct Area {
        int x = 0, y = 0, width = 0, height = 0;
    };
    struct Spot {
        int x = 0, y = 0;
    };

    void reset(const std::vector<Area>& areas) {
        areas_.clear();
        for (const Area& a : areas)
            if (a.width > 0 && a.height > 0) areas_.push_back({a, {{0, 0, a.width}}});
    }

    // The top-left corner of a free w x h rectangle, now taken; nothing when
    // no area has room for it.
    std::optional<Spot> place(int w, int h) {
        if (w <= 0 || h <= 0) return std::nullopt;
        FreeArea* bestArea = nullptr;
        std::size_t bestNode = 0;
        int bestTop = INT_MAX;
        for (auto& a : areas_) {
            for (std::size_t i = 0; i < a.skyline.size(); ++i) {
                const int top = fitAt(a, i, w, h);
                if (top >= 0 && top < bestTop) {
                    bestArea = &a;
                    bestNode = i;
                    bestTop = top;
                }
            }
        }
        if (!bestArea) return std::nullopt;
        FreeArea& a = *bestArea;
        const int x = a.skyline[bestNode].x;
        // The new piece of skyline, then what it covers is cut away.
        a.skyline.insert(a.skyline.begin() + static_cast<std::ptrdiff_t>(bestNode), {x, bestTop + h, w});
        for (std::size_t i = bestNode + 1; i < a.skyline.size();) {
            Node& n = a.skyline[i];
            const int covered = x + w - n.x;
            if (covered <= 0) break;
            if (covered < n.width) {
                n.x += covered;
                n.width -= covered;
                break;
            }
            a.skyline.erase(a.skyline.begin() + static_cast<std::ptrdiff_t>(i));
        }
        for (std::size_t i = 0; i + 1 < a.skyline.size();) {  // neighbours at one height become one
            if (a.skyline[i].y == a.skyline[i + 1].y) {
                a.skyline[i].width += a.skyline[i + 1].width;
                a.skyline.erase(a.skyline.begin() + static_cast<std::ptrdiff_t>(i + 1));
            } else {
                ++i;
            }
        }
        return Spot{a.area.x + x, a.area.y + bestTop};
    }

private:
    struct Node {
        int x = 0, y = 0, width = 0;  // within the area
    };
    struct FreeArea {
        Area area;
        std::vector<Node> skyline;  // left to right, covering the whole width
    };

    // The top a w x h piece would have with its left edge at node i, or -1.
    static int fitAt(const FreeArea& a, std::size_t i, int w, int h) {
        const int x = a.skyline[i].x;
        if (x + w > a.area.width) return -1;
        int top = 0, left = w;
        for (std::size_t j = i; left > 0 && j < a.skyline.size(); ++j) {
            top = std::max(top, a.skyline[j].y);
            left -= a.skyline[j].width;
        }
        return top + h <= a.area.height ? top : -1;
    }

    std::vector<FreeArea> areas_;
};

}  // namespace samenspel::platform
