// Small decks built in code, so the engine's rules are tested independently
// of the bundled content (which has its own tests in content_test.cpp).
#pragma once
#include <string>

#include "engine/deck.h"

namespace samenspel::testing {

inline Deck tegenwichtFixture(int factorsPerCluster = 8) {
    Deck d;
    d.id = "tegenwicht";
    d.kind = GameKind::Tegenwicht;
    d.presentation = {"#0B5D6B", "scale", "2 tot 8 professionals"};
    d.tegenwicht.counterGroup = "tegenwicht";
    d.title = "Tegenwicht";
    d.contentVersion = "test-1";
    d.rules = {{"handSize", 5}, {"minSeats", 2}, {"maxSeats", 8}, {"maxRounds", 30}};
    const char* clusters[] = {"wet", "beroep", "organisatie", "professional", "klant", "markt"};
    for (const char* c : clusters) d.groups.push_back({c, GroupRole::Cluster, c, c, "#224466", "scale"});
    d.groups.push_back({"proces", GroupRole::Support, "proces", "proces", "#333333", "scale"});
    d.groups.push_back({"tegenwicht", GroupRole::Support, "tegenwicht", "t", "#333333", "question"});
    int rank = 1;
    for (const char* c : clusters)
        for (int i = 0; i < factorsPerCluster; ++i) {
            Card k{"tw.f." + std::string(c) + "." + std::to_string(i),
                   d.id,
                   CardKind::Factor,
                   c,
                   "Factor",
                   "Tekst",
                   "scale"};
            if (i < 3 && rank <= 15) k.rank = rank++;
            d.cards.push_back(k);
        }
    for (int i = 0; i < 6; ++i) {
        Card k{"tw.s." + std::to_string(i), d.id, CardKind::Step, "proces", "Stap", "Tekst", "scale"};
        k.order = i;
        d.cards.push_back(k);
    }
    for (int i = 0; i < 12; ++i)
        d.cards.push_back(
            {"tw.c." + std::to_string(i), d.id, CardKind::Counter, "tegenwicht", "Vraag", "Tekst", "question"});
    return d;
}

inline Deck samenleerFixture() {
    Deck d;
    d.id = "samenleer";
    d.kind = GameKind::Samenleer;
    d.presentation = {"#1A5FB4", "people", "Coach en werkzoekende"};
    d.samenleer.ownTopicTheme = "bespreken";
    d.title = "Samenleer";
    d.contentVersion = "test-1";
    d.rules = {{"minMoments", 1}, {"maxMoments", 3}, {"maxActions", 6}, {"ratingMin", 1}, {"ratingMax", 5}};
    const char* themes[] = {"samenwerking", "begeleiding", "bereiken", "bespreken"};
    for (const char* t : themes) d.groups.push_back({t, GroupRole::Theme, t, t, "#225522", "people"});
    for (const char* g : {"eigen", "gesprek", "acties", "gevoel"})
        d.groups.push_back({g, GroupRole::Support, g, g, "#333333", "note"});
    const char* moments[][2] = {
        {"klik", "samenwerking"},       {"openheid", "samenwerking"}, {"luisteren", "samenwerking"},
        {"aansluiting", "begeleiding"}, {"advies", "begeleiding"},    {"vertrouwen", "begeleiding"},
        {"doel", "bereiken"},           {"resultaat", "bereiken"},    {"onderwerpen", "bespreken"},
        {"duidelijkheid", "bespreken"}, {"extra", "bespreken"}};
    for (const char* t : themes)
        d.cards.push_back({std::string("sl.t.") + t, d.id, CardKind::Theme, t, "Thema", "Vraag", "people"});
    for (auto& m : moments)
        d.cards.push_back({std::string("sl.m.") + m[0], d.id, CardKind::Moment, m[1], m[0], "Vraag", "people"});
    for (int i = 1; i <= 3; ++i)
        d.cards.push_back(
            {"sl.own." + std::to_string(i), d.id, CardKind::Own, "eigen", "Eigen onderwerp", "Tekst", "note"});
    for (int i = 0; i < 3; ++i) {
        Card q{"sl.q." + std::to_string(i), d.id, CardKind::Question, "gesprek", "Vraag", "Tekst", "question"};
        q.order = i;
        d.cards.push_back(q);
    }
    for (const char* a : {"bellen", "sollicitatie", "afspraak", "oefenen", "eigen"})
        d.cards.push_back({std::string("sl.a.") + a, d.id, CardKind::Action, "acties", a, "Tekst", "note"});
    for (int i = 1; i <= 5; ++i) {
        Card r{"sl.r." + std::to_string(i), d.id, CardKind::Rating, "gevoel", "Gevoel", "Tekst", "people"};
        r.order = i;
        d.cards.push_back(r);
    }
    return d;
}

}  // namespace samenspel::testing
