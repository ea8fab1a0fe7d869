// Compares a screenshot with its golden copy: passes when the two have the
// same size and at most `max-share` of the pixels differ by more than
// `tolerance` in any channel (anti-aliasing and rounding wobble a little
// between builds; a moved button or a changed word does not). On failure it
// writes a diff image (differing pixels red over a pale copy) beside the shot.
//   png_diff SHOT.png GOLDEN.png [tolerance=24] [max-share=0.002]
#include <SDL.h>
#include <SDL_image.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

SDL_Surface* loadRgba(const char* path) {
    SDL_Surface* raw = IMG_Load(path);
    if (!raw) return nullptr;
    SDL_Surface* rgba = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(raw);
    return rgba;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: png_diff SHOT.png GOLDEN.png [tolerance] [max-share]\n");
        return 2;
    }
    const int tolerance = argc > 3 ? std::atoi(argv[3]) : 24;
    const double maxShare = argc > 4 ? std::atof(argv[4]) : 0.002;
    SDL_Surface* shot = loadRgba(argv[1]);
    SDL_Surface* gold = loadRgba(argv[2]);
    if (!shot || !gold) {
        std::fprintf(stderr, "png_diff: cannot read %s\n", !shot ? argv[1] : argv[2]);
        return 1;
    }
    if (shot->w != gold->w || shot->h != gold->h) {
        std::fprintf(stderr, "png_diff: %s is %dx%d, golden %dx%d\n", argv[1], shot->w, shot->h, gold->w, gold->h);
        return 1;
    }
    long differing = 0;
    SDL_Surface* diff = SDL_CreateRGBSurfaceWithFormat(0, shot->w, shot->h, 32, SDL_PIXELFORMAT_RGBA32);
    for (int y = 0; y < shot->h; ++y) {
        const auto* a = static_cast<const Uint8*>(shot->pixels) + y * shot->pitch;
        const auto* b = static_cast<const Uint8*>(gold->pixels) + y * gold->pitch;
        auto* d = static_cast<Uint8*>(diff->pixels) + y * diff->pitch;
        for (int x = 0; x < shot->w; ++x, a += 4, b += 4, d += 4) {
            bool off = false;
            for (int c = 0; c < 4; ++c) off = off || std::abs(int(a[c]) - int(b[c])) > tolerance;
            differing += off;
            const Uint8 pale = static_cast<Uint8>(200 + (a[0] + a[1] + a[2]) / 3 * 55 / 255);
            d[0] = off ? 230 : pale, d[1] = off ? 0 : pale, d[2] = off ? 0 : pale, d[3] = 255;
        }
    }
    const double share = double(differing) / (double(shot->w) * shot->h);
    std::printf("%s: %ld of %d pixels differ (%.3f%%, allowed %.3f%%)\n", argv[1], differing, shot->w * shot->h,
                share * 100, maxShare * 100);
    int status = 0;
    if (share > maxShare) {
        const std::string out = std::string(argv[1]) + ".diff.png";
        IMG_SavePNG(diff, out.c_str());
        std::fprintf(stderr, "png_diff: %s differs from %s; see %s\n", argv[1], argv[2], out.c_str());
        status = 1;
    }
    SDL_FreeSurface(diff);
    SDL_FreeSurface(shot);
    SDL_FreeSurface(gold);
    return status;
}
