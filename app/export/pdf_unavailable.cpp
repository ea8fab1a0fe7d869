// Built instead of pdf_document.cpp where libharu is missing (the web build).
#include "export/pdf_document.h"

namespace samenspel::paper {

std::optional<std::string> pdfBytes(const Document&, std::string* why) {
    if (why) *why = "this build has no PDF library (libharu)";
    return std::nullopt;
}

}  // namespace samenspel::paper
