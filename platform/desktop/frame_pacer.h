// Decides when to draw: only after input (a few frames, so ImGui settles)
// and while an animation runs (capped at 60 frames a second). Otherwise the
// loop sleeps in SDL_WaitEvent: an idle card app uses no CPU.
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
        if (animating_) {
            double left = lastFrameMs_ + kAnimationFrameMs - nowMs;
            return left <= 0 ? 0 : static_cast<int>(left + 0.999);
        }
        return -1;
    }
    bool frameDue(double nowMs) const {
        return owed_ > 0 || (animating_ && nowMs >= lastFrameMs_ + kAnimationFrameMs - 0.5);
    }
    void frameDrawn(bool stillAnimating, double nowMs) {
        if (owed_ > 0) --owed_;
        // An animation draws its final pose in the frame that finds it done;
        // nothing more is owed after that.
        animating_ = stillAnimating;
        lastFrameMs_ = nowMs;
        ++frames_;
    }
    bool idle() const { return owed_ == 0 && !animating_; }
    bool animating() const { return animating_; }
    std::uint64_t frames() const { return frames_; }

private:
    int owed_ = kSettleFrames;  // the first frames
    bool animating_ = false;
    double lastFrameMs_ = -1e9;
    std::uint64_t frames_ = 0;
};

}  // namespace samenspel::platform
