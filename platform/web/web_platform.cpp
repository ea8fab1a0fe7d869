#include "platform/web/web_platform.h"

#include <SDL_image.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace samenspel::platform {

namespace {

WebPlatform* thePlatform = nullptr;

// The page's side lives in site/samenspel-pre.js (Module.samenspelPage);
// these are the few calls into it.
EM_JS(void, web_install_page_hooks, (), { Module.samenspelPage.installHooks(); });
EM_JS(void, web_text_input, (int on), { Module.samenspelPage.textInput(on != 0); });
EM_JS(double, web_keyboard_css_px, (), { return Module.samenspelPage.keyboardHeight(); });
EM_JS(void, web_download, (const char* path), { Module.samenspelPage.download(UTF8ToString(path)); });
EM_JS(int, web_can_share, (), { return Module.samenspelPage.canShare() ? 1 : 0; });
EM_JS(void, web_share, (const char* path), { Module.samenspelPage.share(UTF8ToString(path)); });
EM_JS(int, web_storage_persisted, (), { return Module.samenspelPage.persisted ? 1 : 0; });
EM_JS(void, web_persist_start, (), { Module.samenspelPage.persist(); });
EM_JS(int, web_page_came_back, (), { return Module.samenspelPage.cameBack() ? 1 : 0; });
EM_JS(void, web_pick_file, (int kind), { Module.samenspelPage.pickFile(kind); });

// One SDL key press and release (the page's back button, keys from the
// hidden input). The input feed splits them over two frames.
void pushKey(SDL_Scancode sc) {
    SDL_Event e{};
    e.type = SDL_KEYDOWN;
    e.key.state = SDL_PRESSED;
    e.key.keysym.scancode = sc;
    e.key.keysym.sym = SDL_GetKeyFromScancode(sc);
    SDL_PushEvent(&e);
    e.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    SDL_PushEvent(&e);
}

}  // namespace

WebPlatform* webPlatform() { return thePlatform; }

WebPlatform::WebPlatform() { thePlatform = this; }

WebPlatform::~WebPlatform() {
    if (thePlatform == this) thePlatform = nullptr;
}

bool WebPlatform::init(std::string& error) {
    // Touch arrives as SDL's synthesized mouse events; no mouse -> touch echo.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    // (SDL listens for keys on the whole window by default: a hardware
    // keyboard works without first clicking the canvas.)
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        error = std::string("SDL could not start: ") + SDL_GetError();
        return false;
    }
    IMG_Init(IMG_INIT_PNG);
    SDL_StopTextInput();

    // The canvas is sized by the page's CSS (the whole viewport); SDL then
    // follows it on every resize and rotation, at devicePixelRatio.
    double cssW = 390, cssH = 844;
    emscripten_get_element_css_size("#canvas", &cssW, &cssH);
    window_ = SDL_CreateWindow("Samenspel", 0, 0, static_cast<int>(cssW), static_cast<int>(cssH),
                               SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (window_) renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_ACCELERATED);
    if (!window_ || !renderer_) {
        error = std::string("no canvas or WebGL: ") + SDL_GetError();
        return false;
    }
    scale_ = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (scale_ <= 0) scale_ = 1;
    updateSize();

    // Filled before main() by the page: the assets preloaded, the data
    // folder read back from IndexedDB.
    assetsDir_ = "/assets";
    dataDir_ = "/data";
    std::error_code ec;
    std::filesystem::create_directories(dataDir_, ec);

    redrawEvent_ = SDL_RegisterEvents(1);
    web_install_page_hooks();
    start("samenspel_web");
    std::string glError;
    if (!webgl_.init(glError))  // then frames go through SDL_Renderer (drawFrame)
        std::fprintf(stderr, "samenspel: drawing through SDL_Renderer (%s)\n", glError.c_str());
    return true;
}

void WebPlatform::drawFrame(ImDrawData* data) {
    if (!drawWithSdl_ && webgl_.ready()) {
        webgl_.draw(data, backdrop(), widthPx(), heightPx());
        return;
    }
    webgl_.handBack();
    SdlPlatform::drawFrame(data);
}

void WebPlatform::onResized() {
    // A zoom or a move to another screen changes the pixel ratio.
    rescale(static_cast<float>(emscripten_get_device_pixel_ratio()));
}

void WebPlatform::onOtherEvent(const SDL_Event&) {}

void WebPlatform::onTextInput(bool active) {
    // The hidden HTML input brings up the phone's own keyboard (accents,
    // other alphabets); what is typed comes back as SDL text and key events.
    web_text_input(active ? 1 : 0);
}

float WebPlatform::keyboardHeight() const {
    if (!textInputActive()) return 0;
    return static_cast<float>(web_keyboard_css_px()) * scale_;
}

void WebPlatform::download(const std::filesystem::path& file) { web_download(file.string().c_str()); }

bool WebPlatform::canShare() const { return web_can_share() != 0; }

void WebPlatform::share(const std::filesystem::path& file) { web_share(file.string().c_str()); }

bool WebPlatform::storageMayBeCleared() const { return web_storage_persisted() == 0; }

bool WebPlatform::resumeOnStart() const { return web_page_came_back() != 0; }

bool WebPlatform::startPersist() {
    if (persisting_) {
        persistAgain_ = true;
        return false;
    }
    dataDirty_ = false;
    persisting_ = true;
    web_persist_start();
    return true;
}

void WebPlatform::persistFinished(bool ok) {
    persisting_ = false;
    ++persistsDone_;
    if (!ok) ++persistsFailed_;
    if (ok != !lastPersistFailed_) askRedraw();  // the save banner comes or goes
    lastPersistFailed_ = !ok;
    if (persistAgain_) {
        persistAgain_ = false;
        dataDirty_ = true;
    }
    if (wake) wake();
}

void WebPlatform::retryStorageWrite() {
    dataDirty_ = true;  // the loop writes the whole folder after this frame
    if (wake) wake();
}

// The page's file input must be clicked while the tap's user activation
// lasts; a frame after the tap is within it (Chrome, Firefox, Safari 16.4+).
void WebPlatform::pickFile(FileKind kind) { web_pick_file(kind == FileKind::CoordinatorKey ? 1 : 0); }

void WebPlatform::filePicked(const std::string& path, int kind) {
    picked_ = BroughtFile{path, kind == 1 ? FileKind::CoordinatorKey : FileKind::Bundle};
    askRedraw();  // the app takes it on the next frame
}

void WebPlatform::drawWithSdl(bool on) {
    drawWithSdl_ = on;
    askRedraw();
}

void WebPlatform::askRedraw() {
    if (redrawEvent_ == static_cast<Uint32>(-1)) return;
    SDL_Event e{};
    e.type = redrawEvent_;
    SDL_PushEvent(&e);
}

std::optional<BroughtFile> WebPlatform::takeBroughtFile() {
    auto out = std::move(picked_);
    picked_.reset();
    return out;
}

void WebPlatform::pageHidden() {
    // No frame comes while the page is hidden: save and write back now.
    if (onHidden) onHidden();
    if (dataDirty_ || persisting_) startPersist();
}

void WebPlatform::pageBack() { pushKey(SDL_SCANCODE_ESCAPE); }

}  // namespace samenspel::platform

// Called by the page (site/samenspel-pre.js).
extern "C" {

EMSCRIPTEN_KEEPALIVE void samenspel_web_back() {
    if (auto* p = samenspel::platform::webPlatform()) p->pageBack();
}

EMSCRIPTEN_KEEPALIVE void samenspel_web_hidden() {
    if (auto* p = samenspel::platform::webPlatform()) p->pageHidden();
}

EMSCRIPTEN_KEEPALIVE void samenspel_web_persisted(int ok) {
    if (auto* p = samenspel::platform::webPlatform()) p->persistFinished(ok != 0);
}

// A file the person picked, copied into /tmp/pick by the page; `kind` is
// what the app asked the picker for (0 a bundle, 1 the coordinator's key).
EMSCRIPTEN_KEEPALIVE void samenspel_web_picked(const char* path, int kind) {
    if (auto* p = samenspel::platform::webPlatform(); p && path) p->filePicked(path, kind);
}

// 1: frames are drawn through SDL_Renderer, 0: through webgl_draw.h (the
// browser test compares the two).
EMSCRIPTEN_KEEPALIVE void samenspel_web_draw_with_sdl(int on) {
    if (auto* p = samenspel::platform::webPlatform()) p->drawWithSdl(on != 0);
}

// Something the screen shows changed in the page (a voice became ready or
// finished speaking): a frame, although no input came.
EMSCRIPTEN_KEEPALIVE void samenspel_web_wake() {
    if (auto* p = samenspel::platform::webPlatform()) p->askRedraw();
}

// Text from the hidden input, as SDL text events of at most 31 bytes, cut
// between characters (never inside a UTF-8 sequence).
EMSCRIPTEN_KEEPALIVE void samenspel_web_text(const char* utf8) {
    if (!utf8) return;
    const std::size_t n = std::strlen(utf8);
    std::size_t at = 0;
    while (at < n) {
        std::size_t len = std::min<std::size_t>(n - at, sizeof(SDL_TextInputEvent::text) - 1);
        while (len > 0 && at + len < n && (static_cast<unsigned char>(utf8[at + len]) & 0xC0) == 0x80) --len;
        if (len == 0) break;
        SDL_Event e{};
        e.type = SDL_TEXTINPUT;
        std::memcpy(e.text.text, utf8 + at, len);
        SDL_PushEvent(&e);
        at += len;
    }
}

// A key the hidden input does not turn into text: 1 backspace, 2 enter,
// 3 escape, 4 tab, 5 left, 6 right, 7 delete.
EMSCRIPTEN_KEEPALIVE void samenspel_web_key(int key) {
    static const SDL_Scancode codes[] = {SDL_SCANCODE_UNKNOWN, SDL_SCANCODE_BACKSPACE, SDL_SCANCODE_RETURN,
                                         SDL_SCANCODE_ESCAPE,  SDL_SCANCODE_TAB,       SDL_SCANCODE_LEFT,
                                         SDL_SCANCODE_RIGHT,   SDL_SCANCODE_DELETE};
    if (key > 0 && key < static_cast<int>(sizeof(codes) / sizeof(codes[0]))) samenspel::platform::pushKey(codes[key]);
}

}  // extern "C"

// The tappable things of the last frame as JSON, in CSS pixels, for the
// browser tests (they tap by id, as samenspel-driver does on the desktop).
extern "C" EMSCRIPTEN_KEEPALIVE const char* samenspel_web_targets() {
    static std::string json;
    json = "[";
    auto* p = samenspel::platform::webPlatform();
    if (p) {
        const float s = p->dpScale();
        auto quote = [](const std::string& text) {
            std::string out = "\"";
            for (unsigned char c : text) {
                if (c == '"' || c == '\\') out += '\\', out += static_cast<char>(c);
                else if (c < 0x20) out += ' ';
                else out += static_cast<char>(c);
            }
            return out + "\"";
        };
        bool first = true;
        for (const auto& t : p->targets().last()) {
            if (!first) json += ",";
            first = false;
            json +=
                "{\"id\":" + quote(t.id) + ",\"label\":" + quote(t.label) + ",\"x\":" + std::to_string(t.rect.x0 / s) +
                ",\"y\":" + std::to_string(t.rect.y0 / s) + ",\"w\":" + std::to_string((t.rect.x1 - t.rect.x0) / s) +
                ",\"h\":" + std::to_string((t.rect.y1 - t.rect.y0) / s) + ",\"clip\":[" +
                std::to_string(t.clip.x0 / s) + "," + std::to_string(t.clip.y0 / s) + "," +
                std::to_string(t.clip.x1 / s) + "," + std::to_string(t.clip.y1 / s) + "]" +
                ",\"tappable\":" + (t.tappable ? "true" : "false") + ",\"enabled\":" + (t.enabled ? "true" : "false") +
                ",\"visible\":" + (samenspel::platform::HitTargets::visible(t) ? "true" : "false") + "}";
        }
    }
    json += "]";
    return json.c_str();
}

// The texts read aloud since the start, newest last, one per line (tests).
extern "C" EMSCRIPTEN_KEEPALIVE const char* samenspel_web_spoken() {
    static std::string out;
    out.clear();
    if (auto* p = samenspel::platform::webPlatform())
        for (const auto& r : p->readAloud().requests()) out += r + "\n";
    return out.c_str();
}
