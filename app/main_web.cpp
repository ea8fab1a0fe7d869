// Samenspel in the browser: the same app as app/main.cpp (the same table,
// screens and store) on the web platform. The loop is the browser's
// (platform/web/web_loop.h): it draws only on change, and after every
// change to the data folder writes it to IndexedDB before taking input.
#include <cstdio>
#include <random>
#include <string>

#include "platform/web/web_loop.h"
#include "platform/web/web_platform.h"
#include "table/folder_sink.h"
#include "table/notifying_sink.h"
#include "ui/shell/app_controller.h"

int main() {
    using namespace samenspel;
    // Lives for the whole page: the browser's loop calls back into these.
    static platform::WebPlatform platform;
    std::string error;
    if (!platform.init(error)) {
        std::fprintf(stderr, "samenspel: %s\n", error.c_str());
        return 1;
    }
    static FolderSink folder(platform.dataDir());
    static NotifyingSink records(folder, [] { platform.dataChanged(); });
    static std::random_device rd;  // every game its own shuffle (crypto.getRandomValues)
    static ui::AppController app(platform, records, [] { return (static_cast<std::uint64_t>(rd()) << 32) ^ rd(); });
    for (const auto& p : app.startupProblems()) std::fprintf(stderr, "samenspel: %s\n", p.c_str());
    // The settings and the coordinator's key reach IndexedDB through
    // Services::dataWritten(); watching their files cost four stat calls a
    // frame, a fifth of a swipe frame's time.
    platform::WebApp web;
    web.frame = [] { app.frame(); };
    web.animating = [] { return app.animating(); };
    web.saveNow = [] { app.saveNow(); };
    web.nextWakeMs = [] { return app.nextWakeMs(); };
    platform::runWebLoop(platform, std::move(web));
}
