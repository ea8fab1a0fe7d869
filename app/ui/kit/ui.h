// The context every screen and widget draws with for one frame: the
// platform's services, the theme, the dp scale, the clock, and the few
// per-frame facts widgets share (an animation runs, a drag owns the finger,
// a text field has the keyboard). Passed by reference; no globals.
#pragma once
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <imgui.h>

#include "content/words.h"
#include "platform/services.h"
#include "ui/kit/choice.h"
#include "ui/kit/how_to.h"
#include "ui/kit/screen_extras.h"
#include "ui/kit/text_exact.h"
#include "ui/kit/theme.h"

namespace samenspel::ui {

class Ui {
public:
    explicit Ui(platform::Services& services) : sys(services) {}

    platform::Services& sys;
    Theme theme;
    // Every word on screen comes from here (assets/text/nl.json, content/words.h):
    // t("shell.home.title"), tf(key, {{"name", x}}), tn(key, n) for "1 ronde" / "3 rondes".
    Words words;
    const std::string& t(std::string_view key) const { return words.text(key); }
    std::string tf(std::string_view key, Words::Args args) const { return words.format(key, args); }
    std::string tn(std::string_view key, long n, Words::Args args = {}) const { return words.count(key, n, args); }

    // Set by the app each frame before the screen draws (screen_extras.h).
    ScreenExtras extras;

    // Beeldmodus (DESIGN 1C): pictogram first, short labels large, long
    // texts behind "meer", bigger speaker buttons. Read-only for screens:
    // the app sets both from the settings each frame.
    bool beeldmodus = false;
    platform::SpeechSpeed speechSpeed = platform::SpeechSpeed::Normal;

    // A choice made by a widget the screen does not own (the header's
    // Beeldmodus switch, a setting tile deep in a list). The app takes it
    // after the frame when the screen itself returned none.
    void propose(Choice c) {
        proposed_ = std::move(c);
        animating_ = true;
    }
    Choice takeProposed() { return std::exchange(proposed_, Choice{}); }

    // What the person opened to read more (a card's long text behind "meer"),
    // by key; it stays open until closed.
    bool isOpen(const std::string& key) const { return opened_.count(key) != 0; }
    void toggleOpen(const std::string& key) {
        if (!opened_.erase(key)) opened_.insert(key);
    }

    // Called by the app at the start and end of each frame.
    void beginFrame();
    void endFrame();

    float dp(float v) const { return v * scale_; }
    float scale() const { return scale_; }
    double now() const { return now_; }
    const platform::Fonts& fonts() const { return sys.fonts(); }

    // Anything that needs another frame (an animation, a fling) says so.
    void keepAnimating() { animating_ = true; }
    bool animating() const { return animating_; }
    // Something on screen changes at a known time although nothing moves (a
    // countdown's next whole second, the elapsed game time's next minute):
    // it asks for one frame then, in now()'s clock. Asked anew every frame
    // it is drawn; the earliest wins. The frame pacer sleeps until then
    // (AppController::nextWakeMs, platform/frame_pacer.h).
    void wakeAt(double ms) {
        if (wakeMs_ < 0 || ms < wakeMs_) wakeMs_ = ms;
    }
    double nextWakeMs() const { return wakeMs_; }  // -1: none

    // A widget that follows the finger (a dragged card, a swipe) claims the
    // drag so the list under it does not scroll.
    void claimDrag() { dragClaimed_ = true; }
    bool dragClaimed() const { return dragClaimed_ || dragClaimedLast_; }

    // Text fields report focus; the app opens the keyboard only then.
    void textFieldActive() { textActive_ = true; }
    bool textFieldWasActive() const { return textActiveLast_; }
    bool textFieldActiveNow() const { return textActive_; }

    // The screen drawn this frame, as beginScreen notes it: a stable id
    // ("shell.home", "samenleer.step2.0"), never its Dutch title, and
    // whether its back button was tapped. The app stops read-aloud when the
    // id changes (another screen, or the next step of a game) or on back.
    void screenShown(const std::string& id, const std::string& title, bool backTapped) {
        screen_ = id;
        screenTitle_ = title;
        backTapped_ = backTapped_ || backTapped;
    }
    const std::string& screen() const { return screen_; }
    const std::string& screenTitle() const { return screenTitle_; }  // for display only
    bool backTapped() const { return backTapped_; }

    // The scroll position of the screen's list (its first body), in dp, as
    // endBody notes it each frame: the app keeps it with the game's drafts
    // (table/view_draft.h), so a resumed game comes back where it was read.
    void noteBodyScroll(float dpY) {
        if (!bodyScrollNoted_) bodyScrollDp_ = dpY, bodyScrollNoted_ = true;
    }
    // (While a restore is still under way, the position it brings back.)
    float bodyScrollDp() const { return scrollRestore_.framesLeft > 0 ? scrollRestore_.dp : bodyScrollDp_; }
    // A scroll position (dp) to bring back on the screen `screenId`: the
    // first body of that screen scrolls there over its first frames (its
    // content must be laid out before ImGui lets it scroll that far).
    void restoreScroll(std::string screenId, float dpY) { scrollRestore_ = {std::move(screenId), dpY, 8}; }
    // For beginBody: the scroll (px) to set on this frame's first body, or
    // -1. `currentPx`: where the body is scrolled now.
    float scrollToRestore(float currentPx);

    const std::string& howToOpen() const { return howTo_; }
    int howToPage() const { return howToPage_; }
    void openHowTo(const std::string& id) { howTo_ = id, howToPage_ = 0, animating_ = true; }
    void setHowToPage(int page) { howToPage_ = page, animating_ = true; }
    void closeHowTo() { howTo_.clear(), howToPage_ = 0, animating_ = true; }
    // The how-to of the screen drawn this frame (beginScreen sets it).
    void setShownHowTo(HowTo h) { shownHowTo_ = std::move(h); }
    const HowTo& shownHowTo() const { return shownHowTo_; }

    // Text fields hand ImGui private-use stand-ins for characters above
    // U+FFFF (kit/text_exact.h); one table for the whole app, so a stand-in
    // means the same character in every field.
    StandIns& standIns() { return standIns_; }
    // What the platform received as typed text this frame (UTF-8, exactly as
    // the keyboard sent it), when it passes that on: a text field takes the
    // characters ImGui's 16-bit input lost from here. Empty when unknown.
    void setTypedText(std::string utf8) { typed_ = std::move(utf8); }
    const std::string& typedText() const { return typed_; }

    // Registers the last ImGui item for the test driver, by label and id.
    void target(const std::string& label, const std::string& id, bool enabled = true);
    // Registers the last item as something a test may look for but nobody
    // taps (a badge, a drop zone): the 48 dp rule does not apply to it.
    void marker(const std::string& label, const std::string& id);

    // 0 -> 1 over `ms` since `key` was first drawn (continuously); keeps
    // frames coming while it runs. For enter animations.
    float appear(const std::string& key, double ms, double delayMs = 0);

    // Per-frame width of the content column (phones use all of it, tablets a centred column).
    float columnWidth() const { return column_; }
    void setColumnWidth(float w) { column_ = w; }

private:
    float scale_ = 1;
    double now_ = 0;
    bool animating_ = false;
    double wakeMs_ = -1;
    bool dragClaimed_ = false, dragClaimedLast_ = false;
    bool textActive_ = false, textActiveLast_ = false;
    float column_ = 0;
    std::string screen_, screenTitle_;
    bool backTapped_ = false;
    std::string howTo_;
    HowTo shownHowTo_;
    int howToPage_ = 0;
    float bodyScrollDp_ = 0;
    bool bodyScrollNoted_ = false, bodyBegun_ = false;
    struct ScrollRestore {
        std::string screen;
        float dp = 0;
        int framesLeft = 0;
    } scrollRestore_;
    StandIns standIns_;
    std::string typed_;
    std::unordered_map<std::string, double> firstSeen_, seenNow_;
    std::unordered_set<std::string> opened_;
    Choice proposed_;
};

// Easing for animations: fast start, soft landing.
inline float easeOut(float t) {
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    return 1 - (1 - t) * (1 - t) * (1 - t);
}
inline float easeInOut(float t) {
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    return t < 0.5f ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3.0f) / 2;
}

// A value that moves from `from` to `to` over `ms` once started; it keeps
// the frames coming only while it moves.
struct Tween {
    double startMs = -1, durationMs = 0;
    float from = 0, to = 0;
    void start(const Ui& ui, float a, float b, double ms) { startMs = ui.now(), durationMs = ms, from = a, to = b; }
    bool running(const Ui& ui) const { return startMs >= 0 && ui.now() < startMs + durationMs; }
    bool finished(const Ui& ui) const { return startMs >= 0 && ui.now() >= startMs + durationMs; }
    float progress(Ui& ui) const {
        if (startMs < 0) return 1;
        float t = durationMs > 0 ? static_cast<float>((ui.now() - startMs) / durationMs) : 1;
        if (t < 1) ui.keepAnimating();
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }
    float value(Ui& ui) const { return from + (to - from) * easeOut(progress(ui)); }
    void stop() { startMs = -1; }
};

}  // namespace samenspel::ui
