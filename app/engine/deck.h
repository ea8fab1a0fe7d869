// The in-memory shape of a deck: groups (clusters, themes) and cards, as
// loaded from assets/decks/*.json by app/content. The engine never holds
// card text of its own; it only refers to cards by id.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace samenspel {

enum class GroupRole { Cluster, Theme, Support };

struct CardGroup {
    std::string id;
    GroupRole role = GroupRole::Support;
    std::string label;
    std::string text;
    std::string colour;  // "#RRGGBB"
    std::string symbol;  // pictogram name
};

struct Card {
    std::string id;
    std::string deck;
    std::string kind;  // factor, step, counter, theme, moment, own, question, agreement, action, rating
    std::string group;
    std::string label;  // at most six words
    std::string text;
    std::string pictogram;
    int rank = 0;   // national top-15 rank of a factor, 0 when not ranked
    int order = -1; // position of a step, question, agreement or rating; -1 when none
};

struct Deck {
    std::string id;
    std::string game;  // which rules play it: "tegenwicht" or "samenleer"
    std::string title;
    std::string contentVersion;
    std::string summary;
    std::string source;
    std::map<std::string, int> rules;
    std::vector<CardGroup> groups;
    std::vector<Card> cards;

    const Card* card(const std::string& cardId) const;
    const CardGroup* group(const std::string& groupId) const;
    int rule(const std::string& name, int fallback) const;
    // Cards of one kind in file order (or sorted by `order` when they have one).
    std::vector<const Card*> cardsOfKind(const std::string& kind) const;
    std::vector<std::string> idsOfKind(const std::string& kind) const;
    std::vector<std::string> allIds() const;
};

}  // namespace samenspel
