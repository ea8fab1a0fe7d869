// The app shell's plain parts: the route stack and the settings file.
#include <catch2/catch.hpp>

#include <fstream>

#include "temp_dir.h"
#include "ui/shell/navigation.h"
#include "ui/shell/settings_store.h"

using namespace samenspel::ui;

SCENARIO("the route stack") {
    Navigation nav;
    CHECK(nav.current() == Route::Home);
    WHEN("back is pressed on Home") {
        nav.back();
        THEN("Home stays") {
            CHECK(nav.current() == Route::Home);
            CHECK(nav.atHome());
        }
    }
    WHEN("screens are opened and Home is chosen") {
        nav.go(Route::Sessions);
        nav.go(Route::SessionSummary);
        CHECK(nav.stack().size() == 3);
        nav.back();
        CHECK(nav.current() == Route::Sessions);
        nav.go(Route::Home);
        THEN("the stack resets") { CHECK(nav.stack() == std::vector<Route>{Route::Home}); }
    }
    WHEN("a game route has no game") {
        nav.openGame();
        nav.go(Route::StopConfirm);
        THEN("it falls back to Home") {
            CHECK(nav.settle(true) == Route::StopConfirm);
            CHECK(nav.settle(false) == Route::Home);
            CHECK(nav.atHome());
        }
    }
    WHEN("a screen is opened twice in a row") {
        nav.go(Route::Settings);
        nav.go(Route::Settings);
        THEN("one back returns") {
            nav.back();
            CHECK(nav.current() == Route::Home);
        }
    }
}

SCENARIO("settings are stored and read defensively") {
    TempDir dir;
    const auto file = dir.path / "settings.txt";
    std::string problem;
    GIVEN("no file") {
        THEN("the defaults") {
            CHECK(loadSettings(file, &problem) == Settings{});
            CHECK(problem.empty());
        }
    }
    GIVEN("saved settings") {
        Settings s{2, true, samenspel::platform::SpeechSpeed::Slow};
        REQUIRE(saveSettings(file, s));
        THEN("they come back") { CHECK(loadSettings(file) == s); }
    }
    GIVEN("a damaged file") {
        std::ofstream(file, std::ios::binary) << "text-step=9\nbeeldmodus=1\nspeech-speed=x\n\xff\xfe\x00garbage=\n";
        THEN("what can be read is kept, the rest is the default") {
            Settings s = loadSettings(file, &problem);
            CHECK(s.textStep == 0);
            CHECK(s.beeldmodus);
            CHECK(s.speechSpeed == samenspel::platform::SpeechSpeed::Normal);
            CHECK_FALSE(problem.empty());
        }
    }
    GIVEN("a huge file") {
        std::ofstream(file, std::ios::binary) << std::string(100000, '=');
        THEN("the defaults") {
            CHECK(loadSettings(file, &problem) == Settings{});
            CHECK_FALSE(problem.empty());
        }
    }
    GIVEN("a folder where the file should be") {
        std::filesystem::create_directories(file);
        THEN("the defaults, and saving says it failed") {
            CHECK(loadSettings(file, &problem) == Settings{});
            std::string why;
            CHECK_FALSE(saveSettings(file, Settings{}, &why));
        }
    }
}
