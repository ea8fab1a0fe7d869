// Tegenwicht played through actions: every rule and every refusal a group
// can run into, and a whole game.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "engine/autoplay.h"
#include "engine/game.h"
#include "test_decks.h"

using namespace samenspel;

namespace {

struct Table {
    Deck deck = testing::tegenwichtFixture();
    TegenwichtState state;
    explicit Table(std::size_t seats = 4, std::uint16_t rounds = 2, std::uint64_t seed = 11) {
        auto s = startTegenwicht(deck, defaultSetup(deck, seed, seats, rounds));
        REQUIRE(s);
        state = *s;
    }
    Verdict act(const Action& a) { return applyTegenwicht(deck, state, a); }
    // An action that must be refused, and must leave the state as it was.
    void refused(const Action& a, const std::string& reasonPart) {
        const auto before = state;
        auto v = act(a);
        CHECK_FALSE(v.ok);
        CHECK_THAT(v.reason, Catch::Contains(reasonPart));
        CHECK(state == before);
    }
    void everyonePicksFirstCard() {
        for (auto seat : seatsStillToPick(state)) REQUIRE(act(tw::pick(state.current().number, seat, state.hands[seat][0])));
    }
    void playRoundToEnd() {
        const auto n = state.current().number;
        everyonePicksFirstCard();
        REQUIRE(act(tw::reveal(n)));
        for (const auto& c : std::vector<RevealedCard>(state.current().revealed))
            REQUIRE(act(tw::place(n, c.card, Weight::Heavy)));
        REQUIRE(act(tw::decide(n, state.current().inbrenger, state.current().revealed[0].card, 2)));
        REQUIRE(act(tw::drawCounter(n)));
        REQUIRE(act(tw::nextRound(n)));
    }
};

}  // namespace

SCENARIO("a Tegenwicht game is dealt from its seed") {
    GIVEN("four seats and the deck's hand size of five") {
        Table t(4);
        THEN("every seat holds five different factor cards and the first seat is the inbrenger") {
            std::set<std::string> all;
            for (const auto& hand : t.state.hands) {
                CHECK(hand.size() == 5);
                all.insert(hand.begin(), hand.end());
            }
            CHECK(all.size() == 20);
            CHECK(t.state.current().inbrenger == 0);
            CHECK(t.state.phase == TegenwichtPhase::Picking);
            CHECK(seatsStillToPick(t.state) == std::vector<std::int16_t>{1, 2, 3});
        }
        THEN("the same seed deals the same hands, another seed other hands") {
            CHECK(Table(4, 2, 11).state == t.state);
            CHECK(Table(4, 2, 12).state.hands != t.state.hands);
        }
    }
    GIVEN("set-ups the rules do not allow") {
        Deck deck = testing::tegenwichtFixture();
        std::string why;
        CHECK_FALSE(startTegenwicht(deck, defaultSetup(deck, 1, 1, 2), &why));
        CHECK_THAT(why, Catch::Contains("2 to 8 seats"));
        CHECK_FALSE(startTegenwicht(deck, defaultSetup(deck, 1, 9, 2), &why));
        CHECK_FALSE(startTegenwicht(deck, defaultSetup(deck, 1, 4, 0), &why));
        CHECK_THAT(why, Catch::Contains("rounds"));
        CHECK_FALSE(startTegenwicht(deck, defaultSetup(deck, 1, 4, 31), &why));
        auto longName = defaultSetup(deck, 1, 4, 2);
        longName.seats[1].nickname = std::string(200, 'x');
        CHECK_FALSE(startTegenwicht(deck, longName, &why));
        CHECK_THAT(why, Catch::Contains("nickname"));
        Deck small = testing::tegenwichtFixture(3);  // 18 factor cards
        CHECK_FALSE(startTegenwicht(small, defaultSetup(small, 1, 4, 2), &why));
        CHECK_THAT(why, Catch::Contains("too few factor cards"));
    }
}

SCENARIO("picks stay hidden until everyone has picked, then turn over at once") {
    Table t(4);
    WHEN("the inbrenger tries to pick") {
        THEN("it is refused") { t.refused(tw::pick(1, 0, t.state.hands[0][0]), "inbrenger"); }
    }
    WHEN("a seat picks a card that is not in its hand") {
        THEN("it is refused") { t.refused(tw::pick(1, 1, t.state.hands[2][0]), "not in this seat's hand"); }
    }
    WHEN("a seat that does not exist picks") {
        THEN("it is refused") { t.refused(tw::pick(1, 7, "tw.f.wet.0"), "no seat 7"); }
    }
    WHEN("an action names another round") {
        THEN("it is refused as stale") { t.refused(tw::pick(2, 1, t.state.hands[1][0]), "round 2"); }
    }
    WHEN("two of three seats have picked") {
        REQUIRE(t.act(tw::pick(1, 1, t.state.hands[1][0])));
        REQUIRE(t.act(tw::pick(1, 2, t.state.hands[2][0])));
        THEN("revealing is refused and nothing is on the table") {
            t.refused(tw::reveal(1), "not every seat");
            CHECK(t.state.current().revealed.empty());
            CHECK(seatsStillToPick(t.state) == std::vector<std::int16_t>{3});
        }
        AND_WHEN("seat 1 changes its mind before the reveal") {
            REQUIRE(t.act(tw::pick(1, 1, t.state.hands[1][1])));
            THEN("the new pick replaces the old one") { CHECK(t.state.current().hiddenPicks.at(1) == t.state.hands[1][1]); }
        }
        AND_WHEN("the last seat picks and the group reveals") {
            const auto picked = t.state.hands[3][4];
            REQUIRE(t.act(tw::pick(1, 3, picked)));
            REQUIRE(t.act(tw::reveal(1)));
            THEN("three cards lie on the table with who picked them, and leave the hands") {
                REQUIRE(t.state.current().revealed.size() == 3);
                CHECK(t.state.current().revealed[2].card == picked);
                CHECK(t.state.current().revealed[2].seat == 3);
                CHECK(t.state.hands[3].size() == 4);
                CHECK(t.state.current().hiddenPicks.empty());
                CHECK(t.state.phase == TegenwichtPhase::Balancing);
            }
            THEN("picking again is refused") { t.refused(tw::pick(1, 1, t.state.hands[1][0]), "not possible"); }
        }
    }
}

SCENARIO("the group places every revealed card on the balance, then the inbrenger decides") {
    Table t(3);
    t.everyonePicksFirstCard();
    REQUIRE(t.act(tw::reveal(1)));
    const auto a = t.state.current().revealed[0].card, b = t.state.current().revealed[1].card;
    THEN("a card that is not on the table cannot be placed") { t.refused(tw::place(1, "tw.f.wet.7", Weight::Heavy), "not on the table"); }
    THEN("an unknown weight is refused") {
        auto bad = tw::place(1, a, Weight::Heavy);
        bad.value = 5;
        t.refused(bad, "heavy, light or unnoticed");
    }
    THEN("deciding before every card is placed is refused") { t.refused(tw::decide(1, 0, a, 1), "not possible"); }
    WHEN("one card is placed, moved, and the other placed") {
        REQUIRE(t.act(tw::place(1, a, Weight::Light)));
        CHECK(t.state.phase == TegenwichtPhase::Balancing);
        REQUIRE(t.act(tw::place(1, a, Weight::Heavy)));
        REQUIRE(t.act(tw::place(1, b, Weight::Unnoticed)));
        THEN("the last placement counts and the inbrenger may decide") {
            CHECK(t.state.current().revealed[0].weight == Weight::Heavy);
            CHECK(t.state.phase == TegenwichtPhase::Deciding);
        }
        THEN("only the inbrenger decides, with a factor card and a step 0..5") {
            t.refused(tw::decide(1, 1, a, 1), "only the inbrenger");
            t.refused(tw::decide(1, 0, "tw.c.0", 1), "not a factor card");
            t.refused(tw::decide(1, 0, "nonsense", 1), "not a factor card");
            t.refused(tw::decide(1, 0, a, 6), "0 to 5");
            t.refused(tw::decide(1, 0, a, -1), "0 to 5");
        }
        AND_WHEN("the inbrenger names a factor nobody picked, at step 3") {
            REQUIRE(t.act(tw::decide(1, 0, "tw.f.klant.5", 3)));
            THEN("it is recorded and a counter card can be drawn, and another one") {
                CHECK(t.state.current().decisiveCard == "tw.f.klant.5");
                CHECK(t.state.current().decisiveStep == 3);
                t.refused(tw::nextRound(1), "not possible");
                REQUIRE(t.act(tw::drawCounter(1)));
                REQUIRE(t.act(tw::drawCounter(1)));
                CHECK(t.state.current().counterCards.size() == 2);
                CHECK(t.state.current().counterCards[0] != t.state.current().counterCards[1]);
            }
        }
    }
}

SCENARIO("rounds pass the inbrenger role on and refill the hands") {
    Table t(4, 3);
    t.playRoundToEnd();
    THEN("round 2 has seat 1 as inbrenger and every hand is full again") {
        CHECK(t.state.current().number == 2);
        CHECK(t.state.current().inbrenger == 1);
        for (const auto& hand : t.state.hands) CHECK(hand.size() == 5);
        CHECK(t.state.discardPile.size() == 3);
    }
    WHEN("all three rounds are played") {
        t.playRoundToEnd();
        t.playRoundToEnd();
        THEN("the game closes with intentions, then finishes") {
            CHECK(t.state.phase == TegenwichtPhase::Closing);
            t.refused(tw::drawCounter(3), "not possible");
            t.refused(tw::intention(2, std::string(141, 'a')), "longer than 140");
            t.refused(tw::intention(9, "x"), "no seat");
            REQUIRE(t.act(tw::intention(2, "Ik vraag vaker door.")));
            REQUIRE(t.act(tw::finish()));
            CHECK(t.state.finished());
            t.refused(tw::intention(1, "te laat"), "ended");
        }
    }
}

SCENARIO("a group can stop at any moment") {
    Table t(4);
    REQUIRE(t.act(tw::pick(1, 1, t.state.hands[1][0])));
    REQUIRE(t.act(tw::abandon()));
    CHECK(t.state.finished());
    CHECK(t.state.abandoned);
}

SCENARIO("eight seats over thirty rounds never run out of cards") {
    Deck deck = testing::tegenwichtFixture(7);  // 42 factors for 8 hands of 5
    auto game = autoplay(deck, defaultSetup(deck, 3, 8, 30), 77);
    REQUIRE(game);
    const auto& s = *game->tegenwicht();
    CHECK(s.finished());
    CHECK(s.rounds.size() == 30);
    for (const auto& r : s.rounds) {
        CHECK(r.revealed.size() == 7);
        CHECK(!r.decisiveCard.empty());
        CHECK(!r.counterCards.empty());
    }
}

SCENARIO("the end picture weighs clusters in the group beside the national ranking") {
    Deck deck = testing::tegenwichtFixture();
    Table t(3, 1);
    // Make the picks deterministic: seats 1 and 2 pick a 'klant' and a 'wet' card if dealt; else their first.
    t.everyonePicksFirstCard();
    REQUIRE(t.act(tw::reveal(1)));
    const auto cards = t.state.current().revealed;
    REQUIRE(t.act(tw::place(1, cards[0].card, Weight::Heavy)));
    REQUIRE(t.act(tw::place(1, cards[1].card, Weight::Light)));
    REQUIRE(t.act(tw::decide(1, 0, "tw.f.klant.0", 1)));
    auto summary = summariseTegenwicht(t.deck, t.state);
    REQUIRE(summary.size() == 6);
    double groupShares = 0, nationalShares = 0, groupScore = 0;
    int nationalTop = 0;
    for (const auto& w : summary) {
        groupShares += w.groupShare;
        nationalShares += w.nationalShare;
        groupScore += w.groupScore;
        nationalTop += w.nationalTopCount;
    }
    CHECK(groupScore == Approx(2 + 1 + 3));
    CHECK(groupShares == Approx(1.0));
    CHECK(nationalShares == Approx(1.0));
    CHECK(nationalTop == 15);
    auto klant = std::find_if(summary.begin(), summary.end(), [](const auto& w) { return w.group == "klant"; });
    CHECK(klant->decisive == 1);
}
