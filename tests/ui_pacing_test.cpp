// The app's power rules and the test driver's lookup, without a window:
// the frame pacer draws nothing while idle, a few frames after input, only
// as long as an animation runs, and one frame per tick of a clock on
// screen; widgets are found by id, then label.
#include <catch2/catch.hpp>

#include <cmath>

#include "../platform/frame_pacer.h"
#include "../platform/hit_targets.h"

using samenspel::platform::FramePacer;
using samenspel::platform::HitTarget;
using samenspel::platform::HitTargets;

namespace {
// Runs the pacer like the app loop for `ms` of simulated time; returns the
// frames drawn. `wake` is what the app asks after each frame
// (AppController::nextWakeMs): -1 for nothing.
template <class Wake>
int run(FramePacer& p, double& now, double ms, bool animating, Wake wake) {
    int frames = 0;
    const double end = now + ms;
    while (now < end) {
        if (p.frameDue(now)) {
            p.frameDrawn(animating, now, wake(now));
            ++frames;
        }
        const int wait = p.waitTimeoutMs(now);
        if (wait < 0) break;  // the loop would sleep until an event comes
        now += wait > 0 ? wait : 1;
    }
    return frames;
}
int run(FramePacer& p, double& now, double ms, bool animating) {
    return run(p, now, ms, animating, [](double) { return -1.0; });
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

SCENARIO("a clock on screen wakes the app once per tick, not 60 times a second") {
    FramePacer p;
    double now = 0;
    run(p, now, 100, false);  // the first frames
    REQUIRE(p.idle());
    GIVEN("a countdown that asks for its next whole second") {
        const double started = now;
        auto nextSecond = [&](double t) { return t + 1000 - std::fmod(t - started, 1000.0) + 1; };
        p.frameDrawn(false, now, nextSecond(now));  // the frame that showed the clock first
        const int frames = run(p, now, 10000, false, nextSecond);
        THEN("about one frame a second is drawn, and the app counts as idle between them") {
            CHECK(frames >= 9);
            CHECK(frames <= 11);
            CHECK(p.idle());
            CHECK(p.waitTimeoutMs(now) >= 0);  // a tick ahead, never "until input"
            CHECK(p.waitTimeoutMs(now) <= 1001);
        }
        WHEN("the countdown ends (it asks for nothing more)") {
            run(p, now, 1500, false, [](double) { return -1.0; });
            THEN("the app sleeps until input again") {
                CHECK(p.waitTimeoutMs(now) == -1);
                CHECK(run(p, now, 5000, false) == 0);
            }
        }
    }
    GIVEN("the elapsed game time that asks for its next minute") {
        auto nextMinute = [](double t) { return t + 60000 - std::fmod(t, 60000.0) + 1; };
        p.frameDrawn(false, now, nextMinute(now));
        const int frames = run(p, now, 180000, false, nextMinute);
        THEN("three minutes draw three frames") { CHECK(frames == 3); }
    }
    GIVEN("an app that asks for a wake-up already past") {
        p.frameDrawn(false, now, now - 5);
        const int frames = run(p, now, 1000, false, [](double t) { return t - 5; });
        THEN("it is never woken faster than an animation runs") { CHECK(frames <= 61); }
    }
    GIVEN("input while a clock ticks") {
        p.frameDrawn(false, now, now + 1000);
        p.inputArrived();
        THEN("the settle frames come at once, and the tick is still due after them") {
            CHECK(p.waitTimeoutMs(now) == 0);
            for (int i = 0; i < FramePacer::kSettleFrames; ++i) p.frameDrawn(false, now, now + 1000);
            CHECK(p.waitTimeoutMs(now) == 1000);
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
