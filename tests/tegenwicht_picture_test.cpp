// The end picture of Tegenwicht holds no number without a source: each
// figure is either a count of this record's own moves, recounted here from
// the game state, or a place in the study's top 15, held to the report's
// line (study_top15.h). No shares, no weights.
#include <catch2/catch.hpp>

#include "content/deck_loader.h"
#include "content/tegenwicht_picture.h"
#include "engine/autoplay.h"
#include "engine/game.h"
#include "study_top15.h"

using namespace samenspel;

namespace {

const DeckCatalog& bundled() {
    static const DeckCatalog catalog = loadBundledDecks();
    return catalog;
}

// Counts `what` about `of` (a cluster or a card) straight from the rounds.
int recount(const Deck& deck, const TegenwichtState& s, Counted what, const std::string& of) {
    auto matches = [&](const std::string& cardId) {
        if (cardId.empty()) return false;
        if (cardId == of) return true;
        const Card* c = deck.card(cardId);
        return c && c->group == of;
    };
    int n = 0;
    for (const auto& r : s.rounds) {
        switch (what) {
        case Counted::Decisive: n += matches(r.decisiveCard); break;
        case Counted::RoundsNoneDecisive: n += r.noneDecisive(); break;
        default:
            for (const auto& rc : r.revealed) {
                if (!matches(rc.card)) continue;
                if (what == Counted::Picked) ++n;
                if (what == Counted::Heavy && rc.weight == Weight::Heavy) ++n;
                if (what == Counted::Light && rc.weight == Weight::Light) ++n;
                if (what == Counted::Unnoticed && rc.weight == Weight::Unnoticed) ++n;
            }
        }
    }
    return n;
}

void holdsToSources(const Deck& deck, const TegenwichtState& s) {
    const TegenwichtPicture picture = tegenwichtPicture(deck, s);
    const auto figures = picture.figures();
    // 6 clusters x 5 counts, 15 ranked cards x (rank + 3 counts), rounds without a decisive card.
    CHECK(figures.size() == 6 * 5 + 15 * 4 + 1);
    for (const Figure* f : figures) {
        INFO("figure about '" << f->of << "', value " << f->value);
        if (f->source == FigureSource::StudyRank) {
            REQUIRE(f->what == Counted::Rank);
            const Card* c = deck.card(f->of);
            REQUIRE(c);
            CHECK(c->rank == f->value);
            REQUIRE(testing::kStudyTop15.count(f->value));
            INFO("seed 002 line " << testing::kStudyTop15FirstLine + f->value - 1);
            CHECK(c->sourceLabel == testing::kStudyTop15.at(f->value));
        } else {
            CHECK(f->what != Counted::Rank);
            CHECK(f->value == recount(deck, s, f->what, f->of));
        }
    }
    // The ranked list is the study's order, 1 to 15, each place once.
    REQUIRE(picture.topFifteen.size() == 15);
    for (std::size_t i = 0; i < picture.topFifteen.size(); ++i)
        CHECK(picture.topFifteen[i].rank.value == static_cast<int>(i) + 1);
    // Every cluster of the deck appears once, and nothing else does.
    std::set<std::string> clusters;
    for (const auto& row : picture.clusters) clusters.insert(row.group);
    for (const auto& g : deck.groups) CHECK(clusters.count(g.id) == (g.role == GroupRole::Cluster ? 1u : 0u));
    // The most-heavy sentence names exactly the clusters with the most heavy cards.
    int most = 0;
    for (const auto& row : picture.clusters) most = std::max(most, row.heavy.value);
    for (const auto& row : picture.clusters) {
        const bool named =
            std::find(picture.mostHeavy.begin(), picture.mostHeavy.end(), row.group) != picture.mostHeavy.end();
        CHECK(named == (most > 0 && row.heavy.value == most));
    }
}

}  // namespace

SCENARIO("every number on the end picture is a count from this record or a rank from the study") {
    const Deck* deck = bundled().find("tegenwicht");
    REQUIRE(deck);
    GIVEN("simulated games of 2 to 8 seats") {
        for (std::uint64_t seed : {1u, 7u, 42u}) {
            for (std::size_t seats : {2u, 5u, 8u}) {
                INFO("seed " << seed << ", " << seats << " seats");
                auto game = autoplay(*deck, defaultSetup(*deck, seed, seats, 3), seed * 31 + seats);
                REQUIRE(game);
                holdsToSources(*deck, *game->tegenwicht());
            }
        }
    }
    GIVEN("a game that has just started (nothing weighed yet)") {
        auto game = Game::start(*deck, defaultSetup(*deck, 3, 4, 2));
        REQUIRE(game);
        holdsToSources(*deck, *game->tegenwicht());
        const auto picture = tegenwichtPicture(*deck, *game->tegenwicht());
        CHECK(picture.mostHeavy.empty());
        for (const auto& row : picture.topFifteen) CHECK_FALSE(row.touched());
    }
}

SCENARIO("the end picture marks which of the top 15 this group picked, weighed heavily or named decisive") {
    const Deck* deck = bundled().find("tegenwicht");
    REQUIRE(deck);
    auto game = autoplay(*deck, defaultSetup(*deck, 11, 6, 4), 99);
    REQUIRE(game);
    const auto& s = *game->tegenwicht();
    const auto picture = tegenwichtPicture(*deck, s);
    for (const auto& row : picture.topFifteen) {
        INFO(row.card);
        bool picked = false, heavy = false, decisive = false;
        for (const auto& r : s.rounds) {
            for (const auto& rc : r.revealed)
                if (rc.card == row.card) picked = true, heavy = heavy || rc.weight == Weight::Heavy;
            decisive = decisive || r.decisiveCard == row.card;
        }
        CHECK((row.picked.value > 0) == picked);
        CHECK((row.heavy.value > 0) == heavy);
        CHECK((row.decisive.value > 0) == decisive);
    }
}
