#include "platform/desktop/desktop_platform.h"

#include <SDL_image.h>

#include <algorithm>
#include <cmath>

#include "platform/paths/asset_paths.h"

namespace samenspel::platform {

namespace {

float displayScale(SDL_Window* window, float pixelRatio) {
    if (const char* env = SDL_getenv("SAMENSPEL_SCALE")) {
        float s = static_cast<float>(SDL_atof(env));
        if (s >= 0.5f && s <= 4.0f) return s;
    }
    float ddpi = 0;
    if (SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(window), &ddpi, nullptr, nullptr) != 0 || ddpi <= 0) ddpi = 96;
#if defined(__ANDROID__)
    return std::max(1.0f, ddpi / 160.0f);  // Android's dp: 160 dpi
#else
    // Desktops report ~96 dpi at 100 %; scale up only for dense screens, in quarter steps.
    float factor = std::clamp(std::round(ddpi / 96.0f * 4.0f) / 4.0f, 1.0f, 3.0f);
    return pixelRatio * factor;
#endif
}

}  // namespace

DesktopPlatform::~DesktopPlatform() {
    readAloud_.reset();  // its worker and audio device go before SDL does
}

bool DesktopPlatform::init(const Options& options, std::string& error) {
    options_ = options;
    if (options.headless && !SDL_getenv("SDL_VIDEODRIVER")) SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    // Touch arrives as SDL's synthesized mouse events; no mouse -> touch echo.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_ANDROID_TRAP_BACK_BUTTON, "1");
    SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        error = std::string("SDL could not start: ") + SDL_GetError();
        return false;
    }
    IMG_Init(IMG_INIT_PNG);
    SDL_StopTextInput();  // SDL2 starts with text input on; only a focused field turns it on

    const int wDp = options.widthDp ? options.widthDp : (options.headless ? 390 : 480);
    const int hDp = options.heightDp ? options.heightDp : (options.headless ? 844 : 860);
    if (options.headless) {
        scale_ = options.scale > 0 ? options.scale : 1.0f;
        window_ = SDL_CreateWindow("Samenspel", 0, 0, static_cast<int>(std::lround(wDp * scale_)),
                                   static_cast<int>(std::lround(hDp * scale_)), SDL_WINDOW_HIDDEN);
        if (window_) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
    } else {
        window_ = SDL_CreateWindow("Samenspel", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, wDp, hDp,
                                   SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
        if (window_) {
            renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
            if (!renderer_) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
        }
    }
    if (!window_ || !renderer_) {
        error = std::string("no window or renderer: ") + SDL_GetError();
        return false;
    }
    updateSize();
    if (!options.headless) {
        int ww = 0, wh = 0;
        SDL_GetWindowSize(window_, &ww, &wh);
        float ratio = ww > 0 ? static_cast<float>(widthPx_) / ww : 1.0f;
        scale_ = options.scale > 0 ? options.scale * ratio : displayScale(window_, ratio);
        // The window was opened in screen units; grow it to the wanted dp size.
        if (scale_ / ratio > 1.01f)
            SDL_SetWindowSize(window_, static_cast<int>(wDp * scale_ / ratio), static_cast<int>(hDp * scale_ / ratio));
        updateSize();
    }

    // Folders: assets from the build or install, data from --data or the OS.
    assetsDir_ = defaultAssetsDir();
    if (!options.dataDir.empty()) {
        dataDir_ = options.dataDir;
    } else if (char* pref = SDL_GetPrefPath("Samenspel", "samenspel")) {
        dataDir_ = pref;
        SDL_free(pref);
    } else {
        error = std::string("no data folder: ") + SDL_GetError();
        return false;
    }
    std::error_code ec;
    std::filesystem::create_directories(dataDir_, ec);
    if (ec) {
        error = "cannot create the data folder " + dataDir_.string() + ": " + ec.message();
        return false;
    }

    // Read-aloud: the worker checks the voice while fonts and the first frame are built.
    // Headless runs prepare speech but play no sound.
    wakeEvent_ = SDL_RegisterEvents(1);
    readAloud_ = std::make_unique<DesktopReadAloud>(&speech::makeEspeakEngine, !options.headless);
    if (wakeEvent_ != static_cast<Uint32>(-1)) readAloud_->start(wakeEvent_);

    start("samenspel_desktop");
    return true;
}

ReadAloud& DesktopPlatform::readAloud() {
    if (readAloud_) return *readAloud_;
    return silent_;
}

void DesktopPlatform::onOtherEvent(const SDL_Event& e) {
    if (e.type == wakeEvent_ && readAloud_) readAloud_->onWake();
    if (e.type == SDL_DROPFILE && e.drop.file) {
        // A file dragged from the file manager onto the window: the path
        // is the user's own file, read where it is (the import copies what
        // it takes into the record folder).
        dropped_ = BroughtFile{std::filesystem::u8path(e.drop.file), std::nullopt};
        SDL_free(e.drop.file);
    }
}

std::optional<BroughtFile> DesktopPlatform::takeBroughtFile() {
    auto out = std::move(dropped_);
    dropped_.reset();
    return out;
}

}  // namespace samenspel::platform
