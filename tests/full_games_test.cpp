// Whole games with the bundled decks, played action by action the way a
// group would, and replayed from their logs.
#include <catch2/catch.hpp>

#include "content/deck_loader.h"
#include "engine/autoplay.h"
#include "engine/game.h"

using namespace samenspel;

namespace {
const DeckCatalog& bundled() {
    static const DeckCatalog catalog = loadBundledDecks();
    return catalog;
}
}  // namespace

SCENARIO("four professionals play two rounds of Tegenwicht") {
    const Deck* deck = bundled().find("tegenwicht");
    REQUIRE(deck);
    GameSetup setup = defaultSetup(*deck, 20261123, 4, 2);
    setup.seats[2].nickname = "Sam";
    auto game = Game::start(*deck, setup);
    REQUIRE(game);
    std::int64_t t = 1000;
    auto act = [&](const Action& a) {
        auto v = game->apply(a, t += 1000);
        INFO(v.reason);
        REQUIRE(v.ok);
    };
    for (std::uint16_t round = 1; round <= 2; ++round) {
        const auto& s = *game->tegenwicht();
        const int inbrenger = s.current().inbrenger;
        CHECK(inbrenger == round - 1);
        for (auto seat : seatsStillToPick(s)) act(tw::pick(round, seat, s.hands[seat].back()));
        act(tw::reveal(round));
        const auto revealed = game->tegenwicht()->current().revealed;
        REQUIRE(revealed.size() == 3);
        act(tw::place(round, revealed[0].card, Weight::Heavy));
        act(tw::place(round, revealed[1].card, Weight::Light));
        act(tw::place(round, revealed[2].card, Weight::Unnoticed));
        act(tw::decide(round, inbrenger, revealed[0].card, 4));
        act(tw::drawCounter(round));
        act(tw::nextRound(round));
    }
    act(tw::intention(0, "Ik vraag de klant hoe die het ziet."));
    act(tw::finish());
    REQUIRE(game->finished());

    THEN("the summary counts where the cards came from: two rounds of heavy, light, unnoticed and decisive") {
        auto summary = summariseTegenwicht(*deck, *game->tegenwicht());
        REQUIRE(summary.size() == 6);
        int heavy = 0, light = 0, unnoticed = 0, decisive = 0;
        for (const auto& w : summary)
            heavy += w.heavy, light += w.light, unnoticed += w.unnoticed, decisive += w.decisive;
        CHECK(heavy == 2);
        CHECK(light == 2);
        CHECK(unnoticed == 2);
        CHECK(decisive == 2);
    }
    THEN("replaying the log rebuilds exactly the same game") {
        auto again = Game::replay(*deck, game->setup(), game->log());
        REQUIRE(again);
        CHECK(*again->tegenwicht() == *game->tegenwicht());
    }
    THEN("a log with one action changed is refused on replay") {
        auto log = game->log();
        log[0].action.card = "tw.f.does-not-exist";
        std::string why;
        CHECK_FALSE(Game::replay(*deck, game->setup(), log, &why));
        CHECK_THAT(why, Catch::Contains("action 1 of the log is refused"));
    }
}

SCENARIO("a coach and a jobseeker hold a whole Samenleergesprek") {
    const Deck* deck = bundled().find("samenleer");
    REQUIRE(deck);
    GameSetup setup = defaultSetup(*deck, 7, 2, 0);
    setup.firstSeat = kJobseeker;
    auto game = Game::start(*deck, setup);
    REQUIRE(game);
    auto act = [&](const Action& a) {
        auto v = game->apply(a, 0);
        INFO(v.reason);
        REQUIRE(v.ok);
    };
    act(sl::agree(kJobseeker));
    act(sl::agree(kCoach));
    const auto table = game->samenleer()->tableOrder;
    act(sl::pickMoment(kJobseeker, table[0]));
    act(sl::pickMoment(kCoach, table[4]));
    act(sl::pickMoment(kJobseeker, deck->idsOfKind("own").front(), "Mijn reistijd"));
    act(sl::startTalking());
    for (std::uint16_t m = 0; m < 3; ++m) {
        act(sl::showMoment(m));
        act(sl::answer(m, kJobseeker, 0, AnswerChoice::None, "Je nam de tijd."));
        act(sl::answer(m, kCoach, 1, AnswerChoice::None));
        act(sl::answer(m, kJobseeker, 2, m == 1 ? AnswerChoice::Change : AnswerChoice::Keep));
    }
    act(sl::finishTalking());
    const auto actions = deck->idsOfKind("action");
    act(sl::addAction(kCoach, actions[0]));
    act(sl::addAction(kJobseeker, actions[1]));
    act(sl::rate(kCoach, 4));
    act(sl::rate(kJobseeker, 5));
    act(sl::finish());
    REQUIRE(game->finished());
    const auto& s = *game->samenleer();
    CHECK(s.moments.size() == 3);
    CHECK(s.moments[1].answers[2].choice == AnswerChoice::Change);
    CHECK(s.actions.size() == 2);
    auto again = Game::replay(*deck, game->setup(), game->log());
    REQUIRE(again);
    CHECK(*again->samenleer() == s);
}

SCENARIO("random legal games of every size replay exactly") {
    const Deck* deck = bundled().find("tegenwicht");
    REQUIRE(deck);
    for (std::size_t seats = 2; seats <= 8; ++seats) {
        auto game = autoplay(*deck, defaultSetup(*deck, seats * 101, seats, static_cast<std::uint16_t>(seats)), seats);
        REQUIRE(game);
        CHECK(game->finished());
        auto again = Game::replay(*deck, game->setup(), game->log());
        REQUIRE(again);
        CHECK(*again->tegenwicht() == *game->tegenwicht());
    }
}
