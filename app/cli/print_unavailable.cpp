// Built instead of print_command.cpp where app/export is not built (the core
// alone, -DSAMENSPEL_BUILD_APP=OFF): `print` is still a command, and says
// why it cannot print instead of being unknown.
#include <cstdio>

#include "commands.h"

namespace samenspel::cli {

std::vector<std::string> paperProblems(const DeckCatalog&, const std::filesystem::path&) { return {}; }

int runPrint(const Args&) {
    std::fprintf(stderr,
                 "samenspel-cli print: this build has no paper support "
                 "(app/export, which needs SDL2_ttf and SDL2_image, was not built)\n");
    return 1;
}

}  // namespace samenspel::cli
