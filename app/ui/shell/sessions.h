// What Home and the sessions list show of a stored game: which deck, when,
// who, how far, and where it stands. Built by the AppController from the
// record folder; the screens turn these facts into words (nl.json).
#pragma once
#include <string>
#include <vector>

#include "engine/deck.h"

namespace samenspel::ui {

enum class SessionStatus { InProgress, Finished, Stopped, Exported };

struct SessionInfo {
    std::string id;  // record id, hex
    const Deck* deck = nullptr;
    bool finished = false;  // finished or abandoned (not resumable)
    bool abandoned = false;
    bool exported = false;  // in a sync bundle already (RecordFolder::exportedIds)
    bool unsaved = false;   // the game on the table whose last save failed
    long long startedAtMs = 0;
    int players = 0;  // seats at the table
    int rounds = 0;   // rounds planned (Tegenwicht)
};

// Where a session stands: in progress, finished, stopped, or (finished or
// stopped and) exported.
inline SessionStatus statusOf(const SessionInfo& s) {
    if (!s.finished) return SessionStatus::InProgress;
    if (s.exported) return SessionStatus::Exported;
    return s.abandoned ? SessionStatus::Stopped : SessionStatus::Finished;
}

}  // namespace samenspel::ui
