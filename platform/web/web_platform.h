// The browser platform (emscripten): the page's canvas as the window, at
// the device's pixel ratio and following the viewport and orientation; the
// data folder on IndexedDB (IDBFS at /data, read before main() starts and
// written back after every change); the assets preloaded at /assets; the
// browser's back button as the app's back; a hidden HTML input that brings
// up the phone's own keyboard; downloads and the system share sheet; and
// read-aloud with the browser's voice (web_read_aloud.h); the browser's own
// file picker (a hidden file input; the picked file is copied to /tmp/pick
// and handed to the app on the next frame).
// Supports: touch, mouse, keys, a phone keyboard (typed text, backspace,
// enter), rotation, zoom. Not: IME preedit, autocorrect replacing a word
// already sent (the hidden input starts empty for each character).
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "platform/sdl/sdl_platform.h"
#include "platform/web/web_read_aloud.h"
#include "platform/web/webgl_draw.h"

namespace samenspel::platform {

class WebPlatform final : public SdlPlatform {
public:
    WebPlatform();
    ~WebPlatform() override;

    bool init(std::string& error);

    // The data folder changed (a record or setting was written): it is
    // written back to IndexedDB before the app takes its next input.
    void dataChanged() { dataDirty_ = true; }
    bool dataDirty() const { return dataDirty_; }
    // Starts writing the data folder to IndexedDB; `done(ok)` is called
    // when it is there. One write at a time: false when one is running.
    bool startPersist();
    bool persisting() const { return persisting_; }
    // How many writes to IndexedDB finished, and how many failed.
    int persistsDone() const { return persistsDone_; }
    int persistsFailed() const { return persistsFailed_; }

    // Called from the page (see web_platform.cpp's exports).
    void pageHidden();
    void pageBack();
    void persistFinished(bool ok);
    void filePicked(const std::string& path, int kind);
    // Runs when the page is hidden or closed: the app saves at once (no
    // frame will come while the page is hidden).
    std::function<void()> onHidden;
    // Wakes the main loop (an event arrived, a voice finished, ...).
    std::function<void()> wake;

    // Services
    ReadAloud& readAloud() override { return readAloud_; }
    float keyboardHeight() const override;
    bool canDownload() const override { return true; }
    void download(const std::filesystem::path& file) override;
    bool canShare() const override;
    void share(const std::filesystem::path& file) override;
    bool storageMayBeCleared() const override;
    bool resumeOnStart() const override;
    bool canPickFile() const override { return true; }
    void pickFile(FileKind kind) override;
    std::optional<BroughtFile> takeBroughtFile() override;
    bool storageWriteFailed() const override { return lastPersistFailed_; }
    void retryStorageWrite() override;
    void dataWritten() override { dataChanged(); }

    // Draw the frames through SDL_Renderer instead of webgl_draw.h (the
    // browser test compares the two pictures).
    void drawWithSdl(bool on);
    // A frame must come although no input came (the page changed something
    // the screen shows): an event that wakes the loop and counts as input.
    void askRedraw();

private:
    void drawFrame(ImDrawData* data) override;
    void onOtherEvent(const SDL_Event& e) override;
    void onTextInput(bool active) override;
    void onResized() override;

    WebReadAloud readAloud_;
    WebGlDraw webgl_;
    bool drawWithSdl_ = false;  // the browser test asked for SDL_Renderer
    bool dataDirty_ = false, persisting_ = false, persistAgain_ = false;
    int persistsDone_ = 0, persistsFailed_ = 0;
    bool lastPersistFailed_ = false;  // the app shows the save banner until a write works again
    std::optional<BroughtFile> picked_;
    Uint32 redrawEvent_ = 0;  // pushed when something the screen shows changed without input
};

// The one platform of the page (the page's callbacks reach it here).
WebPlatform* webPlatform();

}  // namespace samenspel::platform
