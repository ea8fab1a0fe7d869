// The app's command line: window size and density and the data folder.
// Test-only modes (headless runs, scripts, screenshots, bench) are not
// here: they belong to samenspel-driver (tests/driver/).
#pragma once
#include <string>
#include <vector>

namespace samenspel::platform {

struct Options {
    int widthDp = 0, heightDp = 0;  // 0 = a default for the mode
    float scale = 0;                // pixels per dp; 0 = from the display
    std::string dataDir;            // --data DIR, else SDL_GetPrefPath
    // Software renderer and no window system. No option of the app sets it;
    // the test driver does.
    bool headless = false;
};

// Parses argv. Returns false and fills `error` on a mistake (`error` empty
// for --help). With `rest`, arguments it does not know are handed back
// there instead of refused (for a program that adds its own options).
bool parseOptions(int argc, char** argv, Options& out, std::string& error, std::vector<std::string>* rest = nullptr);
const char* usageText();

}  // namespace samenspel::platform
