// What a finger is doing with the big card of a hand, as a small state
// machine free of ImGui (plain points in, a state and an outcome out), so the
// rules can be unit-tested (tests/hand_gesture_test.cpp):
//   a sideways drag pages through the hand; an upward drag lifts the card
//   towards the pick zone; on a page that scrolls, a vertical drag scrolls
//   the page and never picks, unless the finger reaches the pinned zone,
//   where the card lifts and follows it; letting go elsewhere, or a cancel,
//   puts the card back.
#pragma once
#include <cmath>

namespace samenspel::ui {

struct GesturePoint {
    float x = 0, y = 0;
};

class HandGesture {
public:
    enum class State {
        Idle,       // no finger on the card (or it has not moved far enough yet)
        Paging,     // moving sideways: the card follows, a far enough lift turns the page
        Dragging,   // moving up towards the pick zone (the page does not scroll)
        Scrolling,  // the page scrolls under the finger: the card stays put
        Lifted,     // from a scroll, the finger reached the zone: the card follows it
    };
    enum class Outcome { None, PageNext, PagePrevious, Pick };

    // Distances in px, set by the screen for this frame's dp scale.
    struct Limits {
        float start = 6;       // a finger must move this far before a gesture starts
        float page = 72;       // a sideways lift beyond this turns the page
        float pickLift = 140;  // an upward drag beyond this picks even short of the zone
        bool pages = true;     // false for a grid of cards (a tablet): a sideways drag moves the card too
    };

    State state() const { return state_; }
    bool pressed() const { return pressed_; }
    // The card follows the finger and is drawn over everything.
    bool cardFollows() const { return state_ == State::Paging || state_ == State::Dragging || state_ == State::Lifted; }
    // The pick zone lights up: letting go now (near it) picks.
    bool zoneHot() const { return state_ == State::Dragging || state_ == State::Lifted; }
    // The card's own buttons (speaker, "meer") work only while it lies still.
    bool cardAtRest() const { return state_ == State::Idle || state_ == State::Scrolling; }
    // The gesture owns the finger, so the page must not scroll with it.
    bool ownsFinger() const { return state_ == State::Paging || state_ == State::Dragging || state_ == State::Lifted; }

    // The finger went down on the card.
    void press() {
        pressed_ = true;
        state_ = State::Idle;
    }

    // The finger moved while down; `drag` is the distance from where it went
    // down. `pageScrolls`: the body is taller than the screen, so a vertical
    // drag belongs to the page. `pageScrolling`: the page's own scroll took
    // the finger already. `onZone`: the finger is over the pick zone.
    void move(GesturePoint drag, const Limits& limits, bool pageScrolls, bool pageScrolling, bool onZone) {
        if (!pressed_) return;
        if (state_ == State::Idle) {
            if (pageScrolls && pageScrolling) {
                state_ = State::Scrolling;
            } else if (std::fabs(drag.x) > limits.start || std::fabs(drag.y) > limits.start) {
                const bool sideways = std::fabs(drag.x) > std::fabs(drag.y);
                if (sideways) state_ = limits.pages ? State::Paging : State::Dragging;
                else state_ = pageScrolls ? State::Scrolling : State::Dragging;
            }
        }
        if (state_ == State::Scrolling && onZone) state_ = State::Lifted;
    }

    // The finger lifted. `cardTopAfterDrag` and `zoneBottom` are screen y:
    // an upward drag picks once the card's top reaches the zone.
    Outcome release(GesturePoint drag, const Limits& limits, bool onZone, float cardTopAfterDrag, float zoneBottom) {
        Outcome out = Outcome::None;
        switch (state_) {
        case State::Paging:
            if (std::fabs(drag.x) > limits.page) out = drag.x < 0 ? Outcome::PageNext : Outcome::PagePrevious;
            break;
        case State::Dragging:
            if (cardTopAfterDrag < zoneBottom || drag.y < -limits.pickLift) out = Outcome::Pick;
            break;
        case State::Lifted:
            if (onZone) out = Outcome::Pick;
            break;
        case State::Idle:
        case State::Scrolling:  // a scroll of the page never picks
            break;
        }
        cancel();
        return out;
    }

    // The gesture ends without an outcome (another seat's hand, the card
    // left, the finger lifted off the card's area).
    void cancel() {
        pressed_ = false;
        state_ = State::Idle;
    }

private:
    State state_ = State::Idle;
    bool pressed_ = false;
};

}  // namespace samenspel::ui
