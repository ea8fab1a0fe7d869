// The Samenleergesprek played through actions: every step, every refusal,
// and a whole talk.
#include <catch2/catch.hpp>

#include "engine/autoplay.h"
#include "engine/game.h"
#include "test_decks.h"

using namespace samenspel;

namespace {

struct Talk {
    Deck deck = testing::samenleerFixture();
    SamenleerState state;
    explicit Talk(int firstPicker = kJobseeker) {
        auto setup = defaultSetup(deck, 5, 2, 0);
        setup.firstSeat = static_cast<std::uint8_t>(firstPicker);
        auto s = startSamenleer(deck, setup);
        REQUIRE(s);
        state = *s;
    }
    Verdict act(const Action& a) { return applySamenleer(deck, state, a); }
    void refused(const Action& a, const std::string& reasonPart) {
        const auto before = state;
        auto v = act(a);
        CHECK_FALSE(v.ok);
        CHECK_THAT(v.reason, Catch::Contains(reasonPart));
        CHECK(state == before);
        CHECK(state.shownMoment == before.shownMoment);  // navigation, outside operator==
    }
    void open() {
        REQUIRE(act(sl::agree(kCoach)));
        REQUIRE(act(sl::agree(kJobseeker)));
    }
};

}  // namespace

SCENARIO("the talk opens only when both agree") {
    Talk t;
    CHECK(t.state.phase == SamenleerPhase::Opening);
    t.refused(sl::pickMoment(kJobseeker, "sl.m.klik"), "not possible");
    t.refused(sl::agree(2), "only the coach or the jobseeker");
    REQUIRE(t.act(sl::agree(kCoach)));
    CHECK(t.state.phase == SamenleerPhase::Opening);
    REQUIRE(t.act(sl::agree(kJobseeker)));
    CHECK(t.state.phase == SamenleerPhase::Choosing);
}

SCENARIO("coach and jobseeker take turns to choose one to three moments") {
    Talk t(kJobseeker);
    t.open();
    THEN("the table shows every moment card once, in a seeded order within each theme") {
        CHECK(t.state.tableOrder.size() == 11);
        CHECK(t.deck.card(t.state.tableOrder.front())->group == "samenwerking");
        CHECK(t.deck.card(t.state.tableOrder.back())->group == "bespreken");
    }
    THEN("the coach cannot pick first when the jobseeker starts") {
        t.refused(sl::pickMoment(kCoach, "sl.m.klik"), "other person's turn");
    }
    THEN("talking cannot start with no moment") { t.refused(sl::startTalking(), "at least one"); }
    THEN("only theme cards can be chosen, and own words only on an own-topic card") {
        t.refused(sl::pickMoment(kJobseeker, "sl.a.bellen"), "not a theme card");
        t.refused(sl::pickMoment(kJobseeker, "sl.t.bereiken"), "not a theme card");
        t.refused(sl::pickMoment(kJobseeker, "sl.m.klik", "eigen woorden"), "own-topic");
        t.refused(sl::pickMoment(kJobseeker, "sl.own.1", std::string(141, 'x')), "longer than 140");
    }
    WHEN("the jobseeker, the coach and the jobseeker each pick one") {
        REQUIRE(t.act(sl::pickMoment(kJobseeker, "sl.m.vertrouwen")));
        t.refused(sl::pickMoment(kCoach, "sl.m.vertrouwen"), "already chosen");
        REQUIRE(t.act(sl::pickMoment(kCoach, "sl.m.doel")));
        REQUIRE(t.act(sl::pickMoment(kJobseeker, "sl.own.2", "Reistijd naar werk")));
        THEN("who picked what is recorded") {
            REQUIRE(t.state.moments.size() == 3);
            CHECK(t.state.moments[0].pickedBy == kJobseeker);
            CHECK(t.state.moments[1].pickedBy == kCoach);
            CHECK(t.state.moments[2].ownTopic == "Reistijd naar werk");
        }
        THEN("a fourth moment is refused") { t.refused(sl::pickMoment(kCoach, "sl.m.klik"), "at most 3"); }
        THEN("only the person who chose a card can put it back, and may then choose again") {
            t.refused(sl::removeMoment(kJobseeker, "sl.m.doel"), "only the person");
            t.refused(sl::removeMoment(kCoach, "sl.m.klik"), "not chosen");
            REQUIRE(t.act(sl::removeMoment(kCoach, "sl.m.doel")));
            CHECK(t.state.turn == kCoach);
            REQUIRE(t.act(sl::pickMoment(kCoach, "sl.m.openheid")));
        }
    }
}

SCENARIO("per moment the gespreksblad takes taps and optional short notes") {
    Talk t;
    t.open();
    REQUIRE(t.act(sl::pickMoment(kJobseeker, "sl.m.luisteren")));
    REQUIRE(t.act(sl::pickMoment(kCoach, "sl.m.resultaat")));
    REQUIRE(t.act(sl::startTalking()));
    THEN("moments can no longer be picked") { t.refused(sl::pickMoment(kJobseeker, "sl.m.klik"), "not possible"); }
    WHEN("answers are given by tap, by tap with a note, and by note only") {
        REQUIRE(t.act(sl::answer(0, kJobseeker, 0, AnswerChoice::None, "Je liet me uitpraten.")));
        REQUIRE(t.act(sl::answer(0, kCoach, 2, AnswerChoice::Keep)));
        REQUIRE(t.act(sl::answer(1, kJobseeker, 2, AnswerChoice::Change, "Vaker samen kijken.")));
        THEN("they are stored per moment and question, with who gave them") {
            CHECK(t.state.moments[0].answers[0].note == "Je liet me uitpraten.");
            CHECK(t.state.moments[0].answers[2].choice == AnswerChoice::Keep);
            CHECK(t.state.moments[0].answers[2].by == kCoach);
            CHECK(t.state.moments[1].answers[2].choice == AnswerChoice::Change);
            CHECK(t.state.moments[0].answers[1].by == -1);  // nothing is also an answer
        }
    }
    THEN("answers outside the sheet are refused") {
        t.refused(sl::answer(2, kCoach, 0, AnswerChoice::Keep), "no moment 3");
        t.refused(sl::answer(0, kCoach, 3, AnswerChoice::Keep), "A, B or C");
        t.refused(sl::answer(0, 5, 0, AnswerChoice::Keep), "only the coach or the jobseeker");
        t.refused(sl::answer(0, kCoach, 0, AnswerChoice::Keep, std::string(141, 'n')), "longer than 140");
        t.refused(sl::answer(0, kCoach, 0, AnswerChoice::Keep, std::string("\xff\xfe", 2)), "not valid text");
        auto badChoice = sl::answer(0, kCoach, 0, AnswerChoice::Keep);
        badChoice.value = 0 + 16 * 3;
        t.refused(badChoice, "keep or change");
    }
    THEN("the shown moment follows a swipe, within range") {
        REQUIRE(t.act(sl::showMoment(1)));
        CHECK(t.state.shownMoment == 1);
        t.refused(sl::showMoment(2), "no moment 3");
    }
}

SCENARIO("the talk closes with actions and a rating by each") {
    Talk t;
    t.open();
    REQUIRE(t.act(sl::pickMoment(kJobseeker, "sl.m.klik")));
    REQUIRE(t.act(sl::startTalking()));
    REQUIRE(t.act(sl::finishTalking()));
    t.refused(sl::addAction(kCoach, "sl.m.klik"), "not an action card");
    REQUIRE(t.act(sl::addAction(kJobseeker, "sl.a.bellen")));
    t.refused(sl::addAction(kCoach, "sl.a.bellen"), "already agreed");
    REQUIRE(t.act(sl::addAction(kCoach, "sl.a.eigen", "CV samen nakijken")));
    REQUIRE(t.act(sl::addAction(kCoach, "sl.a.eigen", "Stage zoeken")));
    REQUIRE(t.act(sl::removeAction(2)));
    t.refused(sl::removeAction(2), "no such action");
    CHECK(t.state.actions.size() == 2);
    THEN("finishing needs both ratings, each 1..5") {
        t.refused(sl::finish(), "both people rate");
        t.refused(sl::rate(kCoach, 0), "1 to 5");
        t.refused(sl::rate(kCoach, 6), "1 to 5");
        REQUIRE(t.act(sl::rate(kCoach, 4)));
        t.refused(sl::finish(), "both people rate");
        REQUIRE(t.act(sl::rate(kJobseeker, 5)));
        REQUIRE(t.act(sl::finish()));
        CHECK(t.state.finished());
        CHECK_FALSE(t.state.abandoned);
        t.refused(sl::rate(kCoach, 3), "ended");
    }
    THEN("at most six actions") {
        for (const char* a : {"sollicitatie", "afspraak", "oefenen"})
            REQUIRE(t.act(sl::addAction(kCoach, std::string("sl.a.") + a)));
        REQUIRE(t.act(sl::addAction(kCoach, "sl.a.eigen", "Nog iets")));
        t.refused(sl::addAction(kCoach, "sl.a.eigen", "Te veel"), "at most 6");
    }
}

SCENARIO("a whole talk replays from its log to the same state") {
    Deck deck = testing::samenleerFixture();
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        auto game = autoplay(deck, defaultSetup(deck, seed, 2, 0), seed * 31);
        REQUIRE(game);
        REQUIRE(game->finished());
        auto again = Game::replay(deck, game->setup(), game->log());
        REQUIRE(again);
        CHECK(*again->samenleer() == *game->samenleer());
        const auto& s = *game->samenleer();
        CHECK(s.moments.size() >= 1);
        CHECK(s.moments.size() <= 3);
        CHECK(s.ratings[0] >= 1);
        CHECK(s.ratings[1] >= 1);
    }
}

SCENARIO("putting a moment back names its place in the list and is refused when stale") {
    Talk t(kJobseeker);
    t.open();
    REQUIRE(t.act(sl::pickMoment(kJobseeker, "sl.m.vertrouwen")));
    REQUIRE(t.act(sl::pickMoment(kCoach, "sl.m.doel")));
    REQUIRE(t.act(sl::pickMoment(kJobseeker, "sl.m.klik")));
    THEN("a removal naming the wrong place is refused") {
        t.refused(sl::removeMoment(0, kCoach, "sl.m.doel"), "the moment list has changed");
        t.refused(sl::removeMoment(2, kCoach, "sl.m.doel"), "the moment list has changed");
        t.refused(sl::removeMoment(1, kJobseeker, "sl.m.doel"), "only the person");
    }
    WHEN("the coach puts moment 2 back by its place") {
        REQUIRE(t.act(sl::removeMoment(1, kCoach, "sl.m.doel")));
        THEN("it is gone and the list closes up") {
            REQUIRE(t.state.moments.size() == 2);
            CHECK(t.state.moments[1].card == "sl.m.klik");
        }
        THEN("the same removal again is refused") { t.refused(sl::removeMoment(1, kCoach, "sl.m.doel"), "not chosen"); }
        THEN("a removal meant for the old list is refused") {
            t.refused(sl::removeMoment(2, kJobseeker, "sl.m.klik"), "the moment list has changed");
            REQUIRE(t.act(sl::removeMoment(1, kJobseeker, "sl.m.klik")));
        }
    }
    THEN("a record from before names the card alone, and that still works") {
        REQUIRE(t.act(sl::removeMoment(kCoach, "sl.m.doel")));
        CHECK(t.state.moments.size() == 2);
    }
}

SCENARIO("an answer names its moment's card and is refused when stale") {
    Talk t;
    t.open();
    REQUIRE(t.act(sl::pickMoment(kJobseeker, "sl.m.klik")));
    REQUIRE(t.act(sl::pickMoment(kCoach, "sl.m.doel")));
    REQUIRE(t.act(sl::startTalking()));
    THEN("an answer for moment 2 naming moment 1's card is refused") {
        t.refused(sl::answer(1, "sl.m.klik", kCoach, 0, AnswerChoice::Keep), "the moment list has changed");
        t.refused(sl::answer(2, "sl.m.klik", kCoach, 0, AnswerChoice::Keep), "no moment 3");
    }
    THEN("an answer naming the right card counts") {
        REQUIRE(t.act(sl::answer(1, "sl.m.doel", kCoach, 2, AnswerChoice::Change, "Anders plannen")));
        CHECK(t.state.moments[1].answers[2].choice == AnswerChoice::Change);
    }
    THEN("an answer from a record from before (no card) still counts") {
        REQUIRE(t.act(sl::answer(0, kJobseeker, 0, AnswerChoice::Keep)));
        CHECK(t.state.moments[0].answers[0].choice == AnswerChoice::Keep);
    }
}

SCENARIO("removing an agreed action names its card and is refused when stale") {
    Talk t;
    t.open();
    REQUIRE(t.act(sl::pickMoment(kJobseeker, "sl.m.klik")));
    REQUIRE(t.act(sl::startTalking()));
    REQUIRE(t.act(sl::finishTalking()));
    REQUIRE(t.act(sl::addAction(kJobseeker, "sl.a.bellen")));
    REQUIRE(t.act(sl::addAction(kCoach, "sl.a.oefenen")));
    THEN("a removal naming another card at that place is refused") {
        t.refused(sl::removeAction(0, "sl.a.oefenen"), "the action list has changed");
        t.refused(sl::removeAction(2, "sl.a.oefenen"), "no such action");
    }
    WHEN("the first action is removed by place and card") {
        REQUIRE(t.act(sl::removeAction(0, "sl.a.bellen")));
        THEN("the same removal again is refused as stale") {
            REQUIRE(t.state.actions.size() == 1);
            t.refused(sl::removeAction(0, "sl.a.bellen"), "the action list has changed");
        }
    }
}

SCENARIO("turning the page is navigation: the game shows it, the record does not keep it") {
    Deck deck = testing::samenleerFixture();
    auto game = Game::start(deck, defaultSetup(deck, 3, 2, 0));
    REQUIRE(game);
    auto act = [&](const Action& a) {
        auto v = game->apply(a, 0);
        INFO(v.reason);
        REQUIRE(v.ok);
    };
    act(sl::agree(kCoach));
    act(sl::agree(kJobseeker));
    act(sl::pickMoment(kCoach, "sl.m.klik"));
    act(sl::pickMoment(kJobseeker, "sl.m.doel"));
    act(sl::startTalking());
    const auto logged = game->log().size();
    act(sl::showMoment(1));
    THEN("the shown moment changes but the log does not grow") {
        CHECK(game->samenleer()->shownMoment == 1);
        CHECK(game->log().size() == logged);
    }
    THEN("a page turn past the end is still refused") { CHECK_FALSE(game->apply(sl::showMoment(2), 0)); }
    THEN("an old log that holds page turns still replays to the same game") {
        auto log = game->log();
        log.push_back({sl::showMoment(1), 0});
        log.push_back({sl::answer(1, "sl.m.doel", kJobseeker, 0, AnswerChoice::Keep), 0});
        auto again = Game::replay(deck, game->setup(), log);
        REQUIRE(again);
        CHECK(again->samenleer()->shownMoment == 1);
        CHECK(again->log().size() == log.size() - 1);
    }
}

SCENARIO("a talk can be stopped only while it is unfinished") {
    Talk t;
    t.open();
    REQUIRE(t.act(sl::pickMoment(kJobseeker, "sl.m.klik")));
    REQUIRE(t.act(sl::startTalking()));
    REQUIRE(t.act(sl::finishTalking()));
    REQUIRE(t.act(sl::rate(kCoach, 3)));
    REQUIRE(t.act(sl::rate(kJobseeker, 4)));
    REQUIRE(t.act(sl::finish()));
    CHECK_FALSE(t.state.abandoned);
    t.refused(sl::abandon(), "ended");
}

SCENARIO("Samenleer timers are checked at the start") {
    Deck deck = testing::samenleerFixture();
    auto setup = defaultSetup(deck, 3, 2, 0);
    setup.speakTimerSeconds = 90;
    CHECK(startSamenleer(deck, setup));
    setup.speakTimerSeconds = 60 * 60 + 1;
    std::string why;
    CHECK_FALSE(startSamenleer(deck, setup, &why));
    CHECK_THAT(why, Catch::Contains("speaking timer"));
}
