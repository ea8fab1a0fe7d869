// Dates read as people say them, with the month's name from nl.json
// (app/ui/kit/dates.h): one formatter for every screen.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

#include "content/deck_loader.h"
#include "ui/kit/dates.h"

SCENARIO("a session's date in Dutch: \"28 november 2026, 14:05\"") {
    samenspel::Words words;
    std::string why;
    REQUIRE(words.load(samenspel::defaultAssetsDir() / "text" / "nl.json", &why));
    setenv("TZ", "UTC", 1);
    tzset();
    const long long ms = 1795874700000LL;  // 2026-11-28 14:05 UTC
    CHECK(samenspel::ui::dateTime(words, ms) == "28 november 2026, 14:05");
    CHECK(samenspel::ui::date(words, 1772323200000LL) == "1 maart 2026");
    CHECK(samenspel::ui::dateTime(words, 0).empty());  // no time known: nothing, not 1970
    CHECK(words.missing().empty());
}
