// Paper to disk: a Document as a PDF and a surface as a PNG, each written
// atomically (store/atomic_file.h), so a full disk leaves no half file and
// the earlier file with that name stays as it was.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>

#include "export/pages.h"

namespace samenspel::paper {

bool writePdf(const Document& doc, const std::filesystem::path& file, std::string* why, std::size_t* bytes = nullptr);
bool writePng(SDL_Surface* image, const std::filesystem::path& file, std::string* why);
// The PNG bytes of a surface (for writing, and for tests).
bool pngBytes(SDL_Surface* image, std::string& out, std::string* why);

}  // namespace samenspel::paper
