// What the Samenleergesprek's screens remember between frames that decides
// which screen or page shows and what is half done: the moment whose
// gespreksblad is open, the open theme and the card opened big, who tells
// and who takes an action, the action card waiting for "Spreek af", and the
// words typed but not yet kept. None of it is a game move, so none of it
// goes into the record; the app may save it beside the record (toMap) and
// give it back on resume (fromMap) so the talk opens exactly where it was.
// Header-only and plain C++, so the core tests check it without ImGui.
#pragma once
#include <array>
#include <cstdlib>
#include <map>
#include <string>

namespace samenspel::ui {

struct SamenleerView {
    int shownMoment = 0;               // gespreksblad: the moment on screen (intent::ShowMoment turns it)
    int theme = 0;                     // choosing: the theme whose cards are open
    std::string detail;                // choosing: a card opened big, before it is chosen ("" = none)
    std::string ownTopic;              // choosing: words typed for an own-topic card
    int speaker = -1;                  // gespreksblad: who tells now (-1: whoever picked the moment)
    int notesFor = -1;                 // gespreksblad: the moment `notes` belong to (-1: none yet)
    std::array<std::string, 3> notes;  // gespreksblad: notes typed for A, B, C
    int who = 1;                       // closing: who takes the action being added (kJobseeker)
    std::string pending;               // closing: the action card tapped, waiting for "Spreek af"
    std::string actionWords;           // closing: own words for that action
    bool howToSeen = false;            // "zo werkt het gesprek" opened once at the start (talk_how_to.h)

    bool operator==(const SamenleerView& o) const;
    bool operator!=(const SamenleerView& o) const { return !(*this == o); }

    // Plain strings under fixed keys ("shown", "theme", "detail", "own",
    // "speaker", "notes.for", "note.0".."note.2", "who", "pending",
    // "action.words", "how_to.seen"); fields at their default are left out. fromMap takes
    // what it knows, ignores the rest, and keeps the default for a value
    // that is missing or not a number, so an old or damaged sidecar never
    // stops a resume. The screens clamp indices against the game.
    std::map<std::string, std::string> toMap() const;
    static SamenleerView fromMap(const std::map<std::string, std::string>& m);
};

namespace view_detail {

inline bool toInt(const std::string& s, int& out) {
    if (s.empty() || s.size() > 9) return false;
    char* end = nullptr;
    const long v = std::strtol(s.c_str(), &end, 10);
    if (*end != '\0') return false;
    out = static_cast<int>(v);
    return true;
}

}  // namespace view_detail

inline bool SamenleerView::operator==(const SamenleerView& o) const {
    return shownMoment == o.shownMoment && theme == o.theme && detail == o.detail && ownTopic == o.ownTopic &&
           speaker == o.speaker && notesFor == o.notesFor && notes == o.notes && who == o.who && pending == o.pending &&
           actionWords == o.actionWords && howToSeen == o.howToSeen;
}

inline std::map<std::string, std::string> SamenleerView::toMap() const {
    const SamenleerView d;
    std::map<std::string, std::string> m;
    auto num = [&](const char* k, int v, int def) {
        if (v != def) m[k] = std::to_string(v);
    };
    auto str = [&](const std::string& k, const std::string& v) {
        if (!v.empty()) m[k] = v;
    };
    num("shown", shownMoment, d.shownMoment);
    num("theme", theme, d.theme);
    str("detail", detail);
    str("own", ownTopic);
    num("speaker", speaker, d.speaker);
    num("notes.for", notesFor, d.notesFor);
    for (std::size_t q = 0; q < notes.size(); ++q) str("note." + std::to_string(q), notes[q]);
    num("who", who, d.who);
    str("pending", pending);
    str("action.words", actionWords);
    if (howToSeen) m["how_to.seen"] = "1";
    return m;
}

inline SamenleerView SamenleerView::fromMap(const std::map<std::string, std::string>& m) {
    SamenleerView v;
    auto num = [&](const char* k, int& out) {
        if (auto it = m.find(k); it != m.end()) view_detail::toInt(it->second, out);
    };
    auto str = [&](const std::string& k, std::string& out) {
        if (auto it = m.find(k); it != m.end()) out = it->second;
    };
    num("shown", v.shownMoment);
    num("theme", v.theme);
    str("detail", v.detail);
    str("own", v.ownTopic);
    num("speaker", v.speaker);
    num("notes.for", v.notesFor);
    for (std::size_t q = 0; q < v.notes.size(); ++q) str("note." + std::to_string(q), v.notes[q]);
    num("who", v.who);
    str("pending", v.pending);
    str("action.words", v.actionWords);
    if (auto it = m.find("how_to.seen"); it != m.end()) v.howToSeen = it->second == "1";
    return v;
}

}  // namespace samenspel::ui
