#include "platform/paths/asset_paths.h"

#include <cstdlib>

namespace samenspel::platform {

namespace fs = std::filesystem;

namespace {

fs::path executableDir() {
#if defined(__linux__)
    std::error_code ec;
    auto p = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) return p.parent_path();
#endif
    return fs::current_path();
}

bool hasDecks(const fs::path& assets) {
    std::error_code ec;
    return fs::is_directory(assets / "decks", ec);
}

}  // namespace

fs::path defaultAssetsDir() {
    if (const char* env = std::getenv("SAMENSPEL_ASSETS"); env && *env) return env;
    for (fs::path dir = executableDir(); !dir.empty(); dir = dir.parent_path()) {
        if (hasDecks(dir / "assets")) return dir / "assets";
        if (dir == dir.parent_path()) break;
    }
#ifdef SAMENSPEL_SOURCE_ASSETS_DIR
    return SAMENSPEL_SOURCE_ASSETS_DIR;
#else
    return "assets";
#endif
}

}  // namespace samenspel::platform
