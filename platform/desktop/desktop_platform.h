// The desktop (and headless) platform: an SDL2 window and renderer sized in
// dp from the display's density, the data folder from --data or the OS, and
// espeak-ng read-aloud. Everything SDL platforms share (ImGui input, fonts,
// pictograms) is sdl/sdl_platform.h. Supports: mouse, touch (as SDL's
// synthesized mouse), keys, text input, window resize. Not: gamepads,
// multiple windows, IME preedit, a file picker (a file dragged onto the
// window is taken instead).
#pragma once
#include <memory>

#include "platform/desktop/desktop_read_aloud.h"
#include "platform/desktop/options.h"
#include "platform/sdl/sdl_platform.h"

namespace samenspel::platform {

class DesktopPlatform final : public SdlPlatform {
public:
    DesktopPlatform() = default;
    ~DesktopPlatform() override;

    bool init(const Options& options, std::string& error);
    const Options& options() const { return options_; }
    ReadAloud& readAloud() override;
    // No file picker (SDL2 has none, and a toolkit's would be a new
    // dependency); a file dragged onto the window comes in instead.
    std::optional<BroughtFile> takeBroughtFile() override;

private:
    void onOtherEvent(const SDL_Event& e) override;

    Options options_;
    std::unique_ptr<DesktopReadAloud> readAloud_;  // made in init(); before that, silent
    SilentReadAloud silent_;
    Uint32 wakeEvent_ = 0;
    std::optional<BroughtFile>
        dropped_;  // the last file dragged onto the window, until the app takes it  // pushed by read-aloud's worker and timer
};

}  // namespace samenspel::platform
