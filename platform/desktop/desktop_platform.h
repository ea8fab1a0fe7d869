// The desktop (and headless) platform: SDL2 window and renderer, density,
// Dear ImGui with our own SDL input feed and the SDL_Renderer backend, fonts
// from assets/fonts, pictogram textures from SVG, the data folder, and
// screenshots. Supports: mouse, touch (as SDL's synthesized mouse), keys,
// text input, window resize. Not: gamepads, multiple windows, IME preedit.
#pragma once
#include <SDL.h>

#include <cmath>
#include <deque>
#include <string>
#include <unordered_map>

#include "platform/desktop/desktop_read_aloud.h"
#include "platform/desktop/options.h"
#include "platform/services.h"

namespace samenspel::platform {

// The share of the screen a phone's on-screen keyboard usually takes.
inline float phoneKeyboardHeight(int widthPx, int heightPx) {
    return std::round(static_cast<float>(heightPx) * (heightPx > widthPx ? 0.38f : 0.5f));
}

class DesktopPlatform final : public Services {
public:
    DesktopPlatform() = default;
    ~DesktopPlatform() override;
    DesktopPlatform(const DesktopPlatform&) = delete;
    DesktopPlatform& operator=(const DesktopPlatform&) = delete;

    bool init(const Options& options, std::string& error);

    // Events: waits up to `timeoutMs` (-1 = until one comes) for the first,
    // then takes every queued one. Returns how many arrived. Quit, resize
    // and app-lifecycle events are handled here; input waits in a queue that
    // beginFrame() feeds to ImGui.
    int pumpEvents(int timeoutMs);
    bool quitRequested() const { return quit_; }
    // Input that could not go into this frame (a press and release in one
    // frame are split over two, so no tap is lost).
    bool inputPending() const { return !pending_.empty(); }
    // Set when the app should save now (it may be killed soon).
    bool takeSaveRequest() {
        bool s = saveRequested_;
        saveRequested_ = false;
        return s;
    }

    void beginFrame();
    // Renders ImGui. When `screenshotPath` is non-empty the frame is also
    // written there as PNG (read back before present).
    bool endFrame(const std::string& screenshotPath, std::string* error = nullptr);

    SDL_Window* window() const { return window_; }
    int widthPx() const { return widthPx_; }
    int heightPx() const { return heightPx_; }
    const Options& options() const { return options_; }

    // Services
    float dpScale() const override { return scale_; }
    const Fonts& fonts() const override { return fonts_; }
    int textStep() const override { return textStep_; }
    void setTextStep(int step) override;
    ImTextureID pictogram(const std::string& name, int px) override;
    void setTextInput(bool active) override;
    float keyboardHeight() const override;
    const std::string& typedText() const override { return typedText_; }
    // True while a text field has the keyboard (SDL text input is on).
    bool textInputActive() const { return textInputActive_; }
    double nowMs() const override;
    long long unixMs() const override;
    std::filesystem::path dataDir() const override { return dataDir_; }
    std::filesystem::path assetsDir() const override { return assetsDir_; }
    HitTargets& targets() override { return targets_; }
    ReadAloud& readAloud() override;

private:
    void buildFonts();
    bool feedToImGui(const SDL_Event& e, bool& buttonsChanged);
    void updateSize();

    Options options_;
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    bool imguiReady_ = false, rendererBackendReady_ = false;
    bool softwareRenderer_ = false;  // draw with software_draw.h's split runs
    float scale_ = 1;
    float pointerScaleX_ = 1, pointerScaleY_ = 1;  // window coordinates -> pixels
    int widthPx_ = 0, heightPx_ = 0;
    int textStep_ = 0;
    bool fontsDirty_ = true;
    Fonts fonts_;
    std::filesystem::path dataDir_, assetsDir_;
    HitTargets targets_;
    std::deque<SDL_Event> pending_;
    std::string typedText_;  // this frame's SDL_TEXTINPUT text, before ImGui narrows it
    bool quit_ = false, saveRequested_ = false;
    bool textInputActive_ = false;
    bool touchRelease_ = false;  // hide the pointer after a finger lifts (no hover on touch)
    Uint64 lastFrameCounter_ = 0;
    std::unordered_map<std::string, SDL_Texture*> pictograms_;
    std::unique_ptr<DesktopReadAloud> readAloud_;  // made in init(); before that, silent
    SilentReadAloud silent_;
    Uint32 wakeEvent_ = 0;  // pushed by read-aloud's worker and timer
};

}  // namespace samenspel::platform
