// Drawing on a 300 dpi SDL surface without a window: filled shapes, text
// through SDL2_ttf (HarfBuzz shaping and kerning, its wrapped render calls,
// the bundled Open Sans) and pictograms through SDL2_image (the SVGs
// rasterised at print size). Everything paper draws goes through here.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <utility>

#include <SDL.h>
#include <SDL_ttf.h>

#include "content/colour.h"
#include "export/pages.h"

namespace samenspel::paper {

SDL_Color sdlColour(Rgb c);
// Black or white, whichever reads better on `background` (WCAG contrast).
Rgb inkOn(Rgb background);

void fillRect(SDL_Surface* s, int x, int y, int w, int h, Rgb c);
void strokeRect(SDL_Surface* s, int x, int y, int w, int h, int line, Rgb c);
void fillCircle(SDL_Surface* s, int cx, int cy, int r, Rgb c);
void strokeCircle(SDL_Surface* s, int cx, int cy, int r, int line, Rgb c);
// Blends `src` onto `dst` with its top-left corner at (x, y).
void blitAt(SDL_Surface* src, SDL_Surface* dst, int x, int y);

enum class Weight { Regular, Bold };
enum class Align { Left, Centre };

// The fonts at print resolution, opened once per size.
class Typesetter {
public:
    explicit Typesetter(std::filesystem::path fontsDir);
    ~Typesetter();
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    bool ready(std::string* why) const;
    // `text` wrapped at `widthPx`, as an ARGB surface; nullptr for empty text.
    Surface render(const std::string& text, double pt, Weight w, int widthPx, Rgb ink, Align align);
    // The largest size from `pt` down to `minPt` (in 0.5 pt steps) at which the
    // wrapped text is at most `heightPx` tall; nullptr when even `minPt` is too big.
    Surface fit(const std::string& text, double pt, double minPt, Weight w, int widthPx, int heightPx, Rgb ink,
                Align align, double* usedPt = nullptr);

private:
    TTF_Font* font(double pt, Weight w);
    std::filesystem::path dir_;
    std::map<std::pair<int, int>, TTF_Font*> fonts_;  // (weight, tenths of a point)
    bool ttfStarted_ = false;
    std::string why_;
};

// Pictograms (assets/pictograms/<name>.svg) rasterised at the asked size.
class Pictograms {
public:
    explicit Pictograms(std::filesystem::path dir) : dir_(std::move(dir)) {}
    // An ARGB surface `px` square; nullptr when there is no such pictogram.
    Surface load(const std::string& name, int px) const;
    // Draws it centred on (cx, cy); false when it is missing.
    bool draw(SDL_Surface* dst, const std::string& name, int cx, int cy, int px) const;

private:
    std::filesystem::path dir_;
};

}  // namespace samenspel::paper
