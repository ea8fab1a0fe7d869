// The CSV export a coordinator opens in a spreadsheet: one row per choice,
// proper quoting, and no formula smuggled in through a note.
#include <catch2/catch.hpp>

#include <sstream>

#include "engine/autoplay.h"
#include "store/record_csv.h"
#include "test_decks.h"

using namespace samenspel;

namespace {
std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}
std::size_t countOf(const std::vector<std::string>& rows, const std::string& part) {
    return static_cast<std::size_t>(std::count_if(
        rows.begin(), rows.end(), [&](const std::string& r) { return r.find(part) != std::string::npos; }));
}
}  // namespace

SCENARIO("CSV fields are quoted the way spreadsheets expect") {
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(csvField("") == "");
    THEN("free text that a spreadsheet would run as a formula is defused") {
        CHECK(csvField("=HYPERLINK(\"x\")", true) == "\"'=HYPERLINK(\"\"x\"\")\"");
        CHECK(csvField("+1", true) == "'+1");
        CHECK(csvField("@me", true) == "'@me");
        CHECK(csvField("-5", false) == "-5");
    }
}

SCENARIO("dates are ISO 8601 in UTC, whatever the machine's time zone") {
    CHECK(isoDateUtc(0) == "1970-01-01T00:00:00Z");
    CHECK(isoDateUtc(1714550400000) == "2024-05-01T08:00:00Z");
    CHECK(isoDateUtc(951782400000) == "2000-02-29T00:00:00Z");
    CHECK(isoDateUtc(-1) == "1969-12-31T23:59:59Z");
    CHECK(isoDateUtc(INT64_MIN) == "out-of-range");
}

SCENARIO("a Tegenwicht record becomes one row per pick, decisive factor and counter card") {
    const Deck deck = testing::tegenwichtFixture();
    auto game = autoplay(deck, defaultSetup(deck, 8, 4, 3), 8, 1714550400000, 20000);
    REQUIRE(game);
    const Record r = recordOf(*game, RecordId::random(), newDeviceId(), 1714550400000, 1714554000000);
    std::string why;
    auto csv = csvRows(deck, r, &why);
    INFO(why);
    REQUIRE(csv);
    const auto rows = lines(*csv);
    THEN("three picks a round, one decisive factor a round, and at least one counter card a round") {
        CHECK(countOf(rows, ",participant,pick,") == 9);
        CHECK(countOf(rows, ",inbrenger,decisive,") == 3);
        CHECK(countOf(rows, ",counter,") >= 3);
    }
    THEN("every row names the deck, the record and a cluster for its factor") {
        for (const auto& row : rows) {
            CHECK_THAT(row, Catch::StartsWith("tegenwicht,test-1," + r.id.hex() + ",2024-05-01T08:00:00Z,finished,"));
            if (row.find(",pick,") != std::string::npos)
                CHECK((row.find(",heavy,") != std::string::npos || row.find(",light,") != std::string::npos ||
                       row.find(",unnoticed,") != std::string::npos));
        }
    }
    THEN("the header has as many columns as each row") {
        const auto commas = [](const std::string& s) { return std::count(s.begin(), s.end(), ','); };
        for (const auto& row : rows)
            if (row.find('"') == std::string::npos) CHECK(commas(row) == commas(csvHeader()));
    }
}

SCENARIO("a Samenleer record becomes rows for moments, answers, actions and ratings") {
    const Deck deck = testing::samenleerFixture();
    auto game = Game::start(deck, defaultSetup(deck, 2, 2, 0));
    REQUIRE(game);
    std::int64_t t = 1714550400000;
    for (const Action& a :
         {sl::agree(0), sl::agree(1), sl::pickMoment(0, "sl.m.klik"),
          sl::pickMoment(1, "sl.own.1", "Samen, \"echt\" samen"), sl::startTalking(),
          sl::answer(0, 1, 0, AnswerChoice::Keep, "=fijn"), sl::answer(1, 0, 2, AnswerChoice::Change),
          sl::finishTalking(), sl::addAction(1, "sl.a.bellen"), sl::rate(0, 4), sl::rate(1, 5), sl::finish()})
        REQUIRE(game->apply(a, t += 1000));
    const Record r = recordOf(*game, RecordId::random(), newDeviceId(), 1714550400000, t);
    std::string why;
    auto csv = csvRows(deck, r, &why);
    INFO(why);
    REQUIRE(csv);
    const auto rows = lines(*csv);
    CHECK(countOf(rows, ",moment,") == 2);
    CHECK(countOf(rows, ",jobseeker,answer,sl.m.klik,samenwerking,A:keep,'=fijn") == 1);
    CHECK(countOf(rows, ",coach,answer,sl.own.1,eigen,C:change,") == 1);
    CHECK(countOf(rows, "\"Samen, \"\"echt\"\" samen\"") == 1);
    CHECK(countOf(rows, ",action,sl.a.bellen,") == 1);
    CHECK(countOf(rows, ",rating,,,4,") == 1);
    CHECK(countOf(rows, ",rating,,,5,") == 1);
}

SCENARIO("a round where none of the factors was decisive has a decisive-none row") {
    const Deck deck = testing::tegenwichtFixture();
    auto game = Game::start(deck, defaultSetup(deck, 8, 3, 1));
    REQUIRE(game);
    auto act = [&](const Action& a) {
        auto v = game->apply(a, 1714550400000);
        INFO(v.reason);
        REQUIRE(v.ok);
    };
    const auto& s = *game->tegenwicht();
    act(tw::startPicking(1));
    for (auto seat : seatsStillToPick(s)) act(tw::pick(1, seat, s.hands[seat][0]));
    act(tw::reveal(1));
    for (const auto& c : std::vector<RevealedCard>(s.current().revealed)) act(tw::place(1, c.card, Weight::Light));
    act(tw::closeBalance(1));
    act(tw::decide(1, 0, s.current().revealed[0].card, 1));
    act(tw::decideNone(1, 0, 3));  // changed their mind: none of these
    act(tw::drawCounter(1));
    act(tw::nextRound(1));
    act(tw::finish());
    const Record r = recordOf(*game, RecordId::random(), newDeviceId(), 1714550400000, 1714554000000);
    std::string why;
    auto csv = csvRows(deck, r, &why);
    INFO(why);
    REQUIRE(csv);
    const auto rows = lines(*csv);
    CHECK(countOf(rows, ",inbrenger,decisive-none,,,3,") == 1);
    CHECK(countOf(rows, ",inbrenger,decisive,") == 0);
}
