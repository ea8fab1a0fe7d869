#include "platform/web/web_loop.h"

#include <SDL.h>
#include <emscripten.h>

#include <algorithm>
#include <cstdio>

#include "platform/frame_pacer.h"

namespace samenspel::platform {

namespace {

EM_JS(void, web_first_frame, (), { Module.samenspelPage.firstFrame(); });
// The benchmark (tests/web/run.mjs bench) reads each frame's work: the
// whole tick, from the browser's requestAnimationFrame callback entering
// the loop to the frame presented, and its parts (events, new frame,
// the app's screens, render and present; pictograms made in it; its draw
// calls).
EM_JS(void, web_frame_timing,
      (double ms, int animating, double events, double begin, double app, double render, int pictograms,
       double pictogramMs, double at, int drawCalls),
      {
          if (Module.samenspelBench)
              Module.samenspelBench.push(
                  [ ms, animating, events, begin, app, render, pictograms, pictogramMs, at, drawCalls ]);
      });

struct Loop {
    WebPlatform* platform = nullptr;
    WebApp app;
    FramePacer pacer;
    bool paused = false;
    double wakeAt = -1;  // a timed wake-up already asked of the browser
    unsigned long frames = 0, ticks = 0;
};
Loop loop;

void resume() {
    if (!loop.paused) return;
    loop.paused = false;
    emscripten_resume_main_loop();
}

void pause() {
    if (loop.paused) return;
    loop.paused = true;
    emscripten_pause_main_loop();
}

void timedWake(void*) {
    loop.wakeAt = -1;
    resume();  // frameDue() sees the wake-up time has come
}

// Any real event wakes the loop. SDL >= 2.24 pushes a poll sentinel on every
// pump; watchers see it too, and it must not count, or the loop never rests.
int watchEvents(void*, SDL_Event* e) {
    if (e->type != SDL_POLLSENTINEL) resume();
    return 0;
}

void tick(void*) {
    ++loop.ticks;
    WebPlatform& p = *loop.platform;
    const double start = p.nowMs();
    if (p.persisting()) {  // input waits until the last change is in IndexedDB
        pause();
        return;
    }
    if (p.pumpEvents(0) > 0 || p.inputPending()) loop.pacer.inputArrived();
    if (p.takeSaveRequest() && loop.app.saveNow) loop.app.saveNow();
    const double now = p.nowMs();
    if (loop.pacer.frameDue(now)) {
        const bool wasAnimating = loop.pacer.animating();
        p.takePictogramCost();
        p.beginFrame();
        const double begun = p.nowMs();
        loop.app.frame();
        const double drawn = p.nowMs();
        std::string error;
        if (!p.endFrame({}, &error)) std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        const double end = p.nowMs();
        // Paced from the frame's start: requestAnimationFrame already keeps
        // the display's rhythm, and counting from the end would make every
        // frame longer than 0.5 ms skip the next refresh (30 frames a second).
        loop.pacer.frameDrawn(loop.app.animating && loop.app.animating(), now,
                              loop.app.nextWakeMs ? loop.app.nextWakeMs() : -1);
        const auto picto = p.takePictogramCost();
        web_frame_timing(end - start, wasAnimating ? 1 : 0, now - start, begun - now, drawn - begun, end - drawn,
                         picto.made, picto.ms, start, p.lastDrawCommands());
        if (++loop.frames == 1) web_first_frame();
    }
    if (p.dataDirty()) {
        p.startPersist();
        pause();
        return;
    }
    if (loop.pacer.idle() && !p.inputPending()) {
        // Quiet: one pictogram a screen wants soon, then the next tick (the
        // browser handles input in between). Only then the loop rests.
        if (p.makeSoonPictogram()) return;
        // A clock on screen asked for its next tick (FramePacer::wakeMs).
        const double at = loop.pacer.wakeMs();
        if (at >= 0 && (loop.wakeAt < 0 || at < loop.wakeAt)) {
            loop.wakeAt = at;
            emscripten_async_call(timedWake, nullptr, static_cast<int>(std::max(0.0, at - now)) + 1);
        }
        pause();
    }
}

}  // namespace

void runWebLoop(WebPlatform& platform, WebApp app) {
    loop.platform = &platform;
    loop.app = std::move(app);
    platform.wake = [] { resume(); };
    platform.onHidden = [] {
        if (loop.app.saveNow) loop.app.saveNow();
    };
    SDL_AddEventWatch(watchEvents, nullptr);
    emscripten_set_main_loop_arg(tick, nullptr, 0, 1);
    __builtin_unreachable();
}

}  // namespace samenspel::platform

// For the browser tests and the benchmark: frames drawn and loop ticks.
extern "C" {
EMSCRIPTEN_KEEPALIVE unsigned long samenspel_web_frames() { return samenspel::platform::loop.frames; }
EMSCRIPTEN_KEEPALIVE unsigned long samenspel_web_ticks() { return samenspel::platform::loop.ticks; }
EMSCRIPTEN_KEEPALIVE int samenspel_web_idle() {
    return samenspel::platform::loop.paused && !samenspel::platform::loop.platform->persisting() ? 1 : 0;
}
}
