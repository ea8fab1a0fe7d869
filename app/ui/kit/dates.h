// Dates as people read them in Dutch: "28 november 2026, 14:05", local
// time, the month's name from assets/text/nl.json ("kit.month.*").
#pragma once
#include <string>

namespace samenspel::ui {

class Ui;

// "28 november 2026, 14:05"; empty for 0 (no time known).
std::string dateTime(const Ui& ui, long long unixMs);
// "28 november 2026".
std::string date(const Ui& ui, long long unixMs);

}  // namespace samenspel::ui
