// Samenspel: one obvious loop (events, new frame, draw, render, present)
// that draws only when something changed: it sleeps in SDL_WaitEvent when
// idle, keeps drawing only while an animation runs, and wakes for the one
// frame a clock on screen asks for (app.nextWakeMs()). Scripted headless
// runs for tests are another program, samenspel-driver (tests/driver/).
#include <cstdio>
#include <random>
#include <string>

#include "platform/desktop/desktop_platform.h"
#include "platform/frame_pacer.h"
#include "table/folder_sink.h"
#include "ui/shell/app_controller.h"

int main(int argc, char** argv) {
    using namespace samenspel;
    platform::Options options;
    std::string error;
    if (!platform::parseOptions(argc, argv, options, error)) {
        std::fprintf(stderr, "%s%s", error.empty() ? "" : (error + "\n").c_str(), platform::usageText());
        return error.empty() ? 0 : 2;
    }
    platform::DesktopPlatform platform;
    if (!platform.init(options, error)) {
        std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        return 1;
    }
    FolderSink records(platform.dataDir());
    std::random_device rd;  // every game its own shuffle
    ui::AppController app(platform, records, [&rd] { return (static_cast<std::uint64_t>(rd()) << 32) ^ rd(); });
    for (const auto& p : app.startupProblems()) std::fprintf(stderr, "samenspel: %s\n", p.c_str());

    platform::FramePacer pacer;
    while (!platform.quitRequested()) {
        // 1. Events: sleep until one comes unless a frame is owed. While
        // pictograms are wanted soon, look and make one between frames.
        int wait = pacer.waitTimeoutMs(platform.nowMs());
        if (pacer.idle() && !platform.inputPending() && platform.soonPictogramsWaiting()) wait = 0;
        if (platform.pumpEvents(wait) > 0 || platform.inputPending()) pacer.inputArrived();
        else if (pacer.idle() && platform.makeSoonPictogram()) continue;
        if (platform.takeSaveRequest()) app.saveNow();  // sent to the background: it may be killed
        if (!pacer.frameDue(platform.nowMs())) continue;
        // 2. New frame, 3. draw, 4. render, 5. present.
        platform.beginFrame();
        app.frame();
        if (!platform.endFrame({}, &error)) std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        pacer.frameDrawn(app.animating(), platform.nowMs(), app.nextWakeMs());  // a ticking clock: its next tick
    }
    app.quit();
    return 0;
}
