// Free text that people type: valid UTF-8 only, and counted in characters.
#include <catch2/catch.hpp>

#include "engine/action.h"

using namespace samenspel;

SCENARIO("only well-formed UTF-8 is accepted") {
    CHECK(validUtf8(""));
    CHECK(validUtf8("Café, één, ‘quote’, 🙂"));
    CHECK_FALSE(validUtf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(validUtf8("\xE0\x80\xAF"));      // overlong, three bytes
    CHECK_FALSE(validUtf8("\xED\xA0\x80"));      // a UTF-16 surrogate
    CHECK_FALSE(validUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(validUtf8("\xFF"));
    CHECK_FALSE(validUtf8("abc\xE2\x82"));  // cut off
    CHECK(validUtf8("\xF4\x8F\xBF\xBF"));   // U+10FFFF itself
}

SCENARIO("limits count characters, not bytes") {
    CHECK(utf8Length("één") == 3);
    CHECK(checkText(std::string(140, 'a'), 140, "note"));
    CHECK_FALSE(checkText(std::string(141, 'a'), 140, "note"));
    std::string accents;
    for (int i = 0; i < 140; ++i) accents += "é";
    CHECK(checkText(accents, 140, "note"));
    CHECK_FALSE(checkText(accents + "é", 140, "note"));
    CHECK_THAT(checkText(accents + "é", 140, "note").reason, Catch::Contains("longer than 140"));
    CHECK_THAT(checkText("\xC0\xAF", 140, "note").reason, Catch::Contains("not valid text"));
}
