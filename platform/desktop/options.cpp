#include "platform/desktop/options.h"

#include <cstdlib>
#include <cstring>

namespace samenspel::platform {

const char* usageText() {
    return "usage: samenspel [--data DIR] [--size WxH] [--scale S]\n"
           "       samenspel --headless --size WxH [--scale S] --script FILE --shots DIR [--data DIR]\n"
           "       samenspel --headless --bench\n";
}

bool parseOptions(int argc, char** argv, Options& o, std::string& error) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) {
                error = std::string(name) + " needs a value";
                return nullptr;
            }
            return argv[++i];
        };
        if (a == "--headless") {
            o.headless = true;
        } else if (a == "--bench") {
            o.bench = true;
        } else if (a == "--size") {
            const char* v = value("--size");
            if (!v) return false;
            int w = 0, h = 0;
            char x = 0;
            if (std::sscanf(v, "%d%c%d", &w, &x, &h) != 3 || (x != 'x' && x != 'X') || w < 200 || h < 200 ||
                w > 8000 || h > 8000) {
                error = "--size wants WxH in dp, e.g. 390x844";
                return false;
            }
            o.widthDp = w, o.heightDp = h;
        } else if (a == "--scale") {
            const char* v = value("--scale");
            if (!v) return false;
            char* end = nullptr;
            o.scale = std::strtof(v, &end);
            if (!end || *end || o.scale < 0.5f || o.scale > 4.0f) {
                error = "--scale wants a number from 0.5 to 4";
                return false;
            }
        } else if (a == "--script") {
            const char* v = value("--script");
            if (!v) return false;
            o.script = v;
        } else if (a == "--shots") {
            const char* v = value("--shots");
            if (!v) return false;
            o.shotsDir = v;
        } else if (a == "--data") {
            const char* v = value("--data");
            if (!v) return false;
            o.dataDir = v;
        } else if (a == "--help" || a == "-h") {
            error = "";
            return false;
        } else {
            error = "unknown option " + a;
            return false;
        }
    }
    if ((!o.script.empty() || o.bench) && !o.headless) {
        error = "--script and --bench need --headless";
        return false;
    }
    return true;
}

}  // namespace samenspel::platform
