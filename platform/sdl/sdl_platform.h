// What every SDL2 platform shares (the desktop, the headless test runs and
// the browser): Dear ImGui over SDL_Renderer with our own input feed (a
// press and its release never in one frame; no hover left after a finger
// lifts), fonts at the display's density with a box glyph for characters the
// fonts lack, pictogram textures from SVG, and text input. Making the window
// and renderer, the folders and the voice is each platform's own part
// (platform/desktop, platform/web); they call start() once those exist.
#pragma once
#include <SDL.h>

#include <cmath>
#include <deque>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "platform/sdl/skyline_packer.h"
#include "platform/services.h"

namespace samenspel::platform {

// The share of the screen a phone's on-screen keyboard usually takes.
inline float phoneKeyboardHeight(int widthPx, int heightPx) {
    return std::round(static_cast<float>(heightPx) * (heightPx > widthPx ? 0.38f : 0.5f));
}

class SdlPlatform : public Services {
public:
    SdlPlatform() = default;
    ~SdlPlatform() override;
    SdlPlatform(const SdlPlatform&) = delete;
    SdlPlatform& operator=(const SdlPlatform&) = delete;

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

    // Pictogram textures made (SVG rasterised and uploaded) since the last
    // call, and the time they took: the web benchmark reads it per frame.
    struct PictogramCost {
        int made = 0;
        double ms = 0;
    };
    PictogramCost takePictogramCost() { return std::exchange(pictogramCost_, {}); }
    // Draw commands of the last frame drawn (one draw call each, after ImGui
    // merged those with the same texture and clip): the benchmark shows it.
    int lastDrawCommands() const { return lastDrawCommands_; }
    void setBackdrop(ImU32 colour) override { backdrop_ = colour; }
    // Makes one pictogram of those asked for with pictogramSoon(); the main
    // loop calls it between frames while nothing else is to be done. False
    // when none was waiting.
    bool makeSoonPictogram();
    bool soonPictogramsWaiting() const { return !soon_.empty(); }

    SDL_Window* window() const { return window_; }
    int widthPx() const { return widthPx_; }
    int heightPx() const { return heightPx_; }

    // Services
    float dpScale() const override { return scale_; }
    const Fonts& fonts() const override { return fonts_; }
    int textStep() const override { return textStep_; }
    void setTextStep(int step) override;
    Picture pictogram(const std::string& name, int px) override;
    void pictogramSoon(const std::string& name, int px) override;
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

protected:
    // Once window_, renderer_, scale_ and the folders are set: ImGui, its
    // renderer backend and the fonts.
    void start(const char* backendName);
    void updateSize();
    // An event the shared part does not handle (a platform's own wake-ups).
    virtual void onOtherEvent(const SDL_Event&) {}
    // The screen's text field opened or closed the keyboard.
    virtual void onTextInput(bool active);
    // The window's size changed (updateSize() has run).
    virtual void onResized() {}
    // A new density (the browser zoomed, the window moved to another
    // screen): fonts are rebuilt before the next frame.
    void rescale(float scale);
    // Clears to the backdrop and draws the frame's triangles: through
    // SDL_Renderer here (imgui_impl_sdlrenderer, or software_draw.h's runs);
    // the browser draws them to WebGL itself (web/webgl_draw.h).
    virtual void drawFrame(ImDrawData* data);
    ImU32 backdrop() const { return backdrop_; }

    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    float scale_ = 1;
    int widthPx_ = 0, heightPx_ = 0;
    std::filesystem::path dataDir_, assetsDir_;
    bool quit_ = false, saveRequested_ = false;
    bool textInputActive_ = false;

private:
    void buildFonts();
    // The fonts, and a pictogram region when asked for; false when the
    // texture would exceed the GPU's largest (`maxTexture`, 0 = no limit).
    bool buildFontAtlas(bool pictogramRegion, int maxTexture);
    bool feedToImGui(const SDL_Event& e, bool& buttonsChanged);

    bool imguiReady_ = false, rendererBackendReady_ = false;
    bool softwareRenderer_ = false;                // draw with software_draw.h's split runs
    float pointerScaleX_ = 1, pointerScaleY_ = 1;  // window coordinates -> pixels
    int textStep_ = 0;
    bool fontsDirty_ = true;
    Fonts fonts_;
    HitTargets targets_;
    std::deque<SDL_Event> pending_;
    std::string typedText_;      // this frame's SDL_TEXTINPUT text, before ImGui narrows it
    bool touchRelease_ = false;  // hide the pointer after a finger lifts (no hover on touch)
    Uint64 lastFrameCounter_ = 0;
    // Pictograms live in a region of the font atlas's texture (so text and
    // pictures merge into few draw calls); one that does not fit gets a
    // texture of its own (`own`) until the region is emptied again.
    struct CachedPictogram {
        Picture picture;
        SDL_Texture* own = nullptr;
    };
    bool placeInAtlas(SDL_Surface* svg, int px, Picture& out);
    void dropPictograms(bool atlasOnly);
    std::unordered_map<std::string, CachedPictogram> pictograms_;
    int ownTextures_ = 0;                          // pictograms outside the atlas
    int atlasRect_ = -1;                           // the region's custom rect in the font atlas; -1 = none
    std::vector<SkylinePacker::Area> atlasAreas_;  // that region and the free rows below the glyphs
    SkylinePacker atlasPacker_;                    // where pictograms go in them
    bool atlasOverflowed_ = false;                 // a pictogram did not fit: empty the region soon
    int framesSinceAtlasEmptied_ = 0;  // so a screen that needs more than fits does not empty it every frame
    std::deque<std::pair<std::string, int>> soon_;  // pictogramSoon(), oldest first; bounded
    PictogramCost pictogramCost_;
    int lastDrawCommands_ = 0;
    ImU32 backdrop_ = IM_COL32_BLACK;  // the screen's background (setBackdrop)
};

}  // namespace samenspel::platform
