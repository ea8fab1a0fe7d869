#include "export/pdf_document.h"

#include <hpdf.h>

#include <cstring>
#include <map>
#include <vector>

namespace samenspel::paper {

namespace {
constexpr double kPtPerMm = 72.0 / 25.4;

struct HaruError {
    HPDF_STATUS code = HPDF_OK, detail = 0;
};
void onHaruError(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
    auto* e = static_cast<HaruError*>(user);
    if (e->code == HPDF_OK) e->code = code, e->detail = detail;  // keep the first: later ones follow from it
}

struct HaruDoc {
    HPDF_Doc doc;
    explicit HaruDoc(HaruError* e) : doc(HPDF_New(onHaruError, e)) {}
    ~HaruDoc() {
        if (doc) HPDF_Free(doc);
    }
};

// The surface's pixels as tightly packed RGB rows (SDL may pad a row).
std::vector<unsigned char> packedRgb(SDL_Surface* s) {
    std::vector<unsigned char> out(static_cast<std::size_t>(s->w) * s->h * 3);
    const auto* src = static_cast<const unsigned char*>(s->pixels);
    for (int y = 0; y < s->h; ++y)
        std::memcpy(&out[static_cast<std::size_t>(y) * s->w * 3], src + static_cast<std::size_t>(y) * s->pitch,
                    static_cast<std::size_t>(s->w) * 3);
    return out;
}
}  // namespace

std::optional<std::string> pdfBytes(const Document& doc, std::string* why) {
    HaruError err;
    HaruDoc pdf(&err);
    auto failed = [&](const char* what) {
        if (err.code == HPDF_OK && pdf.doc) return false;
        if (why) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "PDF library failed while %s (error 0x%04X/%u)", what,
                          static_cast<unsigned>(err.code), static_cast<unsigned>(err.detail));
            *why = buf;
        }
        return true;
    };
    if (failed("starting")) return std::nullopt;
    HPDF_SetCompressionMode(pdf.doc, HPDF_COMP_ALL);  // images and page streams deflated
    HPDF_SetInfoAttr(pdf.doc, HPDF_INFO_CREATOR, "Samenspel");
    HPDF_Font font = HPDF_GetFont(pdf.doc, "Helvetica", nullptr);
    if (failed("loading the standard font")) return std::nullopt;
    std::map<const SDL_Surface*, HPDF_Image> loaded;  // one image object per surface, placed many times

    for (const Page& p : doc) {
        HPDF_Page page = HPDF_AddPage(pdf.doc);
        const double H = p.heightMm * kPtPerMm;
        HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(p.widthMm * kPtPerMm));
        HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(H));
        for (const PlacedImage& im : p.images) {
            SDL_Surface* s = im.pixels.get();
            if (!s || s->format->format != SDL_PIXELFORMAT_RGB24) {
                if (why) *why = "an image on the page is not packed RGB";
                return std::nullopt;
            }
            HPDF_Image& image = loaded[s];
            if (!image) {
                const auto rgb = packedRgb(s);
                image = HPDF_LoadRawImageFromMem(pdf.doc, rgb.data(), static_cast<HPDF_UINT>(s->w),
                                                 static_cast<HPDF_UINT>(s->h), HPDF_CS_DEVICE_RGB, 8);
                if (failed("adding an image")) return std::nullopt;
            }
            HPDF_Page_DrawImage(page, image, static_cast<HPDF_REAL>(im.x * kPtPerMm),
                                static_cast<HPDF_REAL>(H - (im.y + im.h) * kPtPerMm),
                                static_cast<HPDF_REAL>(im.w * kPtPerMm), static_cast<HPDF_REAL>(im.h * kPtPerMm));
        }
        if (!p.lines.empty()) {
            HPDF_Page_SetRGBStroke(page, 0, 0, 0);
            for (const PlacedLine& l : p.lines) {
                HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(l.widthMm * kPtPerMm));
                HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(l.x1 * kPtPerMm),
                                 static_cast<HPDF_REAL>(H - l.y1 * kPtPerMm));
                HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(l.x2 * kPtPerMm),
                                 static_cast<HPDF_REAL>(H - l.y2 * kPtPerMm));
                HPDF_Page_Stroke(page);
            }
        }
        for (const PlacedText& t : p.texts) {
            HPDF_Page_BeginText(page);
            HPDF_Page_SetRGBFill(page, 0.35f, 0.35f, 0.35f);
            HPDF_Page_SetFontAndSize(page, font, static_cast<HPDF_REAL>(t.sizePt));
            HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(t.x * kPtPerMm), static_cast<HPDF_REAL>(H - t.y * kPtPerMm),
                              t.text.c_str());
            HPDF_Page_EndText(page);
        }
        if (failed("drawing a page")) return std::nullopt;
    }
    HPDF_SaveToStream(pdf.doc);
    if (failed("writing")) return std::nullopt;
    std::string out(HPDF_GetStreamSize(pdf.doc), '\0');
    HPDF_UINT32 got = 0, at = 0;
    while (at < out.size()) {
        got = static_cast<HPDF_UINT32>(out.size() - at);
        const HPDF_STATUS st = HPDF_ReadFromStream(pdf.doc, reinterpret_cast<HPDF_BYTE*>(&out[at]), &got);
        at += got;
        if (st == HPDF_STREAM_EOF || got == 0) break;
    }
    out.resize(at);
    return out;
}

}  // namespace samenspel::paper
