// samenspel-driver: the real app (the same libraries as samenspel) run
// headless for tests: SDL's dummy video driver and software renderer, a
// script of taps, drags and checks fed in as real SDL events, screenshots,
// and --bench. Adds what the shipped app must not have: the script driver,
// the `check` probes, the `disk full` fault switch, a stand-in on-screen
// keyboard and --seed for reproducible shuffles.
#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>
#include "platform/desktop/desktop_platform.h"
#include "platform/frame_pacer.h"
#include "table/folder_sink.h"
#include "tests/driver/bench_script.h"
#include "tests/driver/driver_services.h"
#include "tests/driver/fault_sink.h"
#include "tests/driver/probes.h"
#include "tests/driver/process_stats.h"
#include "tests/driver/script_driver.h"
#include "ui/shell/app_controller.h"

namespace {

using Clock = std::chrono::steady_clock;

const char* kUsage =
    "usage: samenspel-driver [--headless] --script FILE [--shots DIR] [--seed N] [--data DIR] [--size WxH] [--scale "
    "S]\n"
    "       samenspel-driver [--headless] --bench\n"
    "  --seed N     shuffle the games of this run with seeds N, N+1, ... (reproducible)\n"
    "  --clock MS   the wall clock stands still at MS (Unix ms): dates on screen stay the same\n";

struct DriverOptions {
    std::string script, shotsDir;
    bool bench = false;
    bool seeded = false;
    std::uint64_t seed = 0;
    long long clockMs = -1;
};

bool parseDriverOptions(const std::vector<std::string>& args, DriverOptions& o, std::string& error) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size()) return error = a + " needs a value", false;
            into = args[++i];
            return true;
        };
        std::string seed;
        if (a == "--headless") continue;  // always headless; kept so the old command lines work
        else if (a == "--bench") o.bench = true;
        else if (a == "--script") {
            if (!value(o.script)) return false;
        } else if (a == "--shots") {
            if (!value(o.shotsDir)) return false;
        } else if (a == "--clock") {
            std::string ms;
            if (!value(ms)) return false;
            char* end = nullptr;
            o.clockMs = std::strtoll(ms.c_str(), &end, 10);
            if (ms.empty() || *end || o.clockMs < 0) return error = "--clock wants Unix milliseconds", false;
        } else if (a == "--seed") {
            if (!value(seed)) return false;
            char* end = nullptr;
            o.seed = std::strtoull(seed.c_str(), &end, 10);
            if (seed.empty() || *end) return error = "--seed wants a number", false;
            o.seeded = true;
        } else return error = "unknown option " + a, false;
    }
    if (o.script.empty() && !o.bench) return error = "samenspel-driver needs --script FILE or --bench", false;
    return true;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

int combineTimeouts(int a, int b) { return a < 0 ? b : b < 0 ? a : std::min(a, b); }

// What ImGui (owned by the platform, which outlives a `relaunch`) remembers
// per window: scroll positions, the state storage widgets keep (header
// heights, open states), the active widget. A new process starts without
// any of it, so a relaunched app must too.
void forgetImGuiState() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (ImGuiWindow* w : g.Windows) {
        w->StateStorage.Clear();
        w->Scroll = ImVec2(0, 0);
        w->ScrollTarget = ImVec2(FLT_MAX, FLT_MAX);
    }
    ImGui::ClearActiveID();
    g.HoveredId = 0;
}

}  // namespace

int main(int argc, char** argv) {
    const auto processStart = Clock::now();
    using namespace samenspel;
    platform::Options options;
    DriverOptions drive;
    std::vector<std::string> rest;
    std::string error;
    if (!platform::parseOptions(argc, argv, options, error, &rest) || !parseDriverOptions(rest, drive, error)) {
        std::fprintf(stderr, "%s%s", error.empty() ? "" : (error + "\n").c_str(), kUsage);
        return error.empty() ? 0 : 2;
    }
    options.headless = true;
    std::filesystem::path scratch;  // --bench keeps its records out of the person's data
    if (drive.bench && options.dataDir.empty()) {
        scratch = std::filesystem::temp_directory_path() /
                  ("samenspel-bench-" + std::to_string(Clock::now().time_since_epoch().count()));
        options.dataDir = scratch.string();
    }

    platform::DesktopPlatform platform;
    if (!platform.init(options, error)) {
        std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        return 1;
    }
    driver::DriverServices services(platform);
    services.fixedUnixMs = drive.clockMs;
    // The record sinks are rebuilt with the app on `relaunch` (a new process
    // opens the folder anew); only the fault switch's setting carries over.
    auto folder = std::make_unique<FolderSink>(platform.dataDir());
    auto records = std::make_unique<driver::DiskFullSink>(*folder);
    std::random_device rd;
    std::uint64_t nextSeed = drive.seed;
    Table::SeedSource seeds = [&] {
        return drive.seeded ? nextSeed++ : (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
    };
    auto app = std::make_unique<ui::AppController>(services, *records, seeds);
    for (const auto& p : app->startupProblems()) std::fprintf(stderr, "samenspel: %s\n", p.c_str());
    platform::FramePacer pacer;

    driver::ScriptDriver script;
    if (drive.bench) {
        script.loadText(driver::benchScript(), "bench");
    } else if (!script.loadFile(drive.script, error)) {
        std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        return 2;
    }
    if (!drive.shotsDir.empty()) std::filesystem::create_directories(drive.shotsDir);
    script.setShotsDir(drive.shotsDir);
    script.setWindow(platform.window(), platform.dpScale());
    script.setProbe([&](const std::vector<std::string>& words) { return driver::check(services, *app, words); });
    script.setControl([&](const std::vector<std::string>& words) -> std::string {
        if (words.size() == 3 && words[0] == "disk" && words[1] == "full" && (words[2] == "on" || words[2] == "off")) {
            records->full = words[2] == "on";
            return {};
        }
        // relaunch: the app ends as a kill ends it, between two frames, and a
        // new one starts on the same data folder: only what the app saved by
        // itself comes back. No quit() (its last save would hide a draft
        // that only a clean exit keeps). `relaunch background` first does
        // what the platform does when the app goes to the background
        // (saveNow), which is how a phone usually comes to kill an app.
        if (words[0] == "relaunch" && words.size() <= 2) {
            const bool background = words.size() == 2 && words[1] == "background";
            if (words.size() == 2 && !background) return "usage: relaunch [background]";
            if (background) app->saveNow();
            const bool full = records->full;
            app.reset();  // ~AppController and ~Table save nothing: a kill
            records.reset();
            folder.reset();
            platform.readAloud().stop();
            forgetImGuiState();
            // Seeds go on from where they were: a game started after the
            // relaunch is shuffled anew, as in a new process.
            folder = std::make_unique<FolderSink>(platform.dataDir());
            records = std::make_unique<driver::DiskFullSink>(*folder);
            records->full = full;
            app = std::make_unique<ui::AppController>(services, *records, seeds);
            for (const auto& p : app->startupProblems()) std::fprintf(stderr, "samenspel: %s\n", p.c_str());
            pacer.requestFrames(3);
            return {};
        }
        // clock +MS: the wall clock jumps forward (and stands still there),
        // so a script sees what an hour at the table shows without waiting
        // for it. The monotonic clock (animations, wake-ups) runs on as ever.
        if (words.size() == 2 && words[0] == "clock" && words[1].size() > 1 && words[1][0] == '+') {
            char* end = nullptr;
            const long long ms = std::strtoll(words[1].c_str() + 1, &end, 10);
            if (*end || ms < 0) return "usage: clock +MS";
            if (services.fixedUnixMs < 0) services.fixedUnixMs = platform.unixMs();
            services.fixedUnixMs += ms;
            return {};
        }
        return "usage: disk full on|off | relaunch [background] | clock +MS";
    });

    double firstFrameMs = -1;
    while (!platform.quitRequested()) {
        int timeout = pacer.waitTimeoutMs(platform.nowMs());
        // As app/main.cpp: pictograms wanted soon are made between frames,
        // and the script waits for them like a person's next touch would.
        if (pacer.idle() && !platform.inputPending() && platform.makeSoonPictogram()) continue;
        const bool settled = pacer.idle() && !platform.inputPending();
        timeout = combineTimeouts(timeout, script.poll(settled, platform.nowMs(), platform.targets()));
        if (script.done() || script.failed()) break;
        if (script.wantsFrame()) pacer.requestFrames(1), timeout = 0;
        if (platform.pumpEvents(timeout) > 0 || platform.inputPending()) pacer.inputArrived();
        if (!pacer.frameDue(platform.nowMs())) continue;

        const double t0 = platform.nowMs();
        platform.beginFrame();
        app->frame();
        services.drawStandInKeyboard();
        if (!platform.endFrame(script.takeShotPath(), &error)) std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        const double t1 = platform.nowMs();
        if (firstFrameMs < 0)
            firstFrameMs = std::chrono::duration<double, std::milli>(Clock::now() - processStart).count();
        pacer.frameDrawn(app->animating(), t1, app->nextWakeMs());
        script.frameDrawn(t1 - t0, app->animating());
    }
    app->quit();

    int status = 0;
    if (script.failed()) {
        std::fprintf(stderr, "samenspel: script failed: %s\n", script.error().c_str());
        status = 1;
    }
    if (drive.bench) {
        const auto frames = script.animFrameMs();
        std::printf("first_frame_ms: %.1f\n", firstFrameMs);
        std::printf("idle_frames_2s: %d\n", script.idleFrames());
        std::printf("anim_frame_p50_ms: %.2f\n", percentile(frames, 0.50));
        std::printf("anim_frame_p99_ms: %.2f\n", percentile(frames, 0.99));
        std::printf("anim_frames: %zu\n", frames.size());
        std::printf("peak_rss_mb: %.1f\n", driver::peakResidentMb());
    }
    if (!scratch.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(scratch, ec);
    }
    return status;
}
