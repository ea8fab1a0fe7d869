// The in-memory shape of a deck: which game plays it, how it looks on the
// home screen, the rules its game reads, its groups (clusters, themes) and
// cards, as loaded from assets/decks/*.json by app/content. The engine never
// holds card text of its own; it only refers to cards by id. Names in the
// file ("tegenwicht", "factor" ...) are parsed once into the enums below, so
// no code compares a game or card kind as a string.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace samenspel {

// Which rules play a deck (the file's `game` field).
enum class GameKind : std::uint8_t { Tegenwicht = 0, Samenleer = 1, Reflectie = 2 };
std::optional<GameKind> gameKindFromName(const std::string& name);
const char* gameKindName(GameKind kind);  // "tegenwicht", "samenleer", "reflectie"

// What a card is for (the file's card `kind` field).
enum class CardKind : std::uint8_t {
    Factor,
    Step,
    Counter,
    Theme,
    Moment,
    Own,
    Question,
    Agreement,
    Action,
    Rating,
    // Reflectie (reflectie_game.h)
    Form,
    Perspective,
    Lens,
    Norm,
    Knowledge,
    Prompt,
    Stance,
    Closing,
    Situation,
    Model,
    Strength,
    Learning
};
std::optional<CardKind> cardKindFromName(const std::string& name);
const char* cardKindName(CardKind kind);  // "factor", "step" ...

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
    CardKind kind = CardKind::Factor;
    std::string group;
    std::string label;  // at most six words
    std::string text;
    std::string pictogram;
    int rank = 0;             // place in the study's top 15 (an ordinal rank only), 0 when not ranked
    std::string sourceLabel;  // the source's own words for this card, quoted exactly; empty when the card is ours
    int order = -1;           // position of a step, question, agreement or rating; -1 when none
};

// How the deck shows itself before a game (home screen, past sessions).
struct DeckPresentation {
    std::string colour;     // "#RRGGBB", the deck's tile colour
    std::string pictogram;  // pictogram name
    std::string players;    // short Dutch line on who plays, e.g. "Coach en werkzoekende, samen"
};

// The content ids and numbers the Tegenwicht rules read (deck `rules`).
struct TegenwichtRules {
    std::string counterGroup;  // the group of the counter-question cards
};

// The content ids the Samenleer rules read (deck `rules`).
struct SamenleerRules {
    std::string ownTopicTheme;  // the theme under which an own topic is the theme's own card
};

struct Deck {
    std::string id;
    GameKind kind = GameKind::Tegenwicht;  // which rules play it
    std::string title;
    std::string contentVersion;
    // Earlier content versions whose records this content still replays to
    // the same game (same card ids, same shuffles): the file's `replays`.
    std::vector<std::string> replaysVersions;
    std::string summary;
    std::string source;
    DeckPresentation presentation;
    std::map<std::string, int> rules;  // numeric limits (handSize, maxMoments ...)
    TegenwichtRules tegenwicht;        // only meaningful when kind == Tegenwicht
    SamenleerRules samenleer;          // only meaningful when kind == Samenleer
    std::vector<CardGroup> groups;
    std::vector<Card> cards;

    const Card* card(const std::string& cardId) const;
    const CardGroup* group(const std::string& groupId) const;
    int rule(const std::string& name, int fallback) const;
    // Cards of one kind in file order (or sorted by `order` when they have one).
    std::vector<const Card*> cardsOfKind(CardKind kind) const;
    std::vector<std::string> idsOfKind(CardKind kind) const;
    // The same by the file's name of the kind ("factor"); an unknown name gives none.
    std::vector<const Card*> cardsOfKind(const std::string& kindName) const;
    std::vector<std::string> idsOfKind(const std::string& kindName) const;
    std::vector<std::string> allIds() const;
    bool isKind(const std::string& cardId, CardKind kind) const;  // false for an unknown id
    // Whether a record written with content `version` replays with this deck.
    bool replays(const std::string& version) const;

    // The groups the rules name (nullptr when the deck is not of that game).
    const CardGroup* counterGroup() const;
    const CardGroup* ownTopicTheme() const;
};

}  // namespace samenspel
