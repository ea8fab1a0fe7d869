// Samenspel: one obvious loop (events, new frame, draw, render, present)
// that draws only when something changed: it sleeps in SDL_WaitEvent when
// idle and keeps drawing only while an animation runs. --headless runs the
// same loop with SDL's software renderer and no window system, driven by a
// test script or by --bench.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "platform/desktop/desktop_platform.h"
#include "platform/desktop/frame_pacer.h"
#include "platform/desktop/process_stats.h"
#include "platform/desktop/script_driver.h"
#include "ui/shell/app_controller.h"
#include "ui/shell/bench_script.h"

namespace {

using Clock = std::chrono::steady_clock;

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

int combineTimeouts(int a, int b) { return a < 0 ? b : b < 0 ? a : std::min(a, b); }

}  // namespace

int main(int argc, char** argv) {
    const auto processStart = Clock::now();
    using namespace samenspel;
    platform::Options options;
    std::string error;
    if (!platform::parseOptions(argc, argv, options, error)) {
        std::fprintf(stderr, "%s%s", error.empty() ? "" : (error + "\n").c_str(), platform::usageText());
        return error.empty() ? 0 : 2;
    }
    std::filesystem::path scratch;  // --bench keeps its records out of the person's data
    if (options.bench && options.dataDir.empty()) {
        scratch = std::filesystem::temp_directory_path() /
                  ("samenspel-bench-" + std::to_string(Clock::now().time_since_epoch().count()));
        options.dataDir = scratch.string();
    }

    platform::DesktopPlatform platform;
    if (!platform.init(options, error)) {
        std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        return 1;
    }
    ui::AppController app(platform);
    for (const auto& p : app.startupProblems()) std::fprintf(stderr, "samenspel: %s\n", p.c_str());

    const bool scripted = options.headless && (options.bench || !options.script.empty());
    platform::ScriptDriver driver;
    if (options.bench) {
        driver.loadText(ui::benchScript(), "bench");
    } else if (!options.script.empty() && !driver.loadFile(options.script, error)) {
        std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        return 2;
    }
    if (!options.shotsDir.empty()) std::filesystem::create_directories(options.shotsDir);
    driver.setShotsDir(options.shotsDir);
    driver.setWindow(platform.window(), platform.dpScale());
    driver.setProbe([&app](const std::vector<std::string>& words) { return app.check(words); });
    driver.setControl([&app](const std::vector<std::string>& words) { return app.control(words); });

    platform::FramePacer pacer;
    double firstFrameMs = -1;
    while (!platform.quitRequested()) {
        // 1. Events: sleep until one comes unless a frame is owed.
        int timeout = pacer.waitTimeoutMs(platform.nowMs());
        if (scripted) {
            const bool settled = pacer.idle() && !platform.inputPending();
            timeout = combineTimeouts(timeout, driver.poll(settled, platform.nowMs(), platform.targets()));
            if (driver.done() || driver.failed()) break;
            if (driver.wantsFrame()) pacer.requestFrames(1), timeout = 0;
        } else if (options.headless && pacer.idle()) {
            break;  // headless without a script: draw until the first screen settles
        }
        if (platform.pumpEvents(timeout) > 0 || platform.inputPending()) pacer.inputArrived();
        if (!pacer.frameDue(platform.nowMs())) continue;

        // 2. New frame, 3. draw, 4. render (+ screenshot), 5. present.
        const double t0 = platform.nowMs();
        platform.beginFrame();
        app.frame();
        const std::string shot = scripted ? driver.takeShotPath() : std::string();
        if (!platform.endFrame(shot, &error)) std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        const double t1 = platform.nowMs();
        if (firstFrameMs < 0)
            firstFrameMs = std::chrono::duration<double, std::milli>(Clock::now() - processStart).count();
        pacer.frameDrawn(app.animating(), t1);
        if (scripted) driver.frameDrawn(t1 - t0, app.animating());
    }
    app.quit();

    int status = 0;
    if (driver.failed()) {
        std::fprintf(stderr, "samenspel: script failed: %s\n", driver.error().c_str());
        status = 1;
    }
    if (options.bench) {
        const auto frames = driver.animFrameMs();
        std::printf("first_frame_ms: %.1f\n", firstFrameMs);
        std::printf("idle_frames_2s: %d\n", driver.idleFrames());
        std::printf("anim_frame_p50_ms: %.2f\n", percentile(frames, 0.50));
        std::printf("anim_frame_p99_ms: %.2f\n", percentile(frames, 0.99));
        std::printf("anim_frames: %zu\n", frames.size());
        std::printf("peak_rss_mb: %.1f\n", platform::peakResidentMb());
    }
    if (!scratch.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(scratch, ec);
    }
    return status;
}
