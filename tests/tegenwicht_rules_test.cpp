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
        for (auto seat : seatsStillToPick(state))
            REQUIRE(act(tw::pick(state.current().number, seat, state.hands[seat][0])));
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
            THEN("the new pick replaces the old one") {
                CHECK(t.state.current().hiddenPicks.at(1) == t.state.hands[1][1]);
            }
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
    THEN("a card that is not on the table cannot be placed") {
        t.refused(tw::place(1, "tw.f.wet.7", Weight::Heavy), "not on the table");
    }
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
            Action staleIntention = tw::intention(1, "x");
            staleIntention.round = 3;
            t.refused(staleIntention, "whole game");
            Action finishWithText = tw::finish();
            finishWithText.text = "klaar";
            t.refused(finishWithText, "whole group");
            Action finishInRound = tw::finish();
            finishInRound.round = 1;
            t.refused(finishInRound, "whole game");
            CHECK_FALSE(t.state.finished());
            REQUIRE(t.act(tw::finish()));
            CHECK(t.state.finished());
            t.refused(tw::intention(1, "te laat"), "ended");
        }
    }
}

SCENARIO("a group can stop at any moment") {
    Table t(4);
    REQUIRE(t.act(tw::pick(1, 1, t.state.hands[1][0])));
    // A changed record: stopping belongs to no round and to no one seat.
    Action inRound = tw::abandon();
    inRound.round = 1;
    t.refused(inRound, "whole game");
    Action bySeat = tw::abandon();
    bySeat.seat = 2;
    t.refused(bySeat, "whole group");
    CHECK_FALSE(t.state.finished());
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

SCENARIO("the cluster counts are plain counts of this group's cards, nothing weighted") {
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
    int picked = 0, heavy = 0, light = 0, decisive = 0;
    for (const auto& w : summary) picked += w.picked, heavy += w.heavy, light += w.light, decisive += w.decisive;
    CHECK(picked == 2);
    CHECK(heavy == 1);
    CHECK(light == 1);
    CHECK(decisive == 1);
    auto klant = std::find_if(summary.begin(), summary.end(), [](const auto& w) { return w.group == "klant"; });
    CHECK(klant->decisive == 1);
}

SCENARIO("the round starts with the telling, and the group starts the picking") {
    Table t(4);
    THEN("a new round is in the telling step") {
        CHECK(roundStep(t.state) == RoundStep::Telling);
        CHECK(canChooseInbrenger(t.state));
    }
    WHEN("the group starts the picking") {
        REQUIRE(t.act(tw::startPicking(1)));
        THEN("the round is picking and the inbrenger can no longer be chosen") {
            CHECK(roundStep(t.state) == RoundStep::Picking);
            CHECK(t.state.current().told);
            CHECK_FALSE(canChooseInbrenger(t.state));
            t.refused(tw::chooseInbrenger(1, 2), "before the picking starts");
        }
        THEN("starting it again is refused") { t.refused(tw::startPicking(1), "already started"); }
        AND_WHEN("everyone has picked") {
            t.everyonePicksFirstCard();
            THEN("the step is revealing") { CHECK(roundStep(t.state) == RoundStep::Revealing); }
        }
    }
    THEN("a stale or malformed start is refused") {
        t.refused(tw::startPicking(2), "round 2");
        auto withCard = tw::startPicking(1);
        withCard.card = "tw.f.wet.0";
        t.refused(withCard, "takes no card");
        auto bySeat = tw::startPicking(1);
        bySeat.seat = 2;
        t.refused(bySeat, "whole group");
    }
    WHEN("a record from before StartPicking picks straight away") {
        REQUIRE(t.act(tw::pick(1, 1, t.state.hands[1][0])));
        THEN("the first pick starts the picking") {
            CHECK(t.state.current().told);
            CHECK(roundStep(t.state) == RoundStep::Picking);
            t.refused(tw::startPicking(1), "already started");
        }
    }
}

SCENARIO("the group chooses who tells this round") {
    Table t(4, 3);
    WHEN("seat 2 is chosen as inbrenger while telling") {
        REQUIRE(t.act(tw::chooseInbrenger(1, 2)));
        THEN("seat 2 tells and does not pick; the others pick") {
            CHECK(t.state.current().inbrenger == 2);
            CHECK(seatsStillToPick(t.state) == std::vector<std::int16_t>{0, 1, 3});
            t.refused(tw::pick(1, 2, t.state.hands[2][0]), "inbrenger");
            REQUIRE(t.act(tw::pick(1, 0, t.state.hands[0][0])));
        }
        THEN("the group may change its mind before the picking") {
            REQUIRE(t.act(tw::chooseInbrenger(1, 0)));
            CHECK(t.state.current().inbrenger == 0);
        }
        AND_WHEN("the round is played to its end") {
            t.playRoundToEnd();
            THEN("the next round goes on in turn from the chosen inbrenger") {
                CHECK(t.state.current().inbrenger == 3);
                CHECK(t.state.rounds[0].inbrenger == 2);
            }
        }
        THEN("only the inbrenger decides") {
            REQUIRE(t.act(tw::startPicking(1)));
            t.everyonePicksFirstCard();
            REQUIRE(t.act(tw::reveal(1)));
            for (const auto& c : std::vector<RevealedCard>(t.state.current().revealed))
                REQUIRE(t.act(tw::place(1, c.card, Weight::Light)));
            t.refused(tw::decide(1, 0, t.state.current().revealed[0].card, 1), "only the inbrenger");
            REQUIRE(t.act(tw::decide(1, 2, t.state.current().revealed[0].card, 1)));
        }
    }
    THEN("choosing is refused for a seat that does not exist, a stale round, or once a seat picked") {
        t.refused(tw::chooseInbrenger(1, 4), "no seat 4");
        t.refused(tw::chooseInbrenger(1, -1), "no seat -1");
        t.refused(tw::chooseInbrenger(2, 1), "round 2");
        REQUIRE(t.act(tw::pick(1, 1, t.state.hands[1][0])));
        t.refused(tw::chooseInbrenger(1, 2), "before the picking starts");
    }
    THEN("choosing after the reveal is refused") {
        t.everyonePicksFirstCard();
        REQUIRE(t.act(tw::reveal(1)));
        t.refused(tw::chooseInbrenger(1, 2), "not possible");
    }
}

SCENARIO("a seat takes its pick back before the reveal") {
    Table t(4);
    REQUIRE(t.act(tw::startPicking(1)));
    REQUIRE(t.act(tw::pick(1, 1, t.state.hands[1][0])));
    WHEN("seat 1 takes its pick back") {
        REQUIRE(t.act(tw::unpick(1, 1)));
        THEN("it has to pick again and its hand is whole") {
            CHECK(t.state.current().hiddenPicks.count(1) == 0);
            CHECK(seatsStillToPick(t.state) == std::vector<std::int16_t>{1, 2, 3});
            CHECK(t.state.hands[1].size() == 5);
            CHECK(roundStep(t.state) == RoundStep::Picking);
            CHECK_FALSE(canUnpick(t.state, 1));
        }
    }
    THEN("taking back is refused for a seat without a pick, the inbrenger, no seat, a stale round") {
        CHECK(canUnpick(t.state, 1));
        t.refused(tw::unpick(1, 2), "no pick to take back");
        t.refused(tw::unpick(1, 0), "inbrenger");
        t.refused(tw::unpick(1, 9), "no seat 9");
        t.refused(tw::unpick(2, 1), "round 2");
        auto withCard = tw::unpick(1, 1);
        withCard.card = t.state.current().hiddenPicks.at(1);
        t.refused(withCard, "takes no card");
    }
    WHEN("every card is revealed") {
        t.everyonePicksFirstCard();
        REQUIRE(t.act(tw::reveal(1)));
        THEN("taking a pick back is refused") {
            CHECK_FALSE(canUnpick(t.state, 1));
            t.refused(tw::unpick(1, 1), "not possible");
        }
    }
}

SCENARIO("the group closes the balance before the inbrenger decides") {
    Table t(3);
    REQUIRE(t.act(tw::startPicking(1)));
    t.everyonePicksFirstCard();
    REQUIRE(t.act(tw::reveal(1)));
    const auto a = t.state.current().revealed[0].card, b = t.state.current().revealed[1].card;
    THEN("closing is refused until every card is placed") {
        CHECK(roundStep(t.state) == RoundStep::Balancing);
        t.refused(tw::closeBalance(1), "not every revealed card");
        REQUIRE(t.act(tw::place(1, a, Weight::Heavy)));
        t.refused(tw::closeBalance(1), "not every revealed card");
    }
    WHEN("every card is placed") {
        REQUIRE(t.act(tw::place(1, a, Weight::Heavy)));
        REQUIRE(t.act(tw::place(1, b, Weight::Light)));
        THEN("the group is still at the balance until it closes it") {
            CHECK(roundStep(t.state) == RoundStep::Balancing);
            CHECK(t.state.current().allPlaced());
            t.refused(tw::closeBalance(2), "round 2");
        }
        AND_WHEN("the group closes the balance") {
            REQUIRE(t.act(tw::closeBalance(1)));
            THEN("the inbrenger decides next, and closing again is refused") {
                CHECK(roundStep(t.state) == RoundStep::Deciding);
                t.refused(tw::closeBalance(1), "already closed");
            }
            THEN("a card can still be moved") {
                REQUIRE(t.act(tw::place(1, a, Weight::Unnoticed)));
                CHECK(roundStep(t.state) == RoundStep::Deciding);
            }
        }
        AND_WHEN("a record from before CloseBalance decides straight away") {
            REQUIRE(t.act(tw::decide(1, 0, a, 2)));
            THEN("deciding closed the balance") {
                CHECK(t.state.current().balanceClosed);
                CHECK(roundStep(t.state) == RoundStep::Countering);
            }
        }
    }
}

SCENARIO("the inbrenger may change the decisive factor until the next round") {
    Table t(3, 2);
    REQUIRE(t.act(tw::startPicking(1)));
    t.everyonePicksFirstCard();
    REQUIRE(t.act(tw::reveal(1)));
    const auto revealed = t.state.current().revealed;
    for (const auto& c : revealed) REQUIRE(t.act(tw::place(1, c.card, Weight::Heavy)));
    REQUIRE(t.act(tw::closeBalance(1)));
    REQUIRE(t.act(tw::decide(1, 0, revealed[0].card, 2)));
    WHEN("the inbrenger changes it before a counter card is drawn") {
        REQUIRE(t.act(tw::decide(1, 0, revealed[1].card, 4)));
        THEN("the new answer counts and the step stays at countering") {
            CHECK(t.state.current().decisiveCard == revealed[1].card);
            CHECK(t.state.current().decisiveStep == 4);
            CHECK(roundStep(t.state) == RoundStep::Countering);
        }
    }
    WHEN("the inbrenger changes it after the counter card") {
        REQUIRE(t.act(tw::drawCounter(1)));
        const auto counters = t.state.current().counterCards;
        REQUIRE(t.act(tw::decide(1, 0, revealed[1].card, 5)));
        THEN("the counter card stays and the round is still done") {
            CHECK(t.state.current().decisiveCard == revealed[1].card);
            CHECK(t.state.current().counterCards == counters);
            CHECK(roundStep(t.state) == RoundStep::RoundDone);
            CHECK(canDecide(t.state));
        }
        THEN("a change by another seat or with a bad step is refused") {
            t.refused(tw::decide(1, 1, revealed[1].card, 5), "only the inbrenger");
            t.refused(tw::decide(1, 0, revealed[1].card, 6), "0 to 5");
            t.refused(tw::decide(1, 0, "tw.c.1", 1), "not a factor card");
        }
        AND_WHEN("the next round starts") {
            REQUIRE(t.act(tw::nextRound(1)));
            THEN("a change to round 1 is refused as stale") {
                t.refused(tw::decide(1, 0, revealed[0].card, 1), "round 1");
            }
        }
    }
}

SCENARIO("the inbrenger may say none of the factors was decisive") {
    Table t(3, 1);
    t.everyonePicksFirstCard();
    REQUIRE(t.act(tw::reveal(1)));
    for (const auto& c : std::vector<RevealedCard>(t.state.current().revealed))
        REQUIRE(t.act(tw::place(1, c.card, Weight::Heavy)));
    WHEN("the inbrenger says 'geen van deze' at step 3") {
        REQUIRE(t.act(tw::decideNone(1, 0, 3)));
        THEN("the round is decided with no decisive card, and the end picture counts only the balance") {
            CHECK(t.state.current().decided());
            CHECK(t.state.current().noneDecisive());
            CHECK(t.state.current().decisiveStep == 3);
            CHECK(roundStep(t.state) == RoundStep::Countering);
            CHECK(roundsWithNoneDecisive(t.state) == 1);
            int heavy = 0, decisive = 0;
            for (const auto& w : summariseTegenwicht(t.deck, t.state)) heavy += w.heavy, decisive += w.decisive;
            CHECK(heavy == 2);
            CHECK(decisive == 0);
        }
    }
    THEN("'geen van deze' still needs a step") {
        t.refused(tw::decideNone(1, 0, -1), "0 to 5");
        t.refused(tw::decideNone(1, 0, 6), "0 to 5");
    }
}

SCENARIO("stopping is possible only while the game is unfinished, and the closing finishes normally") {
    Table t(3, 1);
    t.playRoundToEnd();
    REQUIRE(roundStep(t.state) == RoundStep::Closing);
    REQUIRE(t.act(tw::finish()));
    CHECK(roundStep(t.state) == RoundStep::Finished);
    CHECK_FALSE(t.state.abandoned);
    t.refused(tw::abandon(), "ended");
    t.refused(tw::decide(1, 0, "tw.f.wet.0", 1), "ended");
}

SCENARIO("timers are part of the setup and bounded") {
    Deck deck = testing::tegenwichtFixture();
    auto setup = defaultSetup(deck, 1, 3, 2);
    setup.roundTimerSeconds = 15 * 60;
    setup.speakTimerSeconds = 120;
    std::string why;
    auto s = startTegenwicht(deck, setup, &why);
    REQUIRE(s);
    CHECK(s->setup.roundTimerSeconds == 900);
    setup.roundTimerSeconds = 3601;
    CHECK_FALSE(startTegenwicht(deck, setup, &why));
    CHECK_THAT(why, Catch::Contains("round timer"));
    setup.roundTimerSeconds = 3600;
    setup.speakTimerSeconds = 4000;
    CHECK_FALSE(startTegenwicht(deck, setup, &why));
    CHECK_THAT(why, Catch::Contains("speaking timer"));
}

SCENARIO("a log with the new moves replays to the same game") {
    Deck deck = testing::tegenwichtFixture();
    auto setup = defaultSetup(deck, 5, 4, 2);
    setup.roundTimerSeconds = 600;
    auto game = Game::start(deck, setup);
    REQUIRE(game);
    std::int64_t now = 0;
    auto act = [&](const Action& a) {
        auto v = game->apply(a, now += 1000);
        INFO(v.reason);
        REQUIRE(v.ok);
    };
    const auto& s = *game->tegenwicht();
    act(tw::chooseInbrenger(1, 3));
    act(tw::startPicking(1));
    act(tw::pick(1, 0, s.hands[0][0]));
    act(tw::unpick(1, 0));
    for (auto seat : seatsStillToPick(s)) act(tw::pick(1, seat, s.hands[seat][1]));
    act(tw::reveal(1));
    for (const auto& c : std::vector<RevealedCard>(s.current().revealed)) act(tw::place(1, c.card, Weight::Light));
    act(tw::closeBalance(1));
    act(tw::decide(1, 3, s.current().revealed[0].card, 2));
    act(tw::drawCounter(1));
    act(tw::decideNone(1, 3, 4));
    act(tw::nextRound(1));
    CHECK(s.current().inbrenger == 0);
    act(tw::startPicking(2));
    for (auto seat : seatsStillToPick(s)) act(tw::pick(2, seat, s.hands[seat][0]));
    act(tw::reveal(2));
    for (const auto& c : std::vector<RevealedCard>(s.current().revealed)) act(tw::place(2, c.card, Weight::Heavy));
    act(tw::decide(2, 0, s.current().revealed[1].card, 1));
    act(tw::drawCounter(2));
    act(tw::nextRound(2));
    act(tw::finish());
    REQUIRE(game->finished());
    auto again = Game::replay(deck, game->setup(), game->log());
    REQUIRE(again);
    CHECK(*again->tegenwicht() == *game->tegenwicht());
    CHECK(again->tegenwicht()->rounds[0].noneDecisive());
    CHECK(again->tegenwicht()->rounds[0].inbrenger == 3);
    CHECK(moveName(GameKind::Tegenwicht, static_cast<std::uint16_t>(TegenwichtMove::ChooseInbrenger)) ==
          "choose-inbrenger");
}

SCENARIO("autoplay takes the group's steps, StartPicking and CloseBalance included") {
    Deck deck = testing::tegenwichtFixture();
    auto game = autoplay(deck, defaultSetup(deck, 8, 3, 3), 4);
    REQUIRE(game);
    CHECK(game->finished());
    int starts = 0, closes = 0;
    for (const auto& l : game->log()) {
        starts += l.action.type == static_cast<std::uint16_t>(TegenwichtMove::StartPicking);
        closes += l.action.type == static_cast<std::uint16_t>(TegenwichtMove::CloseBalance);
    }
    CHECK(starts == 3);
    CHECK(closes == 3);
}
