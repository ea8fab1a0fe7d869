// Reflectie ("Anders kijken"): every move, a refusal for every wrong move,
// whole sessions of both forms through actions, replay, and the seeded deal
// of the perspective cards (a golden order that changes only on purpose).
#include <catch2/catch.hpp>

#include "content/deck_loader.h"
#include "engine/autoplay.h"
#include "engine/game.h"
#include "store/record.h"
#include "store/record_csv.h"

using namespace samenspel;

namespace {

const Deck& reflectieDeck() {
    static const DeckCatalog catalog = loadBundledDecks();
    const Deck* d = catalog.find("reflectie");
    REQUIRE(d);
    return *d;
}

// A session driven action by action; every `ok` must be accepted, every `no` refused.
struct Session {
    const Deck& deck = reflectieDeck();
    std::optional<Game> game;
    std::int64_t t = 1000;

    explicit Session(std::size_t seats = 5, std::uint16_t rounds = 1, std::uint64_t seed = 7) {
        GameSetup setup = defaultSetup(deck, seed, seats, rounds);
        std::string why;
        game = Game::start(deck, setup, &why);
        INFO(why);
        REQUIRE(game);
    }
    const ReflectieState& s() const { return *game->reflectie(); }
    const ReflectieRound& r() const { return s().current(); }
    void ok(const Action& a) {
        const auto v = game->apply(a, t += 1000);
        INFO(moveName(GameKind::Reflectie, a.type) << ": " << v.reason);
        REQUIRE(v.ok);
    }
    std::string no(const Action& a) {
        const ReflectieState before = s();
        const auto logSize = game->log().size();
        const auto v = game->apply(a, t += 1000);
        INFO(moveName(GameKind::Reflectie, a.type));
        REQUIRE_FALSE(v.ok);
        CHECK_FALSE(v.reason.empty());
        CHECK(s() == before);  // a refusal leaves the state untouched
        CHECK(game->log().size() == logSize);
        return v.reason;
    }
    void open(ReflectieSeries series, const std::string& theme) {
        ok(rf::chooseSeries(series));
        ok(rf::chooseTheme(theme));
        ok(rf::agree());
        ok(rf::readKnowledge());
    }
    // Seats 0 and 1 name a situation; seat 1's (of `form`) is chosen.
    void chooseInbreng(ReflectieForm form) {
        const auto n = r().number;
        const auto seats = proposers(s());
        ok(rf::propose(n, seats[0], ReflectieForm::Hard, "rf.s.geld"));
        ok(rf::propose(n, seats[1], form, {}, "Stage"));
        ok(rf::chooseInbreng(n, 1, seats[1]));
    }
};

}  // namespace

TEST_CASE("reflectie: the bundled deck offers what the rules read") {
    const Deck& deck = reflectieDeck();
    CHECK(deck.kind == GameKind::Reflectie);
    CHECK(themesForSeries(deck, ReflectieSeries::A).size() == 3);
    CHECK(themesForSeries(deck, ReflectieSeries::B).size() == 5);
    CHECK(deck.cardsOfKind(CardKind::Perspective).size() == 4);
    CHECK(deck.cardsOfKind(CardKind::Lens).size() == 3);
    CHECK(deck.cardsOfKind(CardKind::Norm).size() == 4);
    CHECK(deck.cardsOfKind(CardKind::Stance).size() == 3);
    CHECK(deck.cardsOfKind(CardKind::Prompt).front()->id == "rf.g.geenoplossing");
}

TEST_CASE("reflectie: set-up refusals") {
    const Deck& deck = reflectieDeck();
    std::string why;
    CHECK_FALSE(Game::start(deck, defaultSetup(deck, 1, 2, 1), &why));
    CHECK(why.find("3 to 8") != std::string::npos);
    CHECK_FALSE(Game::start(deck, defaultSetup(deck, 1, 9, 1), &why));
    CHECK_FALSE(Game::start(deck, defaultSetup(deck, 1, 4, 4), &why));
    auto setup = defaultSetup(deck, 1, 4, 1);
    setup.firstSeat = 4;
    CHECK_FALSE(Game::start(deck, setup, &why));
    setup = defaultSetup(deck, 1, 4, 1);
    setup.seats[1].avatar.clear();
    CHECK_FALSE(Game::start(deck, setup, &why));
    setup = defaultSetup(deck, 1, 4, 1);
    setup.deckId = "tegenwicht";
    CHECK_FALSE(Game::start(deck, setup, &why));
}

TEST_CASE("reflectie: the opening") {
    Session x;
    CHECK(x.s().phase == ReflectiePhase::Opening);
    x.no(rf::agree());                                          // no theme yet
    x.no(rf::readKnowledge());                                  // agreements not read
    x.no(rf::chooseTheme("rf.t.macht"));                        // series A has no macht
    x.no(rf::chooseTheme("rf.b.handelen"));                     // not a theme
    x.no(rf::propose(1, 0, ReflectieForm::Hard, "rf.s.geld"));  // not opened
    Action bad = rf::chooseSeries(ReflectieSeries::A);
    bad.value = 3;
    x.no(bad);
    Action inRound = rf::agree();
    inRound.round = 1;
    x.no(inRound);
    x.ok(rf::chooseSeries(ReflectieSeries::B));
    x.ok(rf::chooseTheme("rf.t.macht"));
    x.ok(rf::chooseSeries(ReflectieSeries::A));  // macht is not in A: the theme is put back
    CHECK(x.s().theme.empty());
    x.ok(rf::chooseTheme("rf.t.motivatie"));
    x.ok(rf::agree());
    x.no(rf::agree());
    x.no(rf::chooseTheme("rf.t.ambigu"));
    x.no(rf::chooseSeries(ReflectieSeries::C));
    REQUIRE(knowledgeCard(x.deck, x.s()));
    CHECK(knowledgeCard(x.deck, x.s())->id == "rf.k.motivatie");
    x.ok(rf::readKnowledge());
    CHECK(x.s().phase == ReflectiePhase::Proposing);
    CHECK(x.r().leader == kOutsideLeader);
    x.no(rf::readKnowledge());
}

TEST_CASE("reflectie: naming situations and choosing the inbreng") {
    Session x(4);
    x.open(ReflectieSeries::A, "rf.t.ambigu");
    x.no(rf::chooseInbreng(1, 0, 0));                            // nothing named
    x.no(rf::propose(1, 0, ReflectieForm::Hard, {}, {}));        // neither word nor pictogram
    x.no(rf::propose(1, 0, ReflectieForm::Hard, "rf.b.macht"));  // not a situation card
    x.no(rf::propose(1, 7, ReflectieForm::Hard, "rf.s.geld"));   // no such seat
    x.no(rf::propose(2, 0, ReflectieForm::Hard, "rf.s.geld"));   // wrong round
    Action form = rf::propose(1, 0, ReflectieForm::Hard, "rf.s.geld");
    form.value = 2;
    x.no(form);
    x.no(rf::propose(1, 0, ReflectieForm::Hard, {}, std::string(41, 'x')));  // more than a word or a few
    x.ok(rf::propose(1, 0, ReflectieForm::Hard, "rf.s.geld"));
    x.no(rf::chooseInbreng(1, 0, 0));                                       // only one named
    x.ok(rf::propose(1, 0, ReflectieForm::Success, "rf.s.werk", "Stage"));  // again: changes it
    CHECK(x.r().proposals.size() == 1);
    CHECK(x.r().proposals[0].form == ReflectieForm::Success);
    x.ok(rf::propose(1, 1, ReflectieForm::Hard, {}, "Boze klant"));
    x.ok(rf::propose(1, 2, ReflectieForm::Hard, "rf.s.regels"));
    x.no(rf::propose(1, 3, ReflectieForm::Hard, "rf.s.tijd"));  // at most three
    x.no(rf::withdraw(1, 3));
    x.ok(rf::withdraw(1, 2));
    x.no(rf::chooseInbreng(1, 2, 2));  // no third any more
    x.no(rf::chooseInbreng(1, 1, 0));  // stale: situation 2 is seat 1's
    x.no(rf::startQuestioning(1));
    x.ok(rf::chooseInbreng(1, 1, 1));
    CHECK(x.r().inbrenger == 1);
    CHECK(x.r().form == ReflectieForm::Hard);
    CHECK(x.s().phase == ReflectiePhase::Telling);
    x.no(rf::propose(1, 3, ReflectieForm::Hard, "rf.s.tijd"));
}

TEST_CASE("reflectie: a hard experience, questioned from dealt perspectives") {
    Session x(5);
    x.open(ReflectieSeries::A, "rf.t.motivatie");
    x.chooseInbreng(ReflectieForm::Hard);
    x.no(rf::asked(1, 2));  // still telling
    x.ok(rf::playPrompt(1, "rf.g.geenoplossing"));
    x.no(rf::playPrompt(1, "rf.g.openvraag"));  // series A: only "nog geen oplossingen"
    x.no(rf::playPrompt(1, "rf.b.macht"));
    x.ok(rf::startQuestioning(1));
    const auto& r = x.r();
    REQUIRE(r.dealt.size() == 4);  // everyone but the inbrenger; the leader is from outside
    CHECK(r.dealt[0].seat == 2);   // turns start after the inbrenger
    CHECK(r.dealt[3].seat == 0);
    x.no(rf::noteFactor(1, 2, "rf.k2.geduld"));  // that is the success form
    x.no(rf::revealFactors(1));
    x.no(rf::finishQuestioning(1));  // nobody asked yet
    x.no(rf::asked(1, 3));           // not on turn
    x.ok(rf::asked(1, 2));
    x.ok(rf::playPrompt(1, "rf.g.geenoplossing"));
    for (int seat : {3, 4, 0}) x.ok(rf::asked(1, seat));
    CHECK(questionerOnTurn(x.s()) == -1);
    x.no(rf::asked(1, 2));
    x.ok(rf::finishQuestioning(1));
    CHECK(x.s().phase == ReflectiePhase::Modelling);  // series A: no lens step
    CHECK(x.r().prompts.size() == 2);
}

TEST_CASE("reflectie: a success, factors noted face down and revealed together") {
    Session x(4);
    x.open(ReflectieSeries::A, "rf.t.samenwerken");
    x.chooseInbreng(ReflectieForm::Success);
    x.ok(rf::startQuestioning(1));
    CHECK(x.r().dealt.empty());
    x.no(rf::asked(1, 2));
    x.no(rf::noteFactor(1, 1, "rf.k2.geduld"));  // the inbrenger does not note
    x.no(rf::noteFactor(1, 2, "rf.w.macht"));    // not a strength card
    x.no(rf::noteFactor(1, 2, "rf.k2.geduld", std::string(141, 'x')));
    x.ok(rf::noteFactor(1, 2, "rf.k2.geduld"));
    x.ok(rf::noteFactor(1, 2, "rf.k2.samen", "Ze belde de werkgever"));  // again: changes it
    x.no(rf::revealFactors(1));                                          // seats 3 and 0 still to note
    CHECK(seatsStillToNote(x.s()) == std::vector<std::int16_t>{3, 0});
    x.no(rf::finishQuestioning(1));
    x.ok(rf::noteFactor(1, 3, "rf.k2.luisteren"));
    x.ok(rf::noteFactor(1, 0, "rf.k2.eerlijk"));
    x.ok(rf::revealFactors(1));
    x.no(rf::revealFactors(1));
    x.no(rf::noteFactor(1, 0, "rf.k2.geduld"));
    x.ok(rf::finishQuestioning(1));
    CHECK(x.r().factors.at(2).text == "Ze belde de werkgever");
}

TEST_CASE("reflectie: series B deepens with the lens and norm cards; the macht theme has a triangle") {
    Session x(3);
    x.open(ReflectieSeries::B, "rf.t.macht");
    x.chooseInbreng(ReflectieForm::Hard);
    x.ok(rf::startQuestioning(1));
    for (const auto& d : std::vector<DealtPerspective>(x.r().dealt)) x.ok(rf::asked(1, d.seat));
    x.ok(rf::finishQuestioning(1));
    CHECK(x.s().phase == ReflectiePhase::Deepening);
    x.no(rf::placeStance(1, "rf.h.handhaver", false));
    x.no(rf::nameNorm(1, "rf.h.handhaver"));
    x.ok(rf::nameNorm(1, "rf.n.organisatie"));
    x.ok(rf::nameNorm(1, ""));  // cleared: no norm stood out
    x.ok(rf::nameNorm(1, "rf.n.klant"));
    x.ok(rf::finishDeepening(1));
    CHECK(modelShape(x.deck, x.s()) == ModelShape::Triangle);
    x.no(rf::finishModel(1));                      // nothing placed
    x.no(rf::placeModel(1, "rf.m.autonomie", 2));  // a triangle theme
    x.no(rf::placeStance(1, "rf.m.autonomie", false));
    Action far = rf::placeStance(1, "rf.h.zorgverlener", false);
    far.value = 2;
    x.no(far);
    x.ok(rf::placeStance(1, "rf.h.handhaver", false));
    x.ok(rf::placeStance(1, "rf.h.zorgverlener", true));
    x.ok(rf::finishModel(1));
    CHECK(x.r().stanceNow == "rf.h.handhaver");
    CHECK(x.r().stanceWant == "rf.h.zorgverlener");
    CHECK(x.r().norm == "rf.n.klant");
}

TEST_CASE("reflectie: the model scale, strengths, voornemen and learnings") {
    Session x(4);
    x.open(ReflectieSeries::A, "rf.t.motivatie");
    x.chooseInbreng(ReflectieForm::Hard);
    x.ok(rf::startQuestioning(1));
    for (const auto& d : std::vector<DealtPerspective>(x.r().dealt)) x.ok(rf::asked(1, d.seat));
    x.no(rf::nameNorm(1, "rf.n.klant"));  // series A has no deepening
    x.ok(rf::finishQuestioning(1));
    CHECK(modelShape(x.deck, x.s()) == ModelShape::Scale);
    CHECK(modelCards(x.deck, x.s()).size() == 3);
    x.no(rf::placeModel(1, "rf.m.maatwerk", 2));   // another theme's model
    x.no(rf::placeModel(1, "rf.m.autonomie", 0));  // 1..3
    x.no(rf::placeModel(1, "rf.m.autonomie", 4));
    x.no(rf::placeStance(1, "rf.h.handhaver", false));
    x.ok(rf::placeModel(1, "rf.m.autonomie", 3));
    x.ok(rf::placeModel(1, "rf.m.relatie", 1));
    x.no(rf::nameStrength(1, 2, "rf.k2.geduld"));  // not yet
    x.ok(rf::finishModel(1));
    x.no(rf::nameStrength(1, 1, "rf.k2.geduld"));  // the inbrenger hears, the others name
    x.no(rf::nameStrength(1, 2, "rf.w.macht"));
    x.no(rf::nameStrength(1, 9, "rf.k2.geduld"));
    x.ok(rf::nameStrength(1, 2, "rf.k2.buikgevoel"));
    x.ok(rf::nameStrength(1, 3, "rf.k2.geduld"));
    x.no(rf::finishAppreciation(1));  // seat 0 still
    x.ok(rf::nameStrength(1, 0, "rf.k2.geduld", "Rustig gebleven"));
    x.ok(rf::finishAppreciation(1));
    x.no(rf::finish());  // no voornemen
    x.no(rf::nextRound(1));
    x.no(rf::setVoornemen(1, 2, "rf.x.live"));   // only the inbrenger
    x.no(rf::setVoornemen(1, 1, "rf.w.macht"));  // not an intention card
    x.ok(rf::setVoornemen(1, 1, "rf.x.live", "Volgende week op huisbezoek"));
    x.no(rf::addLearning(1, 1, "rf.w.macht"));  // the inbrenger has the voornemen
    x.no(rf::addLearning(1, 2, "rf.x.live"));
    x.ok(rf::addLearning(1, 2, "rf.w.macht"));
    x.no(rf::nextRound(1));  // one round planned
    x.ok(rf::finish());
    CHECK(x.game->finished());
    x.no(rf::abandon());
}

TEST_CASE("reflectie: series C turns the gespreksleider over the seats and shows all prompt cards") {
    Session x(4, 2);
    x.open(ReflectieSeries::C, "rf.t.ambigu");
    CHECK(x.r().leader == 0);
    CHECK(promptsFor(x.deck, x.s()).size() == 6);
    x.no(rf::propose(1, 0, ReflectieForm::Hard, "rf.s.geld"));  // the leader does not bring in
    x.chooseInbreng(ReflectieForm::Hard);                       // seats 1 and 2 name, seat 2 brings in
    CHECK(x.r().inbrenger == 2);
    x.ok(rf::playPrompt(1, "rf.g.ondertiteling"));
    x.ok(rf::startQuestioning(1));
    std::vector<std::int16_t> order;
    for (const auto& d : x.r().dealt) order.push_back(d.seat);
    CHECK(order == std::vector<std::int16_t>{3, 1});  // not the leader, not the inbrenger
    for (auto seat : order) x.ok(rf::asked(1, seat));
    x.ok(rf::finishQuestioning(1));
    x.ok(rf::finishDeepening(1));
    x.ok(rf::placeModel(1, "rf.m.eerlijk", 2));
    x.ok(rf::finishModel(1));
    for (auto seat : otherSeats(x.s())) x.ok(rf::nameStrength(1, seat, "rf.k2.kennis"));
    x.ok(rf::finishAppreciation(1));
    x.ok(rf::setVoornemen(1, 2, "rf.x.doorvragen"));
    x.no(rf::finish());  // a round is left
    x.ok(rf::nextRound(1));
    CHECK(x.r().number == 2);
    CHECK(x.r().leader == 1);
    CHECK(x.s().phase == ReflectiePhase::Proposing);
    x.no(rf::propose(1, 0, ReflectieForm::Hard, "rf.s.geld"));  // the old round
    x.ok(rf::propose(2, 0, ReflectieForm::Hard, "rf.s.geld"));
    x.ok(rf::abandon());
    CHECK(x.game->abandoned());
}

TEST_CASE("reflectie: the perspective deal for seed 7 is fixed (golden)") {
    // Changing the shuffle or the deal changes this order, and with it every
    // recorded session: change it only on purpose.
    Session x(8, 1, 7);
    x.open(ReflectieSeries::A, "rf.t.ambigu");
    x.chooseInbreng(ReflectieForm::Hard);
    x.ok(rf::startQuestioning(1));
    std::vector<std::string> dealt;
    for (const auto& d : x.r().dealt) dealt.push_back(d.card);
    // Seven questioners from four cards: the pile is shuffled again once it runs out.
    CHECK(dealt == std::vector<std::string>{"rf.b.gevoel", "rf.b.macht", "rf.b.handelen", "rf.b.kennis", "rf.b.gevoel",
                                            "rf.b.macht", "rf.b.kennis"});
    Session again(8, 1, 7);
    again.open(ReflectieSeries::A, "rf.t.ambigu");
    again.chooseInbreng(ReflectieForm::Hard);
    again.ok(rf::startQuestioning(1));
    CHECK(again.r().dealt == x.r().dealt);
}

SCENARIO("whole reflection sessions replay from their log and their record") {
    const Deck& deck = reflectieDeck();
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const auto seats = 3 + seed % 6;
        auto game = autoplay(deck, defaultSetup(deck, seed, seats, static_cast<std::uint16_t>(1 + seed % 3)), seed);
        REQUIRE(game);
        REQUIRE(game->finished());
        auto again = Game::replay(deck, game->setup(), game->log());
        REQUIRE(again);
        CHECK(*again->reflectie() == *game->reflectie());
        const Record record = recordOf(*game, RecordId::random(), newDeviceId(), 1000, 2000);
        std::string why;
        auto replayed = replayRecord(deck, record, &why);
        INFO(why);
        REQUIRE(replayed);
        CHECK(*replayed->reflectie() == *game->reflectie());
        auto rows = csvRows(deck, record, &why);
        REQUIRE(rows);
        CHECK(rows->find(",voornemen,") != std::string::npos);
    }
}
