// What Home and the sessions list show of a stored game: which deck, when,
// who, how far. Built by the AppController from the record folder.
#pragma once
#include <string>
#include <vector>

#include "engine/deck.h"

namespace samenspel::ui {

struct SessionInfo {
    std::string id;          // record id, hex
    const Deck* deck = nullptr;
    std::string when;        // "di 12 mrt, 14:05"
    std::string detail;      // "4 spelers · ronde 2 van 3"
    bool finished = false;   // finished or abandoned (not resumable)
    bool abandoned = false;
    long long startedAtMs = 0;
};

// "ma 3 mrt 2025, 14:05" in local time.
std::string dutchDateTime(long long unixMs);

}  // namespace samenspel::ui
