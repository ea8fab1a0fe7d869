// What the Reflectie screens remember between frames: which opening page
// shows, and the half-made choice of the current step (the seat whose turn
// it is on screen, the card tapped, the words typed, the form chosen). None
// of it is a move, so none of it goes into the record; the app saves it
// beside the record (toMap) and gives it back on resume (fromMap). A seat's
// private success-factor pick is left out on purpose: after a restart the
// device goes back to the pass screen. Header-only and plain C++.
#pragma once
#include <cstdlib>
#include <map>
#include <string>
#include <type_traits>

namespace samenspel::ui {

struct ReflectieView {
    int openStep = 0;  // opening: 0 series and theme, 1 the agreements
    bool howToSeen = false;
    long stepKey = -1;         // the step the fields below belong to (phase and round)
    int seat = -1;             // the seat acting on screen (-1: none chosen yet)
    int form = 0;              // proposing: 0 a hard experience, 1 a success
    std::string pick;          // the card tapped, waiting for its button
    std::string words;         // optional own words with it
    bool privateStep = false;  // the fields hold a private pick (success factors): never saved

    void clearStep(long key) {
        stepKey = key;
        seat = -1;
        form = 0;
        pick.clear();
        words.clear();
    }
    bool operator==(const ReflectieView& o) const {
        return openStep == o.openStep && howToSeen == o.howToSeen && stepKey == o.stepKey && seat == o.seat &&
               form == o.form && pick == o.pick && words == o.words && privateStep == o.privateStep;
    }

    std::map<std::string, std::string> toMap() const {
        std::map<std::string, std::string> m;
        if (openStep) m["open"] = std::to_string(openStep);
        if (howToSeen) m["how_to.seen"] = "1";
        if (privateStep) return m;  // the private pick stays on this screen only
        if (stepKey >= 0) m["step"] = std::to_string(stepKey);
        if (seat >= 0) m["seat"] = std::to_string(seat);
        if (form) m["form"] = std::to_string(form);
        if (!pick.empty()) m["pick"] = pick;
        if (!words.empty()) m["words"] = words;
        return m;
    }
    static ReflectieView fromMap(const std::map<std::string, std::string>& m) {
        ReflectieView v;
        auto num = [&](const char* k, auto& out) {
            auto it = m.find(k);
            if (it == m.end() || it->second.empty() || it->second.size() > 9) return;
            char* end = nullptr;
            const long x = std::strtol(it->second.c_str(), &end, 10);
            if (*end == '\0') out = static_cast<std::decay_t<decltype(out)>>(x);
        };
        auto str = [&](const char* k, std::string& out) {
            if (auto it = m.find(k); it != m.end()) out = it->second;
        };
        num("open", v.openStep);
        num("step", v.stepKey);
        num("seat", v.seat);
        num("form", v.form);
        str("pick", v.pick);
        str("words", v.words);
        if (auto it = m.find("how_to.seen"); it != m.end()) v.howToSeen = it->second == "1";
        return v;
    }
};

}  // namespace samenspel::ui
