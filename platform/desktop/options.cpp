#include "platform/desktop/options.h"

#include <cstdio>
#include <cstdlib>

namespace samenspel::platform {

const char* usageText() {
    return "usage: samenspel [--data DIR] [--size WxH] [--scale S]\n"
           "  --data DIR   keep records and settings in DIR (default: the system's app data folder)\n"
           "  --size WxH   window size in dp, e.g. 390x844\n"
           "  --scale S    pixels per dp, 0.5 to 4 (default: from the display)\n";
}

bool parseOptions(int argc, char** argv, Options& o, std::string& error, std::vector<std::string>* rest) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) {
                error = std::string(name) + " needs a value";
                return nullptr;
            }
            return argv[++i];
        };
        if (a == "--size") {
            const char* v = value("--size");
            if (!v) return false;
            int w = 0, h = 0;
            char x = 0;
            if (std::sscanf(v, "%d%c%d", &w, &x, &h) != 3 || (x != 'x' && x != 'X') || w < 200 || h < 200 || w > 8000 ||
                h > 8000) {
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
        } else if (a == "--data") {
            const char* v = value("--data");
            if (!v) return false;
            o.dataDir = v;
        } else if (a == "--help" || a == "-h") {
            error = "";
            return false;
        } else if (rest) {
            rest->push_back(a);
        } else {
            error = "unknown option " + a;
            return false;
        }
    }
    return true;
}

}  // namespace samenspel::platform
