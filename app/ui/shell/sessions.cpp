#include "ui/shell/sessions.h"

#include <cstdio>
#include <ctime>

namespace samenspel::ui {

std::string dutchDateTime(long long unixMs) {
    std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
#if defined(_WIN32)
    localtime_s(&tm, &t);
#else
    localtime_r(&t, &tm);
#endif
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                  tm.tm_min);
    return out;
}

}  // namespace samenspel::ui
