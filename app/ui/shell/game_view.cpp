#include "ui/shell/game_view.h"

#include <map>
#include <string>

namespace samenspel::ui {

namespace {

std::string key(const char* prefix, std::size_t i) { return std::string(prefix) + std::to_string(i); }

void putText(ViewDraft& v, const std::string& k, const std::string& text) {
    if (!text.empty()) v.drafts[k] = text;
}

void getText(const ViewDraft& v, const std::string& k, std::string& into) {
    if (auto it = v.drafts.find(k); it != v.drafts.end()) into = it->second;
}

void getNumber(const ViewDraft& v, const char* k, int& into) {
    if (auto it = v.numbers.find(k); it != v.numbers.end()) into = it->second;
}

}  // namespace

ViewDraft captureGameView(const Screens& s, GameKind kind) {
    ViewDraft v;
    if (kind == GameKind::Tegenwicht) {
        const auto& tw = s.tegenwicht;
        // The decide screen's half-made choice (factor, step) of its round.
        if (!tw.decide.card.empty() || tw.decide.step >= 0) {
            v.numbers["tw.decide.round"] = tw.decide.round;
            v.numbers["tw.decide.step"] = tw.decide.step;
            putText(v, "tw.decide.card", tw.decide.card);
        }
        if (tw.howToShown) v.numbers["tw.how-to-shown"] = 1;  // "zo werkt een ronde" opens once per game
        if (tw.end.loaded) {
            v.numbers["tw.end.loaded"] = 1;
            for (std::size_t i = 0; i < tw.end.drafts.size(); ++i) putText(v, key("tw.end.", i), tw.end.drafts[i]);
        }
    } else if (kind == GameKind::Reflectie) {
        // The session's view (reflectie_view.h) under "rf.": the opening page, the half-made choice.
        for (const auto& [k, text] : s.reflectie.view.toMap()) v.drafts["rf." + k] = text;
    } else {
        // The talk's view (samenleer_view.h) under "sl.": pages, typed words, who tells.
        for (const auto& [k, text] : s.samenleer.view.toMap()) v.drafts["sl." + k] = text;
    }
    return v;
}

void restoreGameView(const ViewDraft& v, Screens& s, GameKind kind) {
    if (v.empty()) return;
    if (kind == GameKind::Tegenwicht) {
        auto& tw = s.tegenwicht;
        if (v.numbers.count("tw.decide.round")) {
            getNumber(v, "tw.decide.round", tw.decide.round);
            getNumber(v, "tw.decide.step", tw.decide.step);
            getText(v, "tw.decide.card", tw.decide.card);
        }
        tw.howToShown = v.numbers.count("tw.how-to-shown") != 0;
        if (v.numbers.count("tw.end.loaded")) {
            tw.end.loaded = true;
            for (std::size_t i = 0; i < tw.end.drafts.size(); ++i) getText(v, key("tw.end.", i), tw.end.drafts[i]);
        }
    } else {
        const char* prefix = kind == GameKind::Reflectie ? "rf." : "sl.";
        std::map<std::string, std::string> m;
        for (const auto& [k, text] : v.drafts)
            if (k.rfind(prefix, 0) == 0) m[k.substr(3)] = text;
        if (kind == GameKind::Reflectie) s.reflectie.view = ReflectieView::fromMap(m);
        else s.samenleer.view = SamenleerView::fromMap(m);
    }
}

}  // namespace samenspel::ui
