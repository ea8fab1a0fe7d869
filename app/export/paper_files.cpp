#include "export/paper_files.h"

#include <SDL_image.h>

#include "export/pdf_document.h"
#include "store/atomic_file.h"

namespace samenspel::paper {

bool writePdf(const Document& doc, const std::filesystem::path& file, std::string* why, std::size_t* bytes) {
    const auto pdf = pdfBytes(doc, why);
    if (!pdf) return false;
    if (bytes) *bytes = pdf->size();
    return writeFileAtomically(file, *pdf, why);
}

namespace {
// An SDL_RWops that appends to a std::string: SDL has no growable memory stream.
size_t appendToString(SDL_RWops* rw, const void* data, size_t size, size_t n) {
    auto* out = static_cast<std::string*>(rw->hidden.unknown.data1);
    out->append(static_cast<const char*>(data), size * n);
    return n;
}
int closeStringStream(SDL_RWops* rw) {
    SDL_FreeRW(rw);
    return 0;
}
}  // namespace

bool pngBytes(SDL_Surface* image, std::string& out, std::string* why) {
    out.clear();
    SDL_RWops* rw = SDL_AllocRW();
    if (!rw) {
        if (why) *why = "no memory for the image";
        return false;
    }
    rw->type = SDL_RWOPS_UNKNOWN;
    rw->hidden.unknown.data1 = &out;
    rw->write = appendToString;
    rw->close = closeStringStream;
    rw->size = [](SDL_RWops*) -> Sint64 { return -1; };
    rw->seek = [](SDL_RWops*, Sint64, int) -> Sint64 { return -1; };
    rw->read = [](SDL_RWops*, void*, size_t, size_t) -> size_t { return 0; };
    if (IMG_SavePNG_RW(image, rw, 1) != 0) {
        if (why) *why = std::string("PNG not made: ") + IMG_GetError();
        return false;
    }
    return true;
}

bool writePng(SDL_Surface* image, const std::filesystem::path& file, std::string* why) {
    std::string png;
    return pngBytes(image, png, why) && writeFileAtomically(file, png, why);
}

}  // namespace samenspel::paper
