// Pages (pages.h) as PDF bytes, through libharu (README.md says why that
// library). The only file that includes hpdf.h.
#pragma once
#include <optional>
#include <string>

#include "export/pages.h"

namespace samenspel::paper {

// The whole PDF in memory (the caller writes it atomically); nullopt with a
// reason when the library fails (out of memory, a bad image).
std::optional<std::string> pdfBytes(const Document& doc, std::string* why);

}  // namespace samenspel::paper
