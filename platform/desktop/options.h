// The app's command line: window size and density, data folder, and the
// headless modes (test script, screenshots, bench) used by tests and CI.
#pragma once
#include <string>

namespace samenspel::platform {

struct Options {
    bool headless = false;       // software renderer, no window system
    int widthDp = 0, heightDp = 0;  // 0 = a default for the mode
    float scale = 0;             // pixels per dp; 0 = from the display
    std::string script;          // --script FILE (headless)
    std::string shotsDir;        // --shots DIR
    std::string dataDir;         // --data DIR, else SDL_GetPrefPath
    bool bench = false;          // --bench: print timings and exit
};

// Parses argv. Returns false and fills `error` on a mistake.
bool parseOptions(int argc, char** argv, Options& out, std::string& error);
const char* usageText();

}  // namespace samenspel::platform
