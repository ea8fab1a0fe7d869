// The Dutch "Over" text (assets/about.nl.md) is data, not code; this keeps
// it honest: it credits every research source, pictogram and font licence,
// and says in plain words that nothing leaves the device without an export.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "content/deck_loader.h"

namespace {
std::string readAsset(const char* name) {
    std::ifstream in(samenspel::defaultAssetsDir() / name);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }
}  // namespace

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

// Claims about the sources (issue 10): what is quoted, what is ours, what the
// report permits, and that this app is not the researchers' card set.
SCENARIO("the about text, the credits and the app's words claim no more than the sources give") {
    const std::string about = readAsset("about.nl.md");
    const std::string credits = readAsset("CREDITS.md");
    const std::string words = readAsset("text/nl.json");
    REQUIRE(!about.empty());
    REQUIRE(!credits.empty());
    REQUIRE(!words.empty());
    THEN("the ranking is 'de top 15 uit het onderzoek', never national (the study never says so)") {
        CHECK((has(about, "de top 15 uit het onderzoek") || has(about, "De top 15 uit het onderzoek")));
        for (const std::string* text : {&about, &words}) {
            CHECK_FALSE(has(*text, "andelijk"));  // landelijk, Landelijke
        }
        CHECK_FALSE(has(credits, " national"));  // (the licence is "4.0 International")
        CHECK(has(words, "De top 15 uit het onderzoek"));
    }
    THEN("it says which names are quoted and that the short labels, the clusters and their contents are ours") {
        CHECK(has(about, "letterlijk"));
        CHECK(has(about, "De korte naam op de kaart is van ons"));
        CHECK(has(about, "De namen van de clusters en welke factor in welk cluster staat"));
        CHECK_FALSE(has(about, "Uit dit onderzoek komen de zes groepen"));
        CHECK(has(credits, "sourceLabel"));
        CHECK(has(credits, "assignment of every factor"));
    }
    THEN("the end picture is said to count only this group's own cards, beside the ranking without figures") {
        CHECK(has(about, "alleen wat jullie zelf"));
        CHECK(has(about, "alleen die volgorde, geen"));
    }
    THEN("what the report permits is stated, not stretched (002:28)") {
        CHECK(has(about, "artikelen, scripties en boeken"));
        CHECK(has(about, "schriftelijke toestemming"));
        CHECK(has(credits, "articles, theses and books"));
        CHECK_FALSE(has(credits, "which is what we do here"));
    }
    THEN("it says plainly that this app is not the researchers' own Tegenwicht card set (002:257)") {
        CHECK(has(about, "Deze app is niet die kaartenset van de onderzoekers"));
        CHECK(has(credits, "This app is not the researchers' Tegenwicht card set"));
    }
    THEN("no screen text shows a percentage") { CHECK_FALSE(has(words, "%")); }
}
