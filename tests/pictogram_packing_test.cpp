// Where pictograms go in the font atlas's texture (platform/sdl/skyline_packer.h):
// inside the free areas, never on top of each other or of the glyphs, and a
// clear "no room" when full, after which the cache starts again from empty.
#include <catch2/catch.hpp>

#include <vector>

#include "platform/sdl/skyline_packer.h"

using samenspel::platform::SkylinePacker;

namespace {

struct Placed {
    int x, y, w, h;
};

bool overlap(const Placed& a, const Placed& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

bool inside(const Placed& p, const SkylinePacker::Area& a) {
    return p.x >= a.x && p.y >= a.y && p.x + p.w <= a.x + a.width && p.y + p.h <= a.y + a.height;
}

// Sizes as a hand and a Beeldmodus list ask for them at 3x (with the gutter).
const int kSizes[] = {366, 86, 50, 110, 218, 366, 74, 170, 454, 58, 366, 218, 98, 146, 110};

}  // namespace

SCENARIO("pictograms are packed into the free areas of the atlas without overlap") {
    GIVEN("the region kept for them and the rows free below the glyphs") {
        const std::vector<SkylinePacker::Area> areas{{0, 0, 2048, 768}, {0, 1400, 2048, 648}};
        SkylinePacker packer;
        packer.reset(areas);
        WHEN("pictograms of many sizes are placed, as the cache does, past the first that does not fit") {
            std::vector<Placed> placed;
            int refused = 0;
            for (int round = 0; round < 40; ++round)
                for (int side : kSizes) {
                    if (const auto spot = packer.place(side, side)) placed.push_back({spot->x, spot->y, side, side});
                    else ++refused;
                }
            THEN("each lies wholly in one area, none overlaps another, and the space is used well") {
                CHECK(refused > 0);
                long long usedPx = 0;
                for (std::size_t i = 0; i < placed.size(); ++i) {
                    CHECK((inside(placed[i], areas[0]) || inside(placed[i], areas[1])));
                    for (std::size_t j = i + 1; j < placed.size(); ++j) CHECK_FALSE(overlap(placed[i], placed[j]));
                    usedPx += static_cast<long long>(placed[i].w) * placed[i].h;
                }
                const long long freePx = 2048LL * 768 + 2048LL * 648;
                CHECK(usedPx > freePx * 7 / 10);
                // Nothing placed in the glyph rows between the two areas.
                for (const auto& p : placed) CHECK((p.y + p.h <= 768 || p.y >= 1400));
            }
            AND_WHEN("the cache starts again from empty") {
                packer.reset(areas);
                THEN("the first spot is the top-left corner again") {
                    const auto spot = packer.place(366, 366);
                    REQUIRE(spot);
                    CHECK(spot->x == 0);
                    CHECK(spot->y == 0);
                }
            }
        }
    }
    GIVEN("no areas (a GPU too small for the shared texture)") {
        SkylinePacker packer;
        packer.reset({});
        THEN("nothing is placed: each pictogram gets a texture of its own") { CHECK_FALSE(packer.place(50, 50)); }
    }
    GIVEN("a pictogram larger than any area") {
        SkylinePacker packer;
        packer.reset({{0, 0, 512, 256}});
        THEN("it is refused, and smaller ones still fit") {
            CHECK_FALSE(packer.place(300, 300));
            CHECK_FALSE(packer.place(0, 10));
            CHECK(packer.place(200, 200));
            CHECK(packer.place(200, 200));
            CHECK_FALSE(packer.place(200, 200));  // 512 wide: a third does not fit beside them
            CHECK(packer.place(50, 50));          // a small one still fits beside them
        }
    }
}
