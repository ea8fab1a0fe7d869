#include "ui/shell/game_view.h"

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
        v.numbers["tw.intro-seen"] = tw.introSeenForRound;
        v.numbers["tw.balance-done"] = tw.balanceDoneRound;
        if (tw.end.loaded) {
            v.numbers["tw.end.loaded"] = 1;
            for (std::size_t i = 0; i < tw.end.drafts.size(); ++i) putText(v, key("tw.end.", i), tw.end.drafts[i]);
        }
    } else {
        const auto& sl = s.samenleer;
        v.numbers["sl.choose.theme"] = sl.choose.theme;
        putText(v, "sl.choose.own", sl.choose.ownTopic);
        v.numbers["sl.talk.drafts-for"] = sl.talk.draftsFor;
        v.numbers["sl.talk.speaker"] = sl.talk.speaker;
        for (std::size_t i = 0; i < sl.talk.drafts.size(); ++i) putText(v, key("sl.talk.", i), sl.talk.drafts[i]);
        v.numbers["sl.closing.who"] = sl.closing.who;
        putText(v, "sl.closing.words", sl.closing.words);
    }
    return v;
}

void restoreGameView(const ViewDraft& v, Screens& s, GameKind kind) {
    if (v.empty()) return;
    if (kind == GameKind::Tegenwicht) {
        auto& tw = s.tegenwicht;
        getNumber(v, "tw.intro-seen", tw.introSeenForRound);
        getNumber(v, "tw.balance-done", tw.balanceDoneRound);
        if (v.numbers.count("tw.end.loaded")) {
            tw.end.loaded = true;
            for (std::size_t i = 0; i < tw.end.drafts.size(); ++i) getText(v, key("tw.end.", i), tw.end.drafts[i]);
        }
    } else {
        auto& sl = s.samenleer;
        getNumber(v, "sl.choose.theme", sl.choose.theme);
        getText(v, "sl.choose.own", sl.choose.ownTopic);
        getNumber(v, "sl.talk.drafts-for", sl.talk.draftsFor);
        getNumber(v, "sl.talk.speaker", sl.talk.speaker);
        for (std::size_t i = 0; i < sl.talk.drafts.size(); ++i) getText(v, key("sl.talk.", i), sl.talk.drafts[i]);
        getNumber(v, "sl.closing.who", sl.closing.who);
        getText(v, "sl.closing.words", sl.closing.words);
    }
}

}  // namespace samenspel::ui
