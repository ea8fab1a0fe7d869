#include "ui/kit/dates.h"

#include <cstdio>
#include <ctime>

#include "ui/kit/ui.h"

namespace samenspel::ui {

namespace {

std::tm localTime(long long unixMs) {
    const std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
#if defined(_WIN32)
    localtime_s(&tm, &t);
#else
    localtime_r(&t, &tm);
#endif
    return tm;
}

// Keys as literals, so the words test sees every month in use.
const std::string& monthName(const Ui& ui, int month) {
    switch (month) {
    case 0: return ui.t("kit.month.1");
    case 1: return ui.t("kit.month.2");
    case 2: return ui.t("kit.month.3");
    case 3: return ui.t("kit.month.4");
    case 4: return ui.t("kit.month.5");
    case 5: return ui.t("kit.month.6");
    case 6: return ui.t("kit.month.7");
    case 7: return ui.t("kit.month.8");
    case 8: return ui.t("kit.month.9");
    case 9: return ui.t("kit.month.10");
    case 10: return ui.t("kit.month.11");
    default: return ui.t("kit.month.12");
    }
}

}  // namespace

std::string date(const Ui& ui, long long unixMs) {
    if (unixMs <= 0) return {};
    const std::tm tm = localTime(unixMs);
    return ui.tf("kit.date", {{"day", std::to_string(tm.tm_mday)},
                              {"month", monthName(ui, tm.tm_mon)},
                              {"year", std::to_string(tm.tm_year + 1900)}});
}

std::string dateTime(const Ui& ui, long long unixMs) {
    if (unixMs <= 0) return {};
    const std::tm tm = localTime(unixMs);
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", tm.tm_hour, tm.tm_min);
    return ui.tf("kit.date_time", {{"date", date(ui, unixMs)}, {"time", hm}});
}

}  // namespace samenspel::ui
