// The AppController's part that brings sessions from another device onto
// this one: the import screen (import_screen.h), the import itself
// (session_import.h), and files the platform brings in (a browser's file
// picker, a file dragged onto the desktop window).
#include "ui/shell/app_controller.h"
#include "ui/shell/app_screens.h"

namespace samenspel::ui {

void AppController::runImport(const std::string& path, std::string passphrase) {
    importResult_ = importSessions(sink_, path, std::move(passphrase));
    logTableProblems();
    if (importResult_->added > 0) reloadSessions();
    if (nav_.current() != Route::Import) go(Route::Import);
}

// A file from outside: the key file Settings asked for, or a bundle (also
// one dragged onto the desktop window, except on Settings, where a dropped
// file is the coordinator's key).
void AppController::takeBroughtFile() {
    auto file = sys_.takeBroughtFile();
    if (!file) return;
    const bool key = file->kind ? *file->kind == platform::FileKind::CoordinatorKey : nav_.current() == Route::Settings;
    if (key) {
        setCoordinatorKey(file->path.string());
    } else {
        screens_->importScreen.reset();
        runImport(file->path.string(), {});
    }
    ui_.keepAnimating();  // the file came without input: draw what it changed
}

void AppController::openImport() {
    screens_->importScreen.reset();
    importResult_.reset();
    message_.clear();
    if (nav_.current() != Route::Import) go(Route::Import);
}

}  // namespace samenspel::ui
