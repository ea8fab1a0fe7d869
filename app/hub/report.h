// The coordinator's report (issue 11): one self-contained Dutch HTML page,
// inline SVG and CSS only (no script, nothing fetched), readable on a phone
// and printable on A4. Every chart has its numbers in a table under "Toon
// als tabel" (<details>, no script). Privacy: a cell that stands for fewer
// than `minSessions` sessions shows "minder dan N"; free text only when
// asked for; never a device id or record id. All copy comes from
// assets/text/hub_nl.json; ranks come from the deck (the study's seed).
#pragma once
#include <string>

#include "content/deck_loader.h"
#include "content/words.h"
#include "hub/hub_db.h"

namespace samenspel::hub {

struct ReportOptions {
    int minSessions = 5;
    bool withNotes = false;
    std::int64_t nowMs = 0;  // the date printed on the page
};

bool buildReport(HubDb& db, const DeckCatalog& decks, const Words& words, const ReportOptions& options,
                 std::string& html, std::string* why);

// The hub's words file (assets/text/hub_nl.json).
bool loadHubWords(Words& words, std::string* why);

std::string htmlEscape(const std::string& s);

}  // namespace samenspel::hub
