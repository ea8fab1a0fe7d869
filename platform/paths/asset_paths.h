// Where the app, the CLI and the tests find the bundled assets on a desktop: $SAMENSPEL_ASSETS,
// else an `assets/` folder next to or above the executable, else the
// source tree's assets folder (a build that was never installed).
#pragma once
#include <filesystem>

namespace samenspel::platform {

std::filesystem::path defaultAssetsDir();

}  // namespace samenspel::platform
