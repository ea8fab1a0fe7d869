// What app/export produces before any file format: pages of a fixed size in
// millimetres holding raster images (composed on SDL surfaces at 300 dpi),
// vector lines (cut marks) and tiny text lines (card ids, so the PDF can be
// read back). pdf_document.h turns them into a PDF; nothing else here knows
// about PDF, and nothing outside app/export knows about either.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include <SDL.h>

namespace samenspel::paper {

constexpr double kDpi = 300.0;
constexpr double kMmPerInch = 25.4;
constexpr double kA4WidthMm = 210.0, kA4HeightMm = 297.0;
inline int mmToPx(double mm) { return static_cast<int>(mm / kMmPerInch * kDpi + 0.5); }

struct SurfaceFree {
    void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};
using Surface = std::unique_ptr<SDL_Surface, SurfaceFree>;

// A surface of w x h pixels in packed RGB (what the PDF image takes), filled white.
Surface newCanvas(int w, int h);

struct PlacedImage {
    std::shared_ptr<SDL_Surface> pixels;  // RGB24; shared, so one card back can be placed nine times
    double x = 0, y = 0, w = 0, h = 0;    // mm from the page's top-left corner
};
struct PlacedLine {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;  // mm from the top-left corner
    double widthMm = 0.2;
};
struct PlacedText {
    std::string text;     // ASCII only (card ids): the PDF's standard font shows it as it is
    double x = 0, y = 0;  // mm, baseline start
    double sizePt = 4;
};

struct Page {
    double widthMm = kA4WidthMm, heightMm = kA4HeightMm;
    std::vector<PlacedImage> images;
    std::vector<PlacedLine> lines;
    std::vector<PlacedText> texts;
};
using Document = std::vector<Page>;

}  // namespace samenspel::paper
