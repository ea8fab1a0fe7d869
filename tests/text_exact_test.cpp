// Names and notes keep every character typed: the text field's mapping of
// characters above U+FFFF to private-use stand-ins (for ImGui's 16-bit
// characters) and back (app/ui/kit/text_exact.h).
#include <catch2/catch.hpp>

#include "ui/kit/text_exact.h"

using namespace samenspel::ui;

namespace {
std::string utf8(char32_t cp) {
    std::string s;
    appendUtf8(s, cp);
    return s;
}
const std::string kSmile = "\xF0\x9F\x99\x82";  // U+1F642
const std::string kWave = "\xF0\x9F\x91\x8B";   // U+1F44B
}  // namespace

SCENARIO("a name with an emoji comes back exactly as typed") {
    GIVEN("\"Anna 🙂\"") {
        StandIns standIns;
        const std::string typed = "Anna " + kSmile;
        std::string editable;
        REQUIRE(toEditable(typed, standIns, editable));
        THEN("ImGui sees only 16-bit characters: the emoji is the first stand-in") {
            CHECK(editable == "Anna " + utf8(0xE000));
            for (std::size_t i = 0; i < editable.size();) CHECK(decodeUtf8(editable, i) <= 0xFFFF);
        }
        THEN("reading the value gives the emoji back, not U+FFFD") { CHECK(fromEditable(editable, standIns) == typed); }
        WHEN("the person types on after it and adds another emoji") {
            std::string edited = editable + " en Bo ";
            std::string more;
            REQUIRE(toEditable(kWave, standIns, more));
            edited += more;
            CHECK(fromEditable(edited, standIns) == typed + " en Bo " + kWave);
        }
        WHEN("the emoji is deleted and typed again") {
            std::string again;
            REQUIRE(toEditable(kSmile, standIns, again));
            THEN("it gets the same stand-in: the table only grows") {
                CHECK(again == utf8(0xE000));
                CHECK(standIns.size() == 1);
            }
        }
    }
}

SCENARIO("text without characters above U+FFFF passes unchanged") {
    StandIns standIns;
    const std::string text = "Één café, ‘quote’ — ok";
    std::string editable;
    REQUIRE(toEditable(text, standIns, editable));
    CHECK(editable == text);
    CHECK(fromEditable(editable, standIns) == text);
    CHECK(standIns.size() == 0);
}

SCENARIO("a private-use character typed as such is kept, not taken for a stand-in") {
    StandIns standIns;
    const std::string typed = utf8(0xE000) + kSmile;
    std::string editable;
    REQUIRE(toEditable(typed, standIns, editable));
    CHECK(fromEditable(editable, standIns) == typed);
}

SCENARIO("broken UTF-8 is never passed on as broken bytes") {
    std::size_t i = 0;
    const std::string lone = "\xC3";  // a lead byte without its follower
    CHECK(decodeUtf8(lone, i) == 0xFFFD);
    CHECK(i == 1);
    i = 0;
    const std::string overlong = "\xC0\xAF";
    CHECK(decodeUtf8(overlong, i) == 0xFFFD);
    i = 0;
    const std::string surrogate = "\xED\xA0\x80";
    CHECK(decodeUtf8(surrogate, i) == 0xFFFD);
    CHECK(codePoints("Anna " + kSmile) == 6);
}

SCENARIO("the stand-in table has an end") {
    StandIns standIns;
    for (char32_t cp = 0x10000; cp < 0x10000 + (StandIns::kLast - StandIns::kFirst + 1); ++cp)
        REQUIRE(standIns.standInFor(cp) != 0);
    CHECK(standIns.standInFor(0x1F642) == 0);
    std::string editable;
    CHECK_FALSE(toEditable(kSmile, standIns, editable));  // the field then says why
}
