// Samenspel in the browser: the same app as app/main.cpp (the same table,
// screens and store) on the web platform. The loop is the browser's
// (platform/web/web_loop.h): it draws only on change, and after every
// change to the data folder writes it to IndexedDB before taking input.
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>

#include "platform/web/web_loop.h"
#include "platform/web/web_platform.h"
#include "store/key_sealed_file.h"
#include "table/folder_sink.h"
#include "table/notifying_sink.h"
#include "ui/shell/app_controller.h"

namespace {

// The settings and the coordinator's key are written by the app itself,
// not through the record sink: a change of the file's time or size, or
// its removal, marks the folder changed.
struct FileWatch {
    std::filesystem::path file;
    std::filesystem::file_time_type time{};
    std::uintmax_t size = 0;
    bool changed() {
        std::error_code ec;
        const auto t = std::filesystem::last_write_time(file, ec);
        if (ec) {  // gone (the key forgotten), or never there
            const bool was = size != 0 || time != std::filesystem::file_time_type{};
            time = {}, size = 0;
            return was;
        }
        const auto s = std::filesystem::file_size(file, ec);
        if (t == time && s == size) return false;
        time = t, size = s;
        return true;
    }
};

}  // namespace

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
    static FileWatch settings{platform.dataDir() / "settings.txt"};
    settings.changed();
    static FileWatch coordinatorKey{coordinatorKeyFile(platform.dataDir())};
    coordinatorKey.changed();

    platform::WebApp web;
    web.frame = [] {
        app.frame();
        if (settings.changed() | coordinatorKey.changed()) platform.dataChanged();
    };
    web.animating = [] { return app.animating(); };
    web.saveNow = [] { app.saveNow(); };
    web.nextWakeMs = [] { return app.nextWakeMs(); };
    platform::runWebLoop(platform, std::move(web));
}
