#include "export/canvas.h"

#include <SDL_image.h>

#include <cmath>

namespace samenspel::paper {

Surface newCanvas(int w, int h) {
    Surface s(SDL_CreateRGBSurfaceWithFormat(0, w, h, 24, SDL_PIXELFORMAT_RGB24));
    if (s) SDL_FillRect(s.get(), nullptr, SDL_MapRGB(s->format, 255, 255, 255));
    return s;
}

SDL_Color sdlColour(Rgb c) { return SDL_Color{c.r, c.g, c.b, 255}; }

Rgb inkOn(Rgb background) {
    const Rgb black{0x1A, 0x1A, 0x1A}, white{255, 255, 255};
    return contrastRatio(background, white) >= contrastRatio(background, black) ? white : black;
}

void fillRect(SDL_Surface* s, int x, int y, int w, int h, Rgb c) {
    SDL_Rect r{x, y, w, h};
    SDL_FillRect(s, &r, SDL_MapRGB(s->format, c.r, c.g, c.b));
}

void strokeRect(SDL_Surface* s, int x, int y, int w, int h, int line, Rgb c) {
    fillRect(s, x, y, w, line, c);
    fillRect(s, x, y + h - line, w, line, c);
    fillRect(s, x, y, line, h, c);
    fillRect(s, x + w - line, y, line, h, c);
}

namespace {
// A ring (or disc, inner = 0) as horizontal spans: plain fills, no per-pixel blending.
void fillRing(SDL_Surface* s, int cx, int cy, int outer, int inner, Rgb c) {
    for (int dy = -outer; dy <= outer; ++dy) {
        const int xo = static_cast<int>(std::sqrt(double(outer) * outer - double(dy) * dy));
        if (inner <= 0 || std::abs(dy) >= inner) {
            fillRect(s, cx - xo, cy + dy, 2 * xo + 1, 1, c);
            continue;
        }
        const int xi = static_cast<int>(std::sqrt(double(inner) * inner - double(dy) * dy));
        fillRect(s, cx - xo, cy + dy, xo - xi, 1, c);
        fillRect(s, cx + xi + 1, cy + dy, xo - xi, 1, c);
    }
}
}  // namespace

void fillCircle(SDL_Surface* s, int cx, int cy, int r, Rgb c) { fillRing(s, cx, cy, r, 0, c); }
void strokeCircle(SDL_Surface* s, int cx, int cy, int r, int line, Rgb c) { fillRing(s, cx, cy, r, r - line, c); }

void blitAt(SDL_Surface* src, SDL_Surface* dst, int x, int y) {
    if (!src) return;
    SDL_Rect to{x, y, src->w, src->h};
    SDL_SetSurfaceBlendMode(src, SDL_BLENDMODE_BLEND);
    SDL_BlitSurface(src, nullptr, dst, &to);
}

Typesetter::Typesetter(std::filesystem::path fontsDir) : dir_(std::move(fontsDir)) {
    if (TTF_Init() == 0) ttfStarted_ = true;  // counted by SDL_ttf: safe beside the app's own use
    else why_ = std::string("SDL_ttf did not start: ") + TTF_GetError();
}

Typesetter::~Typesetter() {
    for (auto& [key, f] : fonts_)
        if (f) TTF_CloseFont(f);
    if (ttfStarted_) TTF_Quit();
}

bool Typesetter::ready(std::string* why) const {
    if (!why_.empty()) {
        if (why) *why = why_;
        return false;
    }
    for (const char* f : {"OpenSans-Regular.ttf", "OpenSans-Bold.ttf"})
        if (!std::filesystem::exists(dir_ / f)) {
            if (why) *why = "font missing: " + (dir_ / f).string();
            return false;
        }
    return true;
}

TTF_Font* Typesetter::font(double pt, Weight w) {
    const std::pair<int, int> key(static_cast<int>(w), static_cast<int>(std::lround(pt * 10)));
    auto it = fonts_.find(key);
    if (it != fonts_.end()) return it->second;
    const auto file = dir_ / (w == Weight::Bold ? "OpenSans-Bold.ttf" : "OpenSans-Regular.ttf");
    // SDL_ttf takes whole points: open at 10 pt with the dpi scaled, so 8.5 pt
    // at 300 dpi is 10 pt at 255 dpi (the same pixels, hinted for that size).
    const auto dpi = static_cast<unsigned>(std::lround(30 * pt));
    TTF_Font* f = TTF_OpenFontDPI(file.string().c_str(), 10, dpi, dpi);
    if (f) TTF_SetFontKerning(f, 1);
    fonts_[key] = f;
    return f;
}

Surface Typesetter::render(const std::string& text, double pt, Weight w, int widthPx, Rgb ink, Align align) {
    if (text.empty()) return nullptr;
    TTF_Font* f = font(pt, w);
    if (!f) return nullptr;
    TTF_SetFontWrappedAlign(f, align == Align::Centre ? TTF_WRAPPED_ALIGN_CENTER : TTF_WRAPPED_ALIGN_LEFT);
    return Surface(TTF_RenderUTF8_Blended_Wrapped(f, text.c_str(), sdlColour(ink), static_cast<Uint32>(widthPx)));
}

Surface Typesetter::fit(const std::string& text, double pt, double minPt, Weight w, int widthPx, int heightPx, Rgb ink,
                        Align align, double* usedPt) {
    for (double size = pt; size >= minPt - 1e-6; size -= 0.5) {
        Surface s = render(text, size, w, widthPx, ink, align);
        if (s && s->h <= heightPx && s->w <= widthPx) {
            if (usedPt) *usedPt = size;
            return s;
        }
    }
    return nullptr;
}

Surface Pictograms::load(const std::string& name, int px) const {
    if (name.empty() || name.find('/') != std::string::npos) return nullptr;
    const auto file = dir_ / (name + ".svg");
    SDL_RWops* rw = SDL_RWFromFile(file.string().c_str(), "rb");
    if (!rw) return nullptr;
    Surface s(IMG_LoadSizedSVG_RW(rw, px, px));
    SDL_RWclose(rw);
    return s;
}

bool Pictograms::draw(SDL_Surface* dst, const std::string& name, int cx, int cy, int px) const {
    Surface p = load(name, px);
    if (!p) return false;
    blitAt(p.get(), dst, cx - p->w / 2, cy - p->h / 2);
    return true;
}

}  // namespace samenspel::paper
