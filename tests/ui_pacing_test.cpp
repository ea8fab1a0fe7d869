// The app's power rules and the test driver's lookup, without a window:
// the frame pacer draws nothing while idle, a few frames after input, and
// only as long as an animation runs; widgets are found by id, then label.
#include <catch2/catch.hpp>

#include "../platform/desktop/frame_pacer.h"
#include "../platform/hit_targets.h"

using samenspel::platform::FramePacer;
using samenspel::platform::HitTarget;
using samenspel::platform::HitTargets;

namespace {
// Runs the pacer like the app loop for `ms` of simulated time; returns the frames drawn.
int run(FramePacer& p, double& now, double ms, bool animating) {
    int frames = 0;
    const double end = now + ms;
    while (now < end) {
        if (p.frameDue(now)) {
            p.frameDrawn(animating, now);
            ++frames;
        }
        const int wait = p.waitTimeoutMs(now);
        if (wait < 0) break;  // the loop would sleep until an event comes
        now += wait > 0 ? wait : 1;
    }
    return frames;
}
}  // namespace

SCENARIO("the app draws only when something changes") {
    FramePacer p;
    double now = 0;
    GIVEN("a freshly started app") {
        const int first = run(p, now, 100, false);
        THEN("it draws its first frames and then sleeps") {
            CHECK(first == FramePacer::kSettleFrames);
            CHECK(p.idle());
            CHECK(p.waitTimeoutMs(now) == -1);
            CHECK(run(p, now, 2000, false) == 0);
        }
        WHEN("input arrives") {
            p.inputArrived();
            THEN("ImGui gets a few frames to settle, no more") {
                CHECK(run(p, now, 1000, false) == FramePacer::kSettleFrames);
                CHECK(p.idle());
            }
        }
        WHEN("an animation runs for 300 ms") {
            p.inputArrived();
            const int during = run(p, now, 300, true);
            const int after = run(p, now, 1000, false);
            THEN("frames come at most 60 a second, and stop with the animation") {
                CHECK(during >= 15);
                CHECK(during <= 21);
                CHECK(after == 1);  // the final state, once
                CHECK(p.idle());
            }
        }
    }
}

SCENARIO("the test driver finds widgets by id, then label, visible ones first") {
    HitTargets t;
    t.beginFrame();
    const samenspel::platform::HitRect screen{0, 0, 400, 800};
    t.add(HitTarget{"Start", "home.deck.samenleer", {10, 900, 100, 950}, screen, true});  // scrolled out
    t.add(HitTarget{"Start", "home.deck.tegenwicht", {10, 100, 100, 150}, screen, true});
    t.add(HitTarget{"Start het spel", "setup.start", {10, 200, 100, 250}, screen, true});
    t.endFrame();
    CHECK(t.find("home.deck.samenleer")->id == "home.deck.samenleer");
    CHECK(t.find("Start")->id == "home.deck.tegenwicht");  // exact label, and on screen
    CHECK(t.find("Start het")->id == "setup.start");       // a label's beginning
    CHECK(t.find("nothing") == nullptr);
    CHECK_FALSE(HitTargets::visible(*t.find("home.deck.samenleer")));
}
