// The end picture of a Tegenwicht game as data: every number the end screen
// and the session summary show, each with where it comes from. There are
// only two sources:
//  - a count of this record's own moves (cards picked, placed heavy, light
//    or unnoticed, named decisive; rounds in which no card was decisive);
//  - a place in the study's top 15, read from the deck's ranked cards,
//    whose sourceLabel quotes the study's name for the factor (Panteia,
//    Muzus & ZINZIZ 2021: a ranking only, no shares, no clusters).
// Nothing is weighted and nothing is a share: the study gives no figure per
// cluster, and the clusters (and which factor sits in which) are the deck's
// own grouping.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "engine/deck.h"
#include "engine/tegenwicht_game.h"

namespace samenspel {

enum class FigureSource : std::uint8_t {
    RecordCount,  // counted from this record's moves
    StudyRank,    // a card's place in the study's top 15
};

enum class Counted : std::uint8_t { Picked, Heavy, Light, Unnoticed, Decisive, RoundsNoneDecisive, Rank };

struct Figure {
    int value = 0;
    FigureSource source = FigureSource::RecordCount;
    Counted what = Counted::Picked;
    std::string of;  // the cluster or card it is about; empty for the whole game
};

struct ClusterRow {
    std::string group;  // a cluster of the deck
    Figure picked, heavy, light, unnoticed, decisive;
    bool any() const { return picked.value > 0 || decisive.value > 0; }
};

struct RankRow {
    std::string card;                // the ranked factor card
    Figure rank;                     // StudyRank
    Figure picked, heavy, decisive;  // what this group did with that card
    bool touched() const { return picked.value > 0 || decisive.value > 0; }
};

struct TegenwichtPicture {
    std::vector<ClusterRow> clusters;    // every cluster: most heavy first, then decisive, light, picked
    std::vector<RankRow> topFifteen;     // place 1 first
    Figure roundsNoneDecisive;           // rounds where the inbrenger named none of the cards
    std::vector<std::string> mostHeavy;  // the cluster(s) with the most cards placed heavy; empty when none
    // Every number above, so a test can hold each one to its source.
    std::vector<const Figure*> figures() const;
};

TegenwichtPicture tegenwichtPicture(const Deck& deck, const TegenwichtState& state);

}  // namespace samenspel
