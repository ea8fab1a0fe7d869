// Dates as people read them in Dutch: "28 november 2026, 14:05", local
// time, the month's name from assets/text/nl.json ("kit.month.*"). Takes
// the Words (ui.words) so the unit tests can use it without a screen.
#pragma once
#include <cstdio>
#include <ctime>
#include <string>

#include "content/words.h"
#include "platform/os/os_files.h"

namespace samenspel::ui {

namespace dates_detail {
inline std::tm localTime(long long unixMs) { return os::localTime(static_cast<std::time_t>(unixMs / 1000)); }

// Keys as literals, so the words test sees every month in use.
inline const std::string& monthName(const Words& w, int month) {
    switch (month) {
    case 0: return w.text("kit.month.1");
    case 1: return w.text("kit.month.2");
    case 2: return w.text("kit.month.3");
    case 3: return w.text("kit.month.4");
    case 4: return w.text("kit.month.5");
    case 5: return w.text("kit.month.6");
    case 6: return w.text("kit.month.7");
    case 7: return w.text("kit.month.8");
    case 8: return w.text("kit.month.9");
    case 9: return w.text("kit.month.10");
    case 10: return w.text("kit.month.11");
    default: return w.text("kit.month.12");
    }
}
}  // namespace dates_detail

// "28 november 2026"; empty for 0 (no time known).
inline std::string date(const Words& w, long long unixMs) {
    if (unixMs <= 0) return {};
    const std::tm tm = dates_detail::localTime(unixMs);
    return w.format("kit.date", {{"day", std::to_string(tm.tm_mday)},
                                 {"month", dates_detail::monthName(w, tm.tm_mon)},
                                 {"year", std::to_string(tm.tm_year + 1900)}});
}

// "28 november 2026, 14:05"; empty for 0.
inline std::string dateTime(const Words& w, long long unixMs) {
    if (unixMs <= 0) return {};
    const std::tm tm = dates_detail::localTime(unixMs);
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", tm.tm_hour, tm.tm_min);
    return w.format("kit.date_time", {{"date", date(w, unixMs)}, {"time", hm}});
}

}  // namespace samenspel::ui
