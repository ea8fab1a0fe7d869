// The headless test driver: reads a script and feeds it to the real app
// loop as real SDL events, one gesture step per frame, waiting for the app
// to settle between commands. Taps find widgets by label or id through the
// app's HitTargets. Script lines (coordinates in dp):
//   tap LABEL_OR_ID | tap X Y | drag X1 Y1 X2 Y2 | drag LABEL X2 Y2 | drag LABEL to LABEL
//   swipe left|right|up|down | type TEXT | key escape|return|backspace|tab
//   drop PATH               a file dragged onto the window (SDL_DROPFILE)
//   wait MS | shot NAME | expect LABEL | expect-not LABEL | check WORDS...
//   frames MS MIN MAX       waits MS without input and fails unless the app
//                           drew MIN to MAX frames meanwhile (an idle screen
//                           none, a ticking clock one a second)
//   disk full on|off
//   relaunch [background]   the app ends as if killed and a new one starts on
//                           the same data folder (driver_main.cpp)
//   clock +MS               the wall clock jumps MS forward and stands there
//                           (the elapsed game time without the wait)
// `check` asks the app (a probe it installs) and fails on its answer, e.g.
// `check touch-size 48` (every tappable widget of the frame is >= 48 dp) and
// `check spoken TEXT` (a speaker button asked to read TEXT...); see
// ui_checks.h and probes.h.
// `disk full on` makes the app's saves fail as on a full disk (the
// driver's fault-injecting RecordSink, fault_sink.h).
// Bench lines (used by --bench): bench-idle MS, bench-anim-begin, bench-anim-end.
#pragma once
#include <SDL.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "platform/hit_targets.h"

namespace samenspel::driver {

using platform::HitRect;
using platform::HitTarget;
using platform::HitTargets;

class ScriptDriver {
public:
    // Returns "" when the check passes, else the reason it failed.
    using Probe = std::function<std::string(const std::vector<std::string>& words)>;

    bool loadFile(const std::string& path, std::string& error);
    void loadText(const std::string& text, const std::string& name);
    void setProbe(Probe probe) { probe_ = std::move(probe); }
    // Fault lines (`disk ...`) go here; "" when the app understood them.
    void setControl(Probe control) { control_ = std::move(control); }
    void setShotsDir(std::string dir) { shotsDir_ = std::move(dir); }
    void setWindow(SDL_Window* window, float dpScale) { window_ = window, scale_ = dpScale; }

    // Called once per loop turn before events are read. `settled`: the app
    // owes no frame, runs no animation and has no input queued. Pushes the
    // next events when it may. Returns how long the loop may wait (-1: the
    // driver has nothing to do until the app acts).
    int poll(bool settled, double nowMs, const HitTargets& targets);
    // After every drawn frame: what it cost and whether an animation ran.
    void frameDrawn(double workMs, bool animating);
    // A screenshot wanted at the end of the next frame, "" when none.
    std::string takeShotPath();
    // A frame is needed now: for a screenshot, or after a batch of events
    // was pushed (an empty batch, which waits for a frame without input,
    // must get one too).
    bool wantsFrame() const { return !shotPath_.empty() || !frameSincePush_; }

    bool done() const { return done_; }
    bool failed() const { return failed_; }
    const std::string& error() const { return error_; }

    // Bench results gathered by bench-idle / bench-anim-* lines.
    int idleFrames() const { return idleFrames_; }
    std::vector<double> animFrameMs() const { return animFrames_; }

private:
    struct Line {
        int number = 0;
        std::string text;
    };
    void run(const Line& line, double nowMs, const HitTargets& targets);
    void fail(const Line& line, const std::string& why, const HitTargets* targets = nullptr);
    void queueTap(float x, float y);
    void queueDrag(float x1, float y1, float x2, float y2, int steps, bool hold);
    void queueKey(SDL_Scancode sc, SDL_Keycode key);
    SDL_Event mouseEvent(Uint32 type, float x, float y) const;

    std::string name_;
    std::vector<Line> lines_;
    std::size_t next_ = 0;
    int retries_ = 0;
    std::vector<std::vector<SDL_Event>> batches_;
    std::size_t batch_ = 0;
    bool frameSincePush_ = true;
    double waitUntilMs_ = -1;
    bool idleCounting_ = false, animCounting_ = false;
    int idleFrames_ = 0;
    // A `frames` line waiting for its count: the line, and the range allowed.
    struct FrameRange {
        Line line;
        int min = 0, max = 0;
    };
    std::optional<FrameRange> frameRange_;
    std::vector<double> animFrames_;
    std::string shotsDir_, shotPath_;
    Probe probe_, control_;
    SDL_Window* window_ = nullptr;
    float scale_ = 1;
    bool done_ = false, failed_ = false;
    std::string error_;
};

}  // namespace samenspel::driver
