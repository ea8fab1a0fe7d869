#include "ui/shell/sessions.h"

#include <ctime>

namespace samenspel::ui {

std::string dutchDateTime(long long unixMs) {
    static const char* days[] = {"zo", "ma", "di", "wo", "do", "vr", "za"};
    static const char* months[] = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
#if defined(_WIN32)
    localtime_s(&tm, &t);
#else
    localtime_r(&t, &tm);
#endif
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", tm.tm_hour, tm.tm_min);
    return std::string(days[tm.tm_wday]) + " " + std::to_string(tm.tm_mday) + " " + months[tm.tm_mon] + " " +
           std::to_string(tm.tm_year + 1900) + ", " + hm;
}

}  // namespace samenspel::ui
