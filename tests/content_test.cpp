// Deck files: the bundled decks are sound, and every kind of mistake in a
// deck file is reported with its file and card id while other decks load.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>

#include "content/deck_loader.h"
#include "temp_dir.h"

using namespace samenspel;
namespace fs = std::filesystem;

namespace {

const PictogramSet kPictograms = {"scale", "question", "people", "note"};

// A minimal valid Tegenwicht-like deck; tests break one thing at a time.
std::string goodDeck(const std::string& cardsExtra = "", const std::string& firstCard = "") {
    std::string cards =
        firstCard.empty()
            ? R"({"id": "x.f.1", "kind": "factor", "group": "klant", "label": "Motivatie", "text": "De klant wil.", "pictogram": "scale", "rank": 1})"
            : firstCard;
    return R"({
  "deck": "mini",
  "game": "samenleer",
  "title": "Mini",
  "contentVersion": "1",
  "summary": "Een klein deck.",
  "source": "Test",
  "rules": {"maxMoments": 3, "ownTopicTheme": "thema"}, "presentation": {"colour": "#1A5FB4", "pictogram": "people", "players": "Coach en werkzoekende"},
  "groups": [
    {"id": "klant", "role": "cluster", "label": "Klant", "text": "Over de klant.", "colour": "#224466", "symbol": "people"},
    {"id": "thema", "role": "theme", "label": "Thema", "text": "Een thema.", "colour": "#225522", "symbol": "people"}
  ],
  "cards": [
    )" + cards +
           R"(,
    {"id": "x.m.1", "kind": "moment", "group": "thema", "label": "Klik", "text": "Hoe is de klik?", "pictogram": "people"},
    {"id": "x.a.1", "kind": "action", "group": "thema", "label": "Bellen", "text": "Iemand bellen.", "pictogram": "note"},
    {"id": "x.q.0", "kind": "question", "group": "thema", "label": "A", "text": "Wat gebeurde er?", "pictogram": "question", "order": 0},
    {"id": "x.q.1", "kind": "question", "group": "thema", "label": "B", "text": "Wat deed het?", "pictogram": "question", "order": 1},
    {"id": "x.q.2", "kind": "question", "group": "thema", "label": "C", "text": "Wat houden we?", "pictogram": "question", "order": 2},
    {"id": "x.r.1", "kind": "rating", "group": "thema", "label": "1", "text": "Slecht", "pictogram": "people", "order": 1},
    {"id": "x.r.2", "kind": "rating", "group": "thema", "label": "2", "text": "Matig", "pictogram": "people", "order": 2},
    {"id": "x.r.3", "kind": "rating", "group": "thema", "label": "3", "text": "Gewoon", "pictogram": "people", "order": 3},
    {"id": "x.r.4", "kind": "rating", "group": "thema", "label": "4", "text": "Goed", "pictogram": "people", "order": 4},
    {"id": "x.r.5", "kind": "rating", "group": "thema", "label": "5", "text": "Heel goed", "pictogram": "people", "order": 5})" +
           cardsExtra + R"(
  ]
})";
}

std::vector<DeckProblem> problemsOf(const std::string& json, const std::string& file = "mini.json") {
    std::vector<DeckProblem> problems;
    auto deck = parseDeck(json, file, kPictograms, problems);
    CHECK(deck.has_value() == problems.empty());
    return problems;
}

std::string allText(const std::vector<DeckProblem>& ps) {
    std::string out;
    for (const auto& p : ps) out += p.text() + "\n";
    return out;
}

}  // namespace

SCENARIO("the bundled decks load without a single problem") {
    const auto catalog = loadBundledDecks();
    INFO(allText(catalog.problems));
    REQUIRE(catalog.problems.empty());
    REQUIRE(catalog.find("tegenwicht"));
    REQUIRE(catalog.find("samenleer"));

    GIVEN("the Tegenwicht deck") {
        const Deck& d = *catalog.find("tegenwicht");
        THEN(
            "it has at least 40 factors in six clusters, all fifteen national ranks, six steps and twelve counter "
            "cards") {
            CHECK(d.cardsOfKind("factor").size() >= 40);
            std::map<std::string, int> perCluster;
            for (const Card* c : d.cardsOfKind("factor")) perCluster[c->group]++;
            CHECK(perCluster.size() == 6);
            std::set<int> ranks;
            for (const Card* c : d.cardsOfKind("factor"))
                if (c->rank) ranks.insert(c->rank);
            CHECK(ranks.size() == 15);
            auto steps = d.cardsOfKind("step");
            REQUIRE(steps.size() == 6);
            for (int i = 0; i < 6; ++i) CHECK(steps[i]->order == i);
            CHECK(d.cardsOfKind("counter").size() >= 12);
        }
        THEN("the two heaviest clusters of the study have the most factor cards") {
            std::map<std::string, int> perCluster;
            for (const Card* c : d.cardsOfKind("factor")) perCluster[c->group]++;
            for (const auto& [g, n] : perCluster) {
                CHECK(perCluster["klant"] >= n);
                if (g != "klant") CHECK(perCluster["professional"] >= n);
            }
        }
    }
    GIVEN("the Samenleer deck") {
        const Deck& d = *catalog.find("samenleer");
        THEN("it has the four themes and the eleven sub-cards under their own names") {
            int themes = 0;
            for (const auto& g : d.groups) themes += g.role == GroupRole::Theme;
            CHECK(themes == 4);
            CHECK(d.cardsOfKind("theme").size() == 4);
            std::set<std::string> labels;
            for (const Card* c : d.cardsOfKind("moment")) labels.insert(c->label);
            for (const char* name :
                 {"Klik", "Openheid", "Luisteren en begrijpen", "Aansluiting", "Advies en ondersteuning", "Vertrouwen",
                  "Doel", "Onderwerpen", "Duidelijkheid", "Resultaat"})
                CHECK(labels.count(name) == 1);
            CHECK(d.cardsOfKind("moment").size() >= 10);
            CHECK(d.cardsOfKind("own").size() >= 1);
            CHECK(d.cardsOfKind("step").size() == 3);
            CHECK(d.cardsOfKind("question").size() == 3);
            CHECK(d.cardsOfKind("agreement").size() >= 3);
            CHECK(d.cardsOfKind("action").size() >= 6);
            CHECK(d.cardsOfKind("rating").size() == 5);
        }
    }
    THEN("every card of every deck has a pictogram, a short label and a full text") {
        for (const auto& d : catalog.decks)
            for (const auto& c : d.cards) {
                INFO(c.id);
                CHECK(!c.pictogram.empty());
                CHECK(!c.label.empty());
                CHECK(!c.text.empty());
                CHECK(c.deck == d.id);
            }
    }
}

SCENARIO("a good deck file loads") {
    std::vector<DeckProblem> problems;
    auto deck = parseDeck(goodDeck(), "mini.json", kPictograms, problems);
    INFO(allText(problems));
    REQUIRE(deck);
    CHECK(deck->cards.size() == 11);
    CHECK(deck->card("x.f.1")->rank == 1);
    CHECK(deck->rule("maxMoments", 0) == 3);
}

SCENARIO("each kind of mistake names the file, the line and the card") {
    WHEN("a card id is used twice") {
        auto p = allText(problemsOf(goodDeck(
            R"(, {"id": "x.m.1", "kind": "moment", "group": "thema", "label": "Twee", "text": "Nog een.", "pictogram": "people"})")));
        THEN("the duplicate is reported") {
            CHECK_THAT(p, Catch::Contains("mini.json:") && Catch::Contains("card x.m.1: id is used twice"));
        }
    }
    WHEN("a field is empty or missing") {
        auto p = allText(problemsOf(goodDeck(
            "",
            R"({"id": "x.f.1", "kind": "factor", "group": "klant", "label": "  ", "text": "T", "pictogram": "scale"})")));
        CHECK_THAT(p, Catch::Contains("card x.f.1: field 'label' is empty"));
        auto q = allText(problemsOf(goodDeck(
            "", R"({"id": "x.f.1", "kind": "factor", "group": "klant", "label": "L", "pictogram": "scale"})")));
        CHECK_THAT(q, Catch::Contains("card x.f.1: field 'text' is missing"));
    }
    WHEN("a pictogram has no file") {
        auto p = allText(problemsOf(goodDeck(
            "",
            R"({"id": "x.f.1", "kind": "factor", "group": "klant", "label": "L", "text": "T", "pictogram": "unicorn"})")));
        CHECK_THAT(p, Catch::Contains("card x.f.1: pictogram 'unicorn' has no file"));
    }
    WHEN("a group does not exist") {
        auto p = allText(problemsOf(goodDeck(
            "",
            R"({"id": "x.f.1", "kind": "factor", "group": "nergens", "label": "L", "text": "T", "pictogram": "scale"})")));
        CHECK_THAT(p, Catch::Contains("card x.f.1: group 'nergens' is not one of the deck's groups"));
    }
    WHEN("a label is longer than six words") {
        auto p = allText(problemsOf(goodDeck(
            "",
            R"({"id": "x.f.1", "kind": "factor", "group": "klant", "label": "een twee drie vier vijf zes zeven", "text": "T", "pictogram": "scale"})")));
        CHECK_THAT(p, Catch::Contains("card x.f.1: label has more than six words"));
    }
    WHEN("a rank is out of range, doubled, or on a card that is no factor") {
        auto p = allText(problemsOf(goodDeck(
            "",
            R"({"id": "x.f.1", "kind": "factor", "group": "klant", "label": "L", "text": "T", "pictogram": "scale", "rank": 16})")));
        CHECK_THAT(p, Catch::Contains("'rank' must be a whole number from 1 to 15"));
        auto q = allText(problemsOf(goodDeck(
            R"(, {"id": "x.f.2", "kind": "factor", "group": "klant", "label": "L", "text": "T", "pictogram": "scale", "rank": 1})")));
        CHECK_THAT(q, Catch::Contains("card x.f.2: rank 1 is also given to x.f.1"));
        auto r = allText(problemsOf(goodDeck(
            R"(, {"id": "x.m.9", "kind": "moment", "group": "thema", "label": "L", "text": "T", "pictogram": "people", "rank": 2})")));
        CHECK_THAT(r, Catch::Contains("card x.m.9: only factor cards have a national rank"));
    }
    WHEN("a field name is mistyped or a kind is unknown") {
        auto p = allText(problemsOf(goodDeck(
            R"(, {"id": "x.m.9", "kind": "momnet", "group": "thema", "label": "L", "text": "T", "pictogram": "people", "colour": "#000000"})")));
        CHECK_THAT(p, Catch::Contains("card x.m.9: unknown field 'colour'"));
        CHECK_THAT(p, Catch::Contains("card x.m.9: kind 'momnet' is unknown"));
    }
    WHEN("the JSON itself is broken") {
        auto json = goodDeck();
        json.insert(json.find("\"cards\""), "}");
        auto ps = problemsOf(json);
        REQUIRE(ps.size() == 1);
        THEN("the line of the error is given") {
            CHECK(ps[0].line == 13);  // the line of "cards", where the stray } sits
            CHECK_THAT(ps[0].message, Catch::Contains("JSON error"));
        }
    }
    WHEN("the file is not an object, or empty") {
        CHECK_THAT(allText(problemsOf("[1,2]")), Catch::Contains("one JSON object"));
        CHECK_THAT(allText(problemsOf("")), Catch::Contains("JSON error"));
    }
    WHEN("the deck id does not match the file name") {
        CHECK_THAT(allText(problemsOf(goodDeck(), "other.json")), Catch::Contains("does not match the file name"));
    }
    WHEN("a colour is not a colour, or a deck misses what its game needs") {
        auto json = goodDeck();
        json.replace(json.find("#224466"), 7, "blauw");
        CHECK_THAT(allText(problemsOf(json)), Catch::Contains("group klant: colour must look like #1A2B3C"));
        auto noRating = goodDeck();
        noRating.replace(noRating.find("\"order\": 5"), 10, "\"order\": 6");
        CHECK_THAT(allText(problemsOf(noRating)), Catch::Contains("no 'rating' card has order 5"));
    }
}

SCENARIO("a deck says how it looks and which content ids its rules use") {
    GIVEN("the bundled decks") {
        auto catalog = loadBundledDecks();
        INFO(allText(catalog.problems));
        const Deck* tw = catalog.find("tegenwicht");
        const Deck* sl = catalog.find("samenleer");
        REQUIRE(tw);
        REQUIRE(sl);
        THEN("the game is parsed once into a kind and the presentation is read") {
            CHECK(tw->kind == GameKind::Tegenwicht);
            CHECK(sl->kind == GameKind::Samenleer);
            CHECK(tw->presentation.colour == "#0B5D6B");
            CHECK(tw->presentation.pictogram == "scale");
            CHECK(tw->presentation.players == "2 tot 8 professionals, samen aan tafel");
            CHECK(sl->presentation.colour == "#1A5FB4");
            CHECK(sl->presentation.pictogram == "handshake");
            CHECK(sl->presentation.players == "Coach en werkzoekende, samen");
        }
        THEN("the rule ids point at groups and the scoring is read") {
            REQUIRE(tw->counterGroup());
            CHECK(tw->counterGroup()->id == "tegenwicht");
            CHECK(tw->ownTopicTheme() == nullptr);
            CHECK(tw->tegenwicht.scoring.heavy == 2);
            CHECK(tw->tegenwicht.scoring.light == 1);
            CHECK(tw->tegenwicht.scoring.decisive == 3);
            REQUIRE(sl->ownTopicTheme());
            CHECK(sl->ownTopicTheme()->id == "bespreken");
            CHECK(sl->ownTopicTheme()->role == GroupRole::Theme);
            for (const Card* c : tw->cardsOfKind(CardKind::Counter)) CHECK(c->group == tw->tegenwicht.counterGroup);
        }
    }
    GIVEN("a deck file") {
        auto json = goodDeck();
        WHEN("the presentation colour is broken") {
            json.replace(json.find("#1A5FB4"), 7, "#1A5FZ4");
            THEN("the loader names the presentation") {
                CHECK_THAT(
                    allText(problemsOf(json)),
                    Catch::Contains("mini.json:") && Catch::Contains("presentation: colour must look like #1A2B3C"));
            }
        }
        WHEN("the presentation is missing, or its pictogram has no file") {
            auto noPresentation = json;
            const auto at = noPresentation.find(" \"presentation\"");
            noPresentation.erase(at, noPresentation.find('}', at) + 2 - at);
            CHECK_THAT(allText(problemsOf(noPresentation)), Catch::Contains("field 'presentation' is missing"));
            json.replace(json.find("\"pictogram\": \"people\", \"players\""), 21, "\"pictogram\": \"unicorn\"");
            CHECK_THAT(allText(problemsOf(json)), Catch::Contains("presentation: pictogram 'unicorn' has no file"));
        }
        WHEN("the own-topic rule points at no group, or at a group that is no theme") {
            auto nowhere = json;
            nowhere.replace(nowhere.find("\"ownTopicTheme\": \"thema\""), 24, "\"ownTopicTheme\": \"nergens\"");
            CHECK_THAT(allText(problemsOf(nowhere)),
                       Catch::Contains("mini.json:") &&
                           Catch::Contains("rule 'ownTopicTheme' names group 'nergens', which the deck does not have"));
            json.replace(json.find("\"ownTopicTheme\": \"thema\""), 24, "\"ownTopicTheme\": \"klant\"");
            CHECK_THAT(allText(problemsOf(json)), Catch::Contains("names group 'klant', which is not a theme"));
        }
        WHEN("the own-topic rule is missing, or a rule of the other game is given") {
            auto missing = json;
            missing.replace(missing.find(", \"ownTopicTheme\": \"thema\""), 26, "");
            CHECK_THAT(allText(problemsOf(missing)), Catch::Contains("rule 'ownTopicTheme' is missing"));
            json.replace(json.find("\"maxMoments\": 3"), 15, "\"maxMoments\": 3, \"counterGroup\": \"thema\"");
            CHECK_THAT(allText(problemsOf(json)),
                       Catch::Contains("rule 'counterGroup' is not one of the samenleer rules"));
        }
    }
    GIVEN("the bundled Tegenwicht deck with its counter group renamed") {
        std::ifstream in(defaultAssetsDir() / "decks" / "tegenwicht.json");
        std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const PictogramSet pictograms = listPictograms(defaultAssetsDir() / "pictograms");
        WHEN("the rule points nowhere") {
            auto nowhere = json;
            nowhere.replace(nowhere.find("\"counterGroup\": \"tegenwicht\""), 28, "\"counterGroup\": \"tegenwind\"");
            std::vector<DeckProblem> problems;
            CHECK_FALSE(parseDeck(nowhere, "tegenwicht.json", pictograms, problems));
            CHECK_THAT(
                allText(problems),
                Catch::Contains("tegenwicht.json:") &&
                    Catch::Contains("rule 'counterGroup' names group 'tegenwind', which the deck does not have"));
        }
        WHEN("the scoring is missing a weight or has one out of range") {
            auto bad = json;
            bad.replace(bad.find("\"decisive\": 3"), 13, "\"decisive\": 300");
            std::vector<DeckProblem> problems;
            CHECK_FALSE(parseDeck(bad, "tegenwicht.json", pictograms, problems));
            CHECK_THAT(allText(problems),
                       Catch::Contains("rules.scoring: field 'decisive' must be a whole number from 0 to 100"));
            auto missing = json;
            missing.replace(missing.find(", \"decisive\": 3"), 15, "");
            problems.clear();
            CHECK_FALSE(parseDeck(missing, "tegenwicht.json", pictograms, problems));
            CHECK_THAT(allText(problems), Catch::Contains("rules.scoring: field 'decisive' is missing"));
        }
    }
}

SCENARIO("one broken deck file does not stop the others") {
    TempDir dir;
    fs::create_directories(dir.path / "decks");
    fs::create_directories(dir.path / "pictograms");
    for (const auto& p : kPictograms) std::ofstream(dir.path / "pictograms" / (p + ".svg")) << "<svg/>";
    std::ofstream(dir.path / "decks" / "mini.json") << goodDeck();
    auto broken = goodDeck();
    broken.replace(broken.find("\"deck\": \"mini\""), 14, "\"deck\": \"kapot\"");
    broken.replace(broken.find("\"label\": \"Klik\""), 15, "\"label\": \"\"");
    std::ofstream(dir.path / "decks" / "kapot.json") << broken;
    std::ofstream(dir.path / "decks" / "leeg.json") << "";

    auto catalog = loadDeckDirectory(dir.path / "decks", dir.path / "pictograms");
    REQUIRE(catalog.decks.size() == 1);
    CHECK(catalog.decks[0].id == "mini");
    auto text = allText(catalog.problems);
    CHECK_THAT(text, Catch::Contains("kapot.json:") && Catch::Contains("card x.m.1: field 'label' is empty"));
    CHECK_THAT(text, Catch::Contains("leeg.json:1: JSON error"));
}

SCENARIO("an oversized deck file is refused before it is read") {
    TempDir dir;
    std::ofstream(dir.path / "huge.json") << std::string((1 << 20) + 10, ' ');
    std::vector<DeckProblem> problems;
    CHECK_FALSE(loadDeckFile(dir.path / "huge.json", kPictograms, problems));
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].text(), Catch::Contains("huge.json: file is larger than 1 MiB"));
}
