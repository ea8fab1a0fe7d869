#include "deck.h"

#include <algorithm>

namespace samenspel {

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

std::vector<const Card*> Deck::cardsOfKind(const std::string& kind) const {
    std::vector<const Card*> out;
    for (const auto& c : cards)
        if (c.kind == kind) out.push_back(&c);
    std::stable_sort(out.begin(), out.end(),
                     [](const Card* a, const Card* b) { return a->order < b->order; });
    return out;
}

std::vector<std::string> Deck::idsOfKind(const std::string& kind) const {
    std::vector<std::string> out;
    for (const Card* c : cardsOfKind(kind)) out.push_back(c->id);
    return out;
}

std::vector<std::string> Deck::allIds() const {
    std::vector<std::string> out;
    out.reserve(cards.size());
    for (const auto& c : cards) out.push_back(c.id);
    return out;
}

}  // namespace samenspel
