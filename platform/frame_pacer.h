// Decides when to draw: only after input (a few frames, so ImGui settles),
// while an animation runs (capped at 60 frames a second), and at a wake-up
// time the app asked for (a clock on screen that ticks once a second or once
// a minute: one frame then, not 60 a second). Otherwise the loop sleeps in
// SDL_WaitEvent: an idle card app uses no CPU.
//
// Any main loop (desktop: app/main.cpp; the driver; a web loop) uses it so:
//   before a frame:  sleep at most waitTimeoutMs(now) (-1: until an event),
//                    inputArrived() when an event came, then draw only if
//                    frameDue(now);
//   after a frame:   frameDrawn(app.animating(), now, app.nextWakeMs()).
// All times are the platform's monotonic nowMs().
#pragma once
#include <algorithm>
#include <cstdint>

namespace samenspel::platform {

class FramePacer {
public:
    // ImGui needs about two frames after input to settle (hover, then click,
    // then the screen it led to); one more covers a layout that changed size.
    static constexpr int kSettleFrames = 3;
    static constexpr double kAnimationFrameMs = 1000.0 / 60.0;

    void inputArrived() { owed_ = std::max(owed_, kSettleFrames); }
    void requestFrames(int n) { owed_ = std::max(owed_, n); }

    // How long the loop may sleep waiting for events: -1 = until one comes.
    int waitTimeoutMs(double nowMs) const {
        if (owed_ > 0) return 0;
        int wait = -1;
        if (animating_) wait = msUntil(lastFrameMs_ + kAnimationFrameMs, nowMs);
        if (wakeMs_ >= 0) wait = wait < 0 ? msUntil(wakeMs_, nowMs) : std::min(wait, msUntil(wakeMs_, nowMs));
        return wait;
    }
    bool frameDue(double nowMs) const {
        return owed_ > 0 || (animating_ && nowMs >= lastFrameMs_ + kAnimationFrameMs - 0.5) ||
               (wakeMs_ >= 0 && nowMs >= wakeMs_ - 0.5);
    }
    // `wakeAtMs`: when the frame just drawn wants the next one although
    // nothing happens (AppController::nextWakeMs(); -1: not at all). Each
    // frame asks anew, so a clock that stops stops the wake-ups too.
    void frameDrawn(bool stillAnimating, double nowMs, double wakeAtMs = -1) {
        if (owed_ > 0) --owed_;
        // An animation draws its final pose in the frame that finds it done;
        // nothing more is owed after that.
        animating_ = stillAnimating;
        lastFrameMs_ = nowMs;
        // A wake-up asked for now or in the past (a slow frame) comes no
        // sooner than an animation frame would: a wake-up never spins the loop.
        wakeMs_ = wakeAtMs < 0 ? -1 : std::max(wakeAtMs, nowMs + kAnimationFrameMs);
        ++frames_;
    }
    // Nothing owed now and no animation: input may come (a scripted run
    // goes on). A pending wake-up does not count: a ticking clock on
    // screen is idle between its ticks.
    bool idle() const { return owed_ == 0 && !animating_; }
    double wakeMs() const { return wakeMs_; }
    bool animating() const { return animating_; }
    std::uint64_t frames() const { return frames_; }

private:
    static int msUntil(double atMs, double nowMs) {
        const double left = atMs - nowMs;
        return left <= 0 ? 0 : static_cast<int>(left + 0.999);
    }

    int owed_ = kSettleFrames;  // the first frames
    bool animating_ = false;
    double lastFrameMs_ = -1e9;
    double wakeMs_ = -1;
    std::uint64_t frames_ = 0;
};

}  // namespace samenspel::platform
