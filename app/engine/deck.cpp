#include "deck.h"

#include <algorithm>
#include <iterator>

namespace samenspel {

namespace {
const char* const kGameNames[] = {"tegenwicht", "samenleer", "reflectie"};
const char* const kCardKindNames[] = {"factor",    "step",      "counter",   "theme",   "moment", "own",
                                      "question",  "agreement", "action",    "rating",  "form",   "perspective",
                                      "lens",      "norm",      "knowledge", "prompt",  "stance", "closing",
                                      "situation", "model",     "strength",  "learning"};
}  // namespace

std::optional<GameKind> gameKindFromName(const std::string& name) {
    for (std::size_t i = 0; i < std::size(kGameNames); ++i)
        if (name == kGameNames[i]) return static_cast<GameKind>(i);
    return std::nullopt;
}

const char* gameKindName(GameKind kind) {
    const auto i = static_cast<std::size_t>(kind);
    return i < std::size(kGameNames) ? kGameNames[i] : "";
}

std::optional<CardKind> cardKindFromName(const std::string& name) {
    for (std::size_t i = 0; i < std::size(kCardKindNames); ++i)
        if (name == kCardKindNames[i]) return static_cast<CardKind>(i);
    return std::nullopt;
}

const char* cardKindName(CardKind kind) {
    const auto i = static_cast<std::size_t>(kind);
    return i < std::size(kCardKindNames) ? kCardKindNames[i] : "";
}

const Card* Deck::card(const std::string& cardId) const {
    for (const auto& c : cards)
        if (c.id == cardId) return &c;
    return nullptr;
}

const CardGroup* Deck::group(const std::string& groupId) const {
    for (const auto& g : groups)
        if (g.id == groupId) return &g;
    return nullptr;
}

int Deck::rule(const std::string& name, int fallback) const {
    auto it = rules.find(name);
    return it == rules.end() ? fallback : it->second;
}

std::vector<const Card*> Deck::cardsOfKind(CardKind kind) const {
    std::vector<const Card*> out;
    for (const auto& c : cards)
        if (c.kind == kind) out.push_back(&c);
    std::stable_sort(out.begin(), out.end(), [](const Card* a, const Card* b) { return a->order < b->order; });
    return out;
}

std::vector<std::string> Deck::idsOfKind(CardKind kind) const {
    std::vector<std::string> out;
    for (const Card* c : cardsOfKind(kind)) out.push_back(c->id);
    return out;
}

std::vector<const Card*> Deck::cardsOfKind(const std::string& kindName) const {
    auto kind = cardKindFromName(kindName);
    return kind ? cardsOfKind(*kind) : std::vector<const Card*>{};
}

std::vector<std::string> Deck::idsOfKind(const std::string& kindName) const {
    auto kind = cardKindFromName(kindName);
    return kind ? idsOfKind(*kind) : std::vector<std::string>{};
}

std::vector<std::string> Deck::allIds() const {
    std::vector<std::string> out;
    out.reserve(cards.size());
    for (const auto& c : cards) out.push_back(c.id);
    return out;
}

bool Deck::isKind(const std::string& cardId, CardKind k) const {
    const Card* c = card(cardId);
    return c && c->kind == k;
}

bool Deck::replays(const std::string& version) const {
    return version == contentVersion ||
           std::find(replaysVersions.begin(), replaysVersions.end(), version) != replaysVersions.end();
}

const CardGroup* Deck::counterGroup() const {
    return kind == GameKind::Tegenwicht ? group(tegenwicht.counterGroup) : nullptr;
}

const CardGroup* Deck::ownTopicTheme() const {
    return kind == GameKind::Samenleer ? group(samenleer.ownTopicTheme) : nullptr;
}

}  // namespace samenspel
