// The Reflectie deck (assets/decks/reflectie.json): complete for its rules,
// short labels, no empty field, a pictogram file for every card and group,
// every group a card names exists, and each theme's knowledge card ends in
// one reflective question. The loader refuses a Reflectie deck that lacks
// what the session reads.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "content/deck_loader.h"
#include "engine/reflectie_game.h"

using namespace samenspel;
namespace fs = std::filesystem;

namespace {

std::size_t words(const std::string& s) {
    std::istringstream in(s);
    std::size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

std::string deckText() {
    std::ifstream in(platform::defaultAssetsDir() / "decks" / "reflectie.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

SCENARIO("the Reflectie deck holds every card group the design asks for") {
    const auto catalog = loadBundledDecks();
    const Deck* d = catalog.find("reflectie");
    REQUIRE(d);
    CHECK(d->kind == GameKind::Reflectie);
    CHECK(d->cardsOfKind(CardKind::Theme).size() == 5);
    CHECK(d->cardsOfKind(CardKind::Form).size() == 2);
    CHECK(d->cardsOfKind(CardKind::Perspective).size() == 4);
    CHECK(d->cardsOfKind(CardKind::Lens).size() == 3);
    CHECK(d->cardsOfKind(CardKind::Norm).size() == 4);
    CHECK(d->cardsOfKind(CardKind::Knowledge).size() == 5);
    CHECK(d->cardsOfKind(CardKind::Prompt).size() >= 6);
    CHECK(d->cardsOfKind(CardKind::Agreement).size() >= 4);
    CHECK(d->cardsOfKind(CardKind::Stance).size() == 3);
    CHECK(d->cardsOfKind(CardKind::Closing).size() >= 2);
    CHECK_FALSE(d->cardsOfKind(CardKind::Situation).empty());
    CHECK_FALSE(d->cardsOfKind(CardKind::Strength).empty());
    CHECK(d->cardsOfKind(CardKind::Learning).size() == 7);  // the report's seven learning outcomes
    CHECK(d->cardsOfKind(CardKind::Prompt).front()->label == "Nog geen oplossingen");
}

SCENARIO("every Reflectie card is short, complete and has its pictogram") {
    const auto catalog = loadBundledDecks();
    const Deck* d = catalog.find("reflectie");
    REQUIRE(d);
    const PictogramSet pictograms = listPictograms(platform::defaultAssetsDir() / "pictograms");
    for (const auto& c : d->cards) {
        INFO(c.id);
        CHECK(words(c.label) >= 1);
        CHECK(words(c.label) <= 6);
        CHECK(words(c.text) >= 3);
        CHECK(pictograms.count(c.pictogram) == 1);
        REQUIRE(d->group(c.group));
    }
    for (const auto& g : d->groups) {
        INFO(g.id);
        CHECK(pictograms.count(g.symbol) == 1);
        CHECK_FALSE(g.label.empty());
        CHECK_FALSE(g.text.empty());
    }
    CHECK(pictograms.count(d->presentation.pictogram) == 1);
}

SCENARIO("each theme has one knowledge card that ends in one reflective question, and a model") {
    const auto catalog = loadBundledDecks();
    const Deck* d = catalog.find("reflectie");
    REQUIRE(d);
    for (const Card* theme : d->cardsOfKind(CardKind::Theme)) {
        INFO(theme->id);
        ReflectieState s;
        s.theme = theme->id;
        const Card* k = knowledgeCard(*d, s);
        REQUIRE(k);
        CHECK(k->text.back() == '?');
        // One question: the text before its last sentence asks nothing.
        const auto lastStop = k->text.find_last_of(".", k->text.size() - 2);
        REQUIRE(lastStop != std::string::npos);
        CHECK(k->text.substr(0, lastStop).find('?') == std::string::npos);
        CHECK_FALSE(modelCards(*d, s).empty());
    }
    ReflectieState macht;
    macht.theme = "rf.t.macht";
    CHECK(modelShape(*d, macht) == ModelShape::Triangle);
}

SCENARIO("the loader refuses a Reflectie deck that lacks what the session reads") {
    const PictogramSet pictograms = listPictograms(platform::defaultAssetsDir() / "pictograms");
    const std::string good = deckText();
    std::vector<DeckProblem> problems;
    REQUIRE(parseDeck(good, "reflectie.json", pictograms, problems));
    REQUIRE(problems.empty());

    WHEN("a theme has no knowledge card") {
        auto bad = replaced(good, R"("kind": "knowledge",
      "group": "macht")",
                            R"("kind": "knowledge",
      "group": "ambigu")");
        CHECK_FALSE(parseDeck(bad, "reflectie.json", pictograms, problems));
        REQUIRE_FALSE(problems.empty());
        CHECK(problems.back().text().find("knowledge") != std::string::npos);
    }
    WHEN("the prompt card 'nog geen oplossingen' has no order 0") {
        auto bad = replaced(good, R"("pictogram": "stop-button",
      "order": 0)",
                            R"("pictogram": "stop-button",
      "order": 9)");
        CHECK_FALSE(parseDeck(bad, "reflectie.json", pictograms, problems));
        CHECK(problems.back().text().find("prompt") != std::string::npos);
    }
    WHEN("a card names a group the deck does not have") {
        auto bad = replaced(good, R"("group": "kracht")", R"("group": "krachten")");
        CHECK_FALSE(parseDeck(bad, "reflectie.json", pictograms, problems));
        CHECK(problems.back().text().find("krachten") != std::string::npos);
    }
    WHEN("a label is longer than six words") {
        auto bad = replaced(good, R"("label": "Goed luisteren")", R"("label": "Heel erg goed en lang luisteren naar")");
        CHECK_FALSE(parseDeck(bad, "reflectie.json", pictograms, problems));
        CHECK(problems.back().text().find("six words") != std::string::npos);
    }
}

SCENARIO("the Over text and the credits name the source of the Reflectie deck and say the texts are ours") {
    for (const char* file : {"about.nl.md", "CREDITS.md"}) {
        std::ifstream in(platform::defaultAssetsDir() / file);
        REQUIRE(in);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text = ss.str();
        INFO(file);
        for (const char* s : {"Hogeschool Rotterdam", "KNAP'RZ", "Samen voor Zuid", "Zacka"}) {
            INFO(s);
            CHECK(text.find(s) != std::string::npos);
        }
    }
}
