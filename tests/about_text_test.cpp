// The Dutch "Over" text (assets/about.nl.md) is data, not code; this keeps
// it honest: it credits every research source, pictogram and font licence,
// and says in plain words that nothing leaves the device without an export.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "content/deck_loader.h"

SCENARIO("the about text credits its sources and explains privacy") {
    GIVEN("assets/about.nl.md") {
        std::ifstream in(samenspel::defaultAssetsDir() / "about.nl.md");
        REQUIRE(in);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text = ss.str();
        THEN("the research behind both decks is credited, with its authors") {
            for (const char* s : {"Panteia", "Muzus", "ZINZIZ", "Afwegingen bij re-integratie & jobcoaching",
                                  "Bennenbroek", "Wachter", "HAN", "lectoraat Arbeid & Gezondheid", "Lengkeek",
                                  "van Hal", "Samenleerwijzer", "Samenleergesprek"}) {
                INFO(s);
                CHECK(text.find(s) != std::string::npos);
            }
        }
        THEN("the pictogram and font licences are named") {
            for (const char* s : {"OpenMoji", "CC BY-SA 4.0", "Open Sans", "Apache License 2.0"}) {
                INFO(s);
                CHECK(text.find(s) != std::string::npos);
            }
        }
        THEN("privacy is explained: no client names, nothing leaves the device unless you export") {
            CHECK(text.find("geen namen van klanten") != std::string::npos);
            CHECK(text.find("Alles blijft op dit toestel") != std::string::npos);
            CHECK(text.find("exporteert") != std::string::npos);
        }
    }
}
