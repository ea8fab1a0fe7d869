// Deck files: the bundled decks are sound, and every kind of mistake in a
// deck file is reported with its file and card id while other decks load.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "content/deck_loader.h"
#include "study_top15.h"
#include "temp_dir.h"

using namespace samenspel;
namespace fs = std::filesystem;

namespace {

const PictogramSet kPictograms = {"scale", "question", "people", "note"};

// A minimal valid Tegenwicht-like deck; tests break one thing at a time.
std::string goodDeck(const std::string& cardsExtra = "", const std::string& firstCard = "") {
    std::string cards =
        firstCard.empty()
            ? R"({"id": "x.f.1", "kind": "factor", "group": "klant", "label": "Motivatie", "sourceLabel": "Motivatie en drijfveren klant", "text": "De klant wil.", "pictogram": "scale", "rank": 1})"
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
            "it has at least 40 factors in six clusters, all fifteen ranks of the study, six steps and twelve "
            "counter cards") {
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
            R"(, {"id": "x.f.2", "kind": "factor", "group": "klant", "label": "L", "sourceLabel": "S", "text": "T", "pictogram": "scale", "rank": 1})")));
        CHECK_THAT(q, Catch::Contains("card x.f.2: rank 1 is also given to x.f.1"));
        auto r = allText(problemsOf(goodDeck(
            R"(, {"id": "x.m.9", "kind": "moment", "group": "thema", "label": "L", "sourceLabel": "S", "text": "T", "pictogram": "people", "rank": 2})")));
        CHECK_THAT(r, Catch::Contains("card x.m.9: only factor cards have a top-15 rank"));
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
        THEN("the rule ids point at groups") {
            REQUIRE(tw->counterGroup());
            CHECK(tw->counterGroup()->id == "tegenwicht");
            CHECK(tw->ownTopicTheme() == nullptr);
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
        WHEN("the deck still carries the end-picture weights of content 1.0.0") {
            auto old = json;
            old.replace(old.find("\"counterGroup\": \"tegenwicht\""), 28,
                        "\"counterGroup\": \"tegenwicht\", \"scoring\": {\"heavy\": 2, \"light\": 1, \"decisive\": 3}");
            std::vector<DeckProblem> problems;
            CHECK_FALSE(parseDeck(old, "tegenwicht.json", pictograms, problems));
            CHECK_THAT(allText(problems), Catch::Contains("rule 'scoring' is no longer used"));
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

// --- Cards that tell the truth (issue 10) -----------------------------------

namespace {

std::size_t words(const std::string& s) {
    std::istringstream in(s);
    std::size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

SCENARIO("every card says what is quoted and what is ours") {
    const auto catalog = loadBundledDecks();
    INFO(allText(catalog.problems));
    REQUIRE(catalog.problems.empty());
    THEN("every label of every deck has at most six words, and no field is empty") {
        for (const auto& d : catalog.decks) {
            for (const auto& g : d.groups) {
                INFO(d.id << " group " << g.id);
                CHECK(!g.label.empty());
                CHECK(!g.text.empty());
                CHECK(!g.symbol.empty());
            }
            for (const auto& c : d.cards) {
                INFO(d.id << " card " << c.id << ": " << c.label);
                CHECK(words(c.label) <= 6);
                CHECK(words(c.label) >= 1);
                CHECK(words(c.text) >= 2);
                CHECK(!c.pictogram.empty());
            }
        }
    }
    GIVEN("the Tegenwicht deck") {
        const Deck& d = *catalog.find("tegenwicht");
        THEN("each top-15 card keeps the study's exact name in sourceLabel, whatever its short label") {
            int ranked = 0;
            for (const Card* c : d.cardsOfKind(CardKind::Factor)) {
                if (c->rank == 0) continue;
                ++ranked;
                INFO(c->id << " rank " << c->rank << " (seed 002 line " << 146 + c->rank << ")");
                REQUIRE(testing::kStudyTop15.count(c->rank));
                CHECK(c->sourceLabel == testing::kStudyTop15.at(c->rank));
                // A label that is not the study's text is ours; the quote travels beside it.
                if (c->label != testing::kStudyTop15.at(c->rank)) CHECK(!c->sourceLabel.empty());
            }
            CHECK(ranked == 15);
        }
        THEN("a card outside the top 15 claims no source words") {
            for (const auto& c : d.cards)
                if (c.rank == 0) {
                    INFO(c.id);
                    CHECK(c.sourceLabel.empty());
                }
        }
        THEN("the long research names are the source line, not the label") {
            const Card* kaders = d.card("tw.f.kaders");
            REQUIRE(kaders);
            CHECK(kaders->label == "Wetten en regels voor deze klant");
            CHECK(has(kaders->sourceLabel, "rondom bepaalde klantgroepen"));
            // The wet cluster's own sentence is not repeated on the card (audit 2.2).
            const CardGroup* wet = d.group("wet");
            REQUIRE(wet);
            CHECK(!has(kaders->text, wet->text));
            CHECK(!has(kaders->text, "Ze bepalen wat moet, wat mag"));
            CHECK(d.card("tw.f.vakkennis")->label == "Jouw vakkennis");
        }
        THEN("explaining a decision is asked for decisions with a big impact, not for every one (002:223)") {
            const Card* uitleg = d.card("tw.c.uitleg");
            REQUIRE(uitleg);
            CHECK(has(uitleg->text, "grote gevolgen"));
            CHECK(has(uitleg->text, "Niet elke"));
        }
        THEN("the jargon the audit lists is gone from labels and texts (a quoted sourceLabel may keep it)") {
            for (const auto& c : d.cards)
                for (const char* jargon :
                     {"caseload", "targets", "Targets", "helikopter", "meerkoppig", "split second", "input",
                      "poortwachter", "verrekenen", "vakinhoudelijke", "bekwaam", "loonkostensubsidie", "maatregel"}) {
                    INFO(c.id << ": " << jargon);
                    CHECK(!has(c.label, jargon));
                    CHECK(!has(c.text, jargon));
                }
            for (const auto& g : d.groups) CHECK(!has(g.text, "split second"));
        }
    }
    GIVEN("the Samenleer deck") {
        const Deck& d = *catalog.find("samenleer");
        THEN("the confidentiality card says what stays between the two and what the coach may take along (004:134)") {
            const Card* c = d.card("sl.ag.tussen-ons");
            REQUIRE(c);
            CHECK(has(c->text, "tussen ons"));
            CHECK(has(c->text, "leerpunten"));
            CHECK(has(c->text, "zonder namen"));
            CHECK(!has(c->text, "vertellen we niet verder"));
            CHECK(c->label != "Het blijft tussen ons");
        }
        THEN("the dependency between coach and jobseeker is a card to choose (003:37; 004:58-64)") {
            const Card* c = d.card("sl.m.afhankelijk");
            REQUIRE(c);
            CHECK(c->kind == CardKind::Moment);
            REQUIRE(d.group(c->group));
            CHECK(d.group(c->group)->role == GroupRole::Theme);
        }
        THEN("question B asks what it did to the other too (004:163)") {
            const Card* b = d.card("sl.q.b");
            REQUIRE(b);
            CHECK(has(b->text, "Wat deed dit met de ander?"));
        }
        THEN("every theme offers its own sub-topic inside it (004:210-243)") {
            for (const auto& g : d.groups) {
                if (g.role != GroupRole::Theme || &g == d.ownTopicTheme()) continue;
                INFO(g.id);
                int own = 0;
                for (const Card* c : d.cardsOfKind(CardKind::Own)) own += c->group == g.id;
                CHECK(own == 1);
            }
        }
    }
    THEN("both decks have a new content version and still replay the records of content 1.0.0") {
        for (const char* id : {"tegenwicht", "samenleer"}) {
            const Deck* d = catalog.find(id);
            REQUIRE(d);
            INFO(id);
            CHECK(d->contentVersion == "1.1.0");
            CHECK(d->replays("1.1.0"));
            CHECK(d->replays("1.0.0"));
            CHECK_FALSE(d->replays("0.9"));
        }
    }
}

SCENARIO("a deck file must quote the source for a ranked card and list its replays sanely") {
    WHEN("a ranked card has no sourceLabel") {
        auto p = allText(problemsOf(goodDeck(
            "",
            R"({"id": "x.f.1", "kind": "factor", "group": "klant", "label": "L", "text": "T", "pictogram": "scale", "rank": 3})")));
        CHECK_THAT(p, Catch::Contains("card x.f.1: a card with a rank needs its sourceLabel"));
    }
    WHEN("a sourceLabel is empty") {
        auto p = allText(problemsOf(goodDeck(
            "",
            R"({"id": "x.f.1", "kind": "factor", "group": "klant", "label": "L", "sourceLabel": " ", "text": "T", "pictogram": "scale"})")));
        CHECK_THAT(p, Catch::Contains("card x.f.1: field 'sourceLabel' is empty"));
    }
    WHEN("replays lists the deck's own version, or is not a list of versions") {
        auto own = goodDeck();
        own.replace(own.find("\"contentVersion\": \"1\","), 22, "\"contentVersion\": \"1\", \"replays\": [\"1\"],");
        CHECK_THAT(allText(problemsOf(own)), Catch::Contains("replays: lists the deck's own content version"));
        auto bad = goodDeck();
        bad.replace(bad.find("\"contentVersion\": \"1\","), 22, "\"contentVersion\": \"1\", \"replays\": [7],");
        CHECK_THAT(allText(problemsOf(bad)), Catch::Contains("replays: every entry must be a content version"));
        auto notList = goodDeck();
        notList.replace(notList.find("\"contentVersion\": \"1\","), 22,
                        "\"contentVersion\": \"1\", \"replays\": \"0\",");
        CHECK_THAT(allText(problemsOf(notList)), Catch::Contains("replays: must be a list"));
    }
    WHEN("replays names an earlier version") {
        auto ok = goodDeck();
        ok.replace(ok.find("\"contentVersion\": \"1\","), 22, "\"contentVersion\": \"2\", \"replays\": [\"1\"],");
        std::vector<DeckProblem> problems;
        auto deck = parseDeck(ok, "mini.json", kPictograms, problems);
        INFO(allText(problems));
        REQUIRE(deck);
        CHECK(deck->replays("1"));
        CHECK(deck->replays("2"));
        CHECK_FALSE(deck->replays("3"));
    }
}
