#include "platform/sdl/sdl_platform.h"

#include <SDL_image.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

#include "platform/sdl/software_draw.h"

namespace samenspel::platform {

namespace {

constexpr float kBodyDp = 17.0f;
constexpr float kTextStepFactor[kTextSteps] = {1.0f, 1.2f, 1.45f};
constexpr float kTitleFactor = 1.4f;
constexpr float kSmallFactor = 0.88f;

// Pictograms share the font atlas's texture: 2048 px wide, with a region of
// 768 rows kept for them, and the rows the power-of-two height leaves free
// below the last glyph. At 3x with normal text that is 2048 x 2048 in all
// (fonts 560 rows, pictograms about 3 million pixels: more than one screen
// shows; a Beeldmodus list at 3x is about 1.5 million); with the largest
// text still 2048 x 2048 (fonts 1141 rows, about 1.8 million for
// pictograms). A GPU that cannot take the texture gets no region: one
// texture per pictogram, as before.
constexpr int kAtlasWidth = 2048;
constexpr int kPictogramRegionHeight = 768;
constexpr int kPictogramGutter = 1;  // transparent pixels around each one, so no neighbour bleeds in
// Pictograms that found no room in the region, each its own texture: a
// bound, emptied between frames.
constexpr int kMaxOwnTextures = 256;
// The region is emptied (and refilled by the frames that follow) when a
// pictogram did not fit, but at most once in this many frames.
constexpr int kFramesBetweenAtlasEmptying = 60;

// Latin with Dutch diacritics (ë, é, ï, ĳ), typographic quotes and dashes,
// the bullet, the euro sign and arrows.
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A,
                                0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0};

// A character the fonts cannot draw (an emoji kept exactly in a name or a
// note, or a text field's private-use stand-in for one) shows as an
// outlined box, not ImGui's "?": the person sees that something is there
// and that it is kept. ImGui 1.86 takes U+FFFD as the fallback glyph when
// the font has one, and decodes every character above U+FFFF to U+FFFD, so
// one box glyph per font covers every place text is drawn.
struct BoxGlyph {
    ImFont* font;
    int rect;
};

BoxGlyph addBoxGlyph(ImFontAtlas& atlas, ImFont* font, float size) {
    const int w = std::max(4, static_cast<int>(std::round(size * 0.46f)));
    const int h = std::max(6, static_cast<int>(std::round(size * 0.56f)));
    const float ascent = std::round(size * 0.785f);  // Open Sans: ascender 2189 of 2789 units
    const float advance = std::round(w + size * 0.16f);
    const int rect = atlas.AddCustomRectFontGlyph(font, 0xFFFD, w, h, advance,
                                                  ImVec2(std::round(size * 0.08f), ascent - static_cast<float>(h)));
    return {font, rect};
}

void drawBoxGlyph(ImFontAtlas& atlas, const BoxGlyph& g, float size) {
    unsigned char* px = nullptr;
    int texW = 0, texH = 0;
    atlas.GetTexDataAsRGBA32(&px, &texW, &texH);
    const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(g.rect);
    if (!px || !r || !r->IsPacked()) return;
    const int line = std::max(1, static_cast<int>(std::round(size / 14)));
    for (int y = 0; y < r->Height; ++y)
        for (int x = 0; x < r->Width; ++x) {
            const bool edge = x < line || y < line || x >= r->Width - line || y >= r->Height - line;
            auto* p = reinterpret_cast<ImU32*>(px) + (r->Y + y) * texW + (r->X + x);
            *p = edge ? IM_COL32_WHITE : IM_COL32(255, 255, 255, 0);
        }
}

}  // namespace

SdlPlatform::~SdlPlatform() {
    dropPictograms(false);
    if (rendererBackendReady_) ImGui_ImplSDLRenderer_Shutdown();
    if (imguiReady_) ImGui::DestroyContext();
    if (textInputActive_) SDL_StopTextInput();
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
    IMG_Quit();
    SDL_Quit();
}

void SdlPlatform::start(const char* backendName) {
    imguiReady_ = false;
    SDL_RendererInfo info{};
    softwareRenderer_ = SDL_GetRendererInfo(renderer_, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    imguiReady_ = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing of the layout is worth a file on a phone
    io.LogFilename = nullptr;
    io.BackendPlatformName = backendName;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would force frames while idle
    io.MouseDragThreshold = 8.0f * scale_;
    const int keys[][2] = {{ImGuiKey_Tab, SDL_SCANCODE_TAB},
                           {ImGuiKey_LeftArrow, SDL_SCANCODE_LEFT},
                           {ImGuiKey_RightArrow, SDL_SCANCODE_RIGHT},
                           {ImGuiKey_UpArrow, SDL_SCANCODE_UP},
                           {ImGuiKey_DownArrow, SDL_SCANCODE_DOWN},
                           {ImGuiKey_PageUp, SDL_SCANCODE_PAGEUP},
                           {ImGuiKey_PageDown, SDL_SCANCODE_PAGEDOWN},
                           {ImGuiKey_Home, SDL_SCANCODE_HOME},
                           {ImGuiKey_End, SDL_SCANCODE_END},
                           {ImGuiKey_Insert, SDL_SCANCODE_INSERT},
                           {ImGuiKey_Delete, SDL_SCANCODE_DELETE},
                           {ImGuiKey_Backspace, SDL_SCANCODE_BACKSPACE},
                           {ImGuiKey_Space, SDL_SCANCODE_SPACE},
                           {ImGuiKey_Enter, SDL_SCANCODE_RETURN},
                           {ImGuiKey_Escape, SDL_SCANCODE_ESCAPE},
                           {ImGuiKey_KeyPadEnter, SDL_SCANCODE_KP_ENTER},
                           {ImGuiKey_A, SDL_SCANCODE_A},
                           {ImGuiKey_C, SDL_SCANCODE_C},
                           {ImGuiKey_V, SDL_SCANCODE_V},
                           {ImGuiKey_X, SDL_SCANCODE_X},
                           {ImGuiKey_Y, SDL_SCANCODE_Y},
                           {ImGuiKey_Z, SDL_SCANCODE_Z}};
    for (const auto& k : keys) io.KeyMap[k[0]] = k[1];
    ImGui_ImplSDLRenderer_Init(renderer_);
    rendererBackendReady_ = true;
    buildFonts();
    lastFrameCounter_ = SDL_GetPerformanceCounter();
}

void SdlPlatform::updateSize() {
    int w = 0, h = 0, ww = 0, wh = 0;
    SDL_GetRendererOutputSize(renderer_, &w, &h);
    SDL_GetWindowSize(window_, &ww, &wh);
    widthPx_ = w, heightPx_ = h;
    pointerScaleX_ = ww > 0 ? static_cast<float>(w) / ww : 1.0f;
    pointerScaleY_ = wh > 0 ? static_cast<float>(h) / wh : 1.0f;
}

void SdlPlatform::rescale(float scale) {
    if (scale <= 0 || std::fabs(scale - scale_) < 0.001f) return;
    scale_ = scale;
    if (imguiReady_) ImGui::GetIO().MouseDragThreshold = 8.0f * scale_;
    fontsDirty_ = true;
}

void SdlPlatform::setTextStep(int step) {
    step = std::clamp(step, 0, kTextSteps - 1);
    if (step == textStep_) return;
    textStep_ = step;
    fontsDirty_ = true;
}

void SdlPlatform::buildFonts() {
    dropPictograms(true);  // the region goes with the old texture
    SDL_RendererInfo info{};
    const int maxTexture = SDL_GetRendererInfo(renderer_, &info) == 0
                               ? std::min(info.max_texture_width, info.max_texture_height)
                               : 0;  // 0: no limit known (the software renderer)
    const bool region = maxTexture == 0 || maxTexture >= kAtlasWidth;
    if (!buildFontAtlas(region, maxTexture)) buildFontAtlas(false, maxTexture);
    ImGuiIO& io = ImGui::GetIO();
    if (rendererBackendReady_) {
        ImGui_ImplSDLRenderer_DestroyFontsTexture();
        ImGui_ImplSDLRenderer_CreateFontsTexture();
    }
    // The atlas keeps only the texture on the GPU side; drop the CPU copy.
    io.Fonts->ClearTexData();
    fontsDirty_ = false;
}

bool SdlPlatform::buildFontAtlas(bool pictogramRegion, int maxTexture) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float body = std::round(kBodyDp * kTextStepFactor[textStep_] * scale_);
    const float title = std::round(body * kTitleFactor);
    ImFontConfig cfg;
    cfg.OversampleH = scale_ >= 2 ? 1 : 2;  // dense screens need no sub-pixel oversampling
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    const auto regular = (assetsDir_ / "fonts" / "OpenSans-Regular.ttf").string();
    const auto bold = (assetsDir_ / "fonts" / "OpenSans-Bold.ttf").string();
    fonts_.body = io.Fonts->AddFontFromFileTTF(regular.c_str(), body, &cfg, kGlyphRanges);
    fonts_.bold = io.Fonts->AddFontFromFileTTF(bold.c_str(), body, &cfg, kGlyphRanges);
    fonts_.title = io.Fonts->AddFontFromFileTTF(bold.c_str(), title, &cfg, kGlyphRanges);
    const float small = std::round(body * kSmallFactor);
    fonts_.small = io.Fonts->AddFontFromFileTTF(regular.c_str(), small, &cfg, kGlyphRanges);
    fonts_.smallBold = io.Fonts->AddFontFromFileTTF(bold.c_str(), small, &cfg, kGlyphRanges);
    if (!fonts_.body || !fonts_.bold || !fonts_.title || !fonts_.small || !fonts_.smallBold) {
        std::fprintf(stderr, "samenspel: fonts missing in %s; using ImGui's built-in font\n",
                     (assetsDir_ / "fonts").string().c_str());
        io.Fonts->Clear();
        ImFontConfig fallback;
        fallback.SizePixels = body;
        fonts_.body = fonts_.bold = fonts_.title = fonts_.small = fonts_.smallBold =
            io.Fonts->AddFontDefault(&fallback);
    }
    fonts_.bodyPx = body;
    fonts_.titlePx = title;
    io.FontDefault = fonts_.body;
    std::vector<std::pair<BoxGlyph, float>> boxes;
    // Sizes as asked for: ImFont::FontSize is set only once the atlas is built.
    const std::pair<ImFont*, float> sized[] = {{fonts_.body, body},
                                               {fonts_.bold, body},
                                               {fonts_.title, title},
                                               {fonts_.small, small},
                                               {fonts_.smallBold, small}};
    for (const auto& [f, px] : sized) {
        const bool seen = std::any_of(boxes.begin(), boxes.end(), [f = f](const auto& b) { return b.first.font == f; });
        if (!seen) boxes.push_back({addBoxGlyph(*io.Fonts, f, px), px});
    }
    atlasRect_ = pictogramRegion ? io.Fonts->AddCustomRectRegular(kAtlasWidth - 4, kPictogramRegionHeight) : -1;
    io.Fonts->TexDesiredWidth = pictogramRegion ? kAtlasWidth : 0;
    // A power-of-two height keeps every texel's coordinate exact in a float,
    // which SDL's software renderer needs to hit the right row of a glyph.
    io.Fonts->Flags &= ~ImFontAtlasFlags_NoPowerOfTwoHeight;
    io.Fonts->Build();
    if (pictogramRegion && maxTexture > 0 && (io.Fonts->TexWidth > maxTexture || io.Fonts->TexHeight > maxTexture)) {
        atlasRect_ = -1;
        return false;
    }
    for (const auto& [box, size] : boxes) drawBoxGlyph(*io.Fonts, box, size);
    // The pictograms' room: the region, and the rows the power-of-two height
    // leaves free below the last glyph.
    atlasAreas_.clear();
    if (const ImFontAtlasCustomRect* r = atlasRect_ >= 0 ? io.Fonts->GetCustomRectByIndex(atlasRect_) : nullptr;
        r && r->IsPacked()) {
        atlasAreas_.push_back({r->X, r->Y, r->Width, r->Height});
        int used = 0;
        for (int i = 0; i < io.Fonts->CustomRects.Size; ++i)
            used = std::max(used, io.Fonts->CustomRects[i].Y + io.Fonts->CustomRects[i].Height);
        for (const ImFont* font : io.Fonts->Fonts)
            for (const ImFontGlyph& g : font->Glyphs)
                used = std::max(used, static_cast<int>(std::ceil(g.V1 * static_cast<float>(io.Fonts->TexHeight))));
        used += 2 * kPictogramGutter;
        if (used < io.Fonts->TexHeight)
            atlasAreas_.push_back({0, used, io.Fonts->TexWidth, io.Fonts->TexHeight - used});
    } else {
        atlasRect_ = -1;
    }
    atlasPacker_.reset(atlasAreas_);
    return true;
}

int SdlPlatform::pumpEvents(int timeoutMs) {
    int count = 0;
    SDL_Event e;
    bool got = timeoutMs < 0    ? SDL_WaitEvent(&e)
               : timeoutMs == 0 ? SDL_PollEvent(&e)
                                : SDL_WaitEventTimeout(&e, timeoutMs);
    while (got) {
        ++count;
        switch (e.type) {
        case SDL_QUIT: quit_ = true; break;
        case SDL_APP_WILLENTERBACKGROUND:
        case SDL_APP_TERMINATING:
        case SDL_APP_LOWMEMORY: saveRequested_ = true; break;
        case SDL_WINDOWEVENT:
            if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
                updateSize();
                onResized();
            }
            if (e.window.event == SDL_WINDOWEVENT_LEAVE) pending_.push_back(e);
            break;
        case SDL_MOUSEMOTION:
        case SDL_MOUSEBUTTONDOWN:
        case SDL_MOUSEBUTTONUP:
        case SDL_MOUSEWHEEL:
        case SDL_KEYDOWN:
        case SDL_KEYUP:
        case SDL_TEXTINPUT: pending_.push_back(e); break;
        default: onOtherEvent(e); break;
        }
        got = SDL_PollEvent(&e);
    }
    return count;
}

bool SdlPlatform::feedToImGui(const SDL_Event& e, bool& changed) {
    ImGuiIO& io = ImGui::GetIO();
    switch (e.type) {
    case SDL_WINDOWEVENT: io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX); return true;
    case SDL_MOUSEMOTION:
        if (changed) return false;
        io.MousePos = ImVec2(e.motion.x * pointerScaleX_, e.motion.y * pointerScaleY_);
        return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: {
        if (changed) return false;
        int b = e.button.button == SDL_BUTTON_LEFT     ? 0
                : e.button.button == SDL_BUTTON_RIGHT  ? 1
                : e.button.button == SDL_BUTTON_MIDDLE ? 2
                                                       : -1;
        if (b < 0) return true;
        io.MousePos = ImVec2(e.button.x * pointerScaleX_, e.button.y * pointerScaleY_);
        io.MouseDown[b] = e.type == SDL_MOUSEBUTTONDOWN;
        if (e.type == SDL_MOUSEBUTTONUP && e.button.which == SDL_TOUCH_MOUSEID) touchRelease_ = true;
        changed = true;
        return true;
    }
    case SDL_MOUSEWHEEL:
        io.MouseWheel += static_cast<float>(e.wheel.y);
        io.MouseWheelH += static_cast<float>(e.wheel.x);
        return true;
    case SDL_KEYDOWN:
    case SDL_KEYUP: {
        if (changed) return false;
        int sc = e.key.keysym.scancode;
        if (sc == SDL_SCANCODE_AC_BACK) sc = SDL_SCANCODE_ESCAPE;  // Android back = one screen back
        if (sc >= 0 && sc < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[sc] = e.type == SDL_KEYDOWN;
        const Uint16 mod = e.key.keysym.mod;
        io.KeyShift = (mod & KMOD_SHIFT) != 0;
        io.KeyCtrl = (mod & KMOD_CTRL) != 0;
        io.KeyAlt = (mod & KMOD_ALT) != 0;
        io.KeySuper = (mod & KMOD_GUI) != 0;
        changed = true;
        return true;
    }
    case SDL_TEXTINPUT:
        typedText_ += e.text.text;
        io.AddInputCharactersUTF8(e.text.text);
        return true;
    default: return true;
    }
}

void SdlPlatform::beginFrame() {
    if (fontsDirty_) buildFonts();
    // Between frames no draw list holds a pictogram, so this is when the
    // cache can let go: the region when something did not fit (the frames
    // that follow refill it with what they show), the textures of their own
    // past a bound.
    ++framesSinceAtlasEmptied_;
    if (atlasOverflowed_ && framesSinceAtlasEmptied_ >= kFramesBetweenAtlasEmptying) dropPictograms(true);
    if (ownTextures_ > kMaxOwnTextures) dropPictograms(false);
    ImGuiIO& io = ImGui::GetIO();
    if (touchRelease_) {  // the finger lifted last frame: nothing stays hovered
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        touchRelease_ = false;
    }
    bool changed = false;
    typedText_.clear();
    while (!pending_.empty() && feedToImGui(pending_.front(), changed)) pending_.pop_front();

    io.DisplaySize = ImVec2(static_cast<float>(widthPx_), static_cast<float>(heightPx_));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    const Uint64 now = SDL_GetPerformanceCounter();
    const double dt = static_cast<double>(now - lastFrameCounter_) / static_cast<double>(SDL_GetPerformanceFrequency());
    lastFrameCounter_ = now;
    // ImGui 1.86 asserts on a zero step; a long idle wait is not a long frame.
    io.DeltaTime = static_cast<float>(std::clamp(dt, 1.0 / 1000.0, 0.25));

    ImGui_ImplSDLRenderer_NewFrame();
    targets_.beginFrame();
    ImGui::NewFrame();
}

bool SdlPlatform::endFrame(const std::string& screenshotPath, std::string* error) {
    ImGui::Render();
    targets_.endFrame();
    lastDrawCommands_ = 0;
    if (const ImDrawData* d = ImGui::GetDrawData())
        for (int i = 0; i < d->CmdListsCount; ++i) lastDrawCommands_ += d->CmdLists[i]->CmdBuffer.Size;
    drawFrame(ImGui::GetDrawData());
    bool ok = true;
    if (!screenshotPath.empty()) {
        SDL_Surface* shot = SDL_CreateRGBSurfaceWithFormat(0, widthPx_, heightPx_, 32, SDL_PIXELFORMAT_ARGB8888);
        if (!shot ||
            SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_ARGB8888, shot->pixels, shot->pitch) != 0 ||
            IMG_SavePNG(shot, screenshotPath.c_str()) != 0) {
            ok = false;
            if (error) *error = "cannot write " + screenshotPath + ": " + SDL_GetError();
        }
        if (shot) SDL_FreeSurface(shot);
    }
    SDL_RenderPresent(renderer_);
    return ok;
}

void SdlPlatform::drawFrame(ImDrawData* data) {
    SDL_SetRenderDrawColor(renderer_, backdrop_ & 0xff, (backdrop_ >> 8) & 0xff, (backdrop_ >> 16) & 0xff, 255);
    SDL_RenderClear(renderer_);
    if (softwareRenderer_) renderDrawDataSoftware(renderer_, data);
    else ImGui_ImplSDLRenderer_RenderDrawData(data);
}

namespace {

int pictogramPx(int px) { return std::clamp((px + 3) / 4 * 4, 8, 1024); }  // a few sizes only: the cache stays small
std::string pictogramKey(const std::string& name, int px) { return name + "@" + std::to_string(px); }

}  // namespace

void SdlPlatform::pictogramSoon(const std::string& name, int px) {
    if (name.empty() || px <= 0) return;
    px = pictogramPx(px);
    if (pictograms_.count(pictogramKey(name, px))) return;
    for (const auto& [n, p] : soon_)
        if (n == name && p == px) return;
    // A screen asks again every frame; a few dozen cover a whole hand. Past
    // that the oldest wish goes (it is drawn, and made, when needed).
    if (soon_.size() >= 64) soon_.pop_front();
    soon_.emplace_back(name, px);
}

bool SdlPlatform::makeSoonPictogram() {
    while (!soon_.empty()) {
        const auto [name, px] = soon_.front();
        soon_.pop_front();
        if (pictograms_.count(pictogramKey(name, px))) continue;
        pictogram(name, px);
        return true;
    }
    return false;
}

Picture SdlPlatform::pictogram(const std::string& name, int px) {
    if (name.empty() || px <= 0) return {};
    px = pictogramPx(px);
    std::string key = pictogramKey(name, px);
    if (auto it = pictograms_.find(key); it != pictograms_.end()) return it->second.picture;
    CachedPictogram made;
    const double t0 = nowMs();
    if (name.find('/') == std::string::npos && name.find('\\') == std::string::npos &&
        name.find("..") == std::string::npos) {
        const auto path = (assetsDir_ / "pictograms" / (name + ".svg")).string();
        if (SDL_RWops* rw = SDL_RWFromFile(path.c_str(), "rb")) {
            if (SDL_Surface* s = IMG_LoadSizedSVG_RW(rw, px, px)) {
                if (!placeInAtlas(s, px, made.picture)) {
                    made.own = SDL_CreateTextureFromSurface(renderer_, s);
                    if (made.own) {
                        SDL_SetTextureBlendMode(made.own, SDL_BLENDMODE_BLEND);
                        made.picture = Picture{made.own};
                        ++ownTextures_;
                    }
                }
                SDL_FreeSurface(s);
            }
            SDL_RWclose(rw);
        }
    }
    pictograms_[key] = made;
    ++pictogramCost_.made;
    pictogramCost_.ms += nowMs() - t0;
    return made.picture;
}

bool SdlPlatform::placeInAtlas(SDL_Surface* svg, int px, Picture& out) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    auto* texture = static_cast<SDL_Texture*>(atlas.TexID);
    if (atlasAreas_.empty() || !texture) return false;
    const int side = px + 2 * kPictogramGutter;
    const auto spot = atlasPacker_.place(side, side);
    if (!spot) {
        atlasOverflowed_ = true;
        return false;
    }
    // The picture with its transparent gutter, in the atlas's pixel format.
    SDL_Surface* padded = SDL_CreateRGBSurfaceWithFormat(0, side, side, 32, SDL_PIXELFORMAT_RGBA32);
    if (!padded) return false;
    SDL_FillRect(padded, nullptr, 0);
    SDL_Rect inner{kPictogramGutter, kPictogramGutter, px, px};
    SDL_SetSurfaceBlendMode(svg, SDL_BLENDMODE_NONE);
    const SDL_Rect at{spot->x, spot->y, side, side};
    const bool ok = SDL_BlitSurface(svg, nullptr, padded, &inner) == 0 &&
                    SDL_UpdateTexture(texture, &at, padded->pixels, padded->pitch) == 0;
    SDL_FreeSurface(padded);
    if (!ok) return false;
    const float u = 1.0f / static_cast<float>(atlas.TexWidth), v = 1.0f / static_cast<float>(atlas.TexHeight);
    const float x0 = static_cast<float>(at.x + kPictogramGutter), y0 = static_cast<float>(at.y + kPictogramGutter);
    out = Picture{texture, ImVec2(x0 * u, y0 * v),
                  ImVec2((x0 + static_cast<float>(px)) * u, (y0 + static_cast<float>(px)) * v)};
    return true;
}

void SdlPlatform::dropPictograms(bool atlasOnly) {
    for (auto it = pictograms_.begin(); it != pictograms_.end();) {
        const bool own = it->second.own != nullptr;
        if (atlasOnly && own) {
            ++it;
            continue;
        }
        if (own) {
            SDL_DestroyTexture(it->second.own);
            --ownTextures_;
        }
        it = pictograms_.erase(it);
    }
    atlasPacker_.reset(atlasAreas_);
    atlasOverflowed_ = false;
    framesSinceAtlasEmptied_ = 0;
}

void SdlPlatform::setTextInput(bool active) {
    if (active == textInputActive_) return;
    textInputActive_ = active;
    onTextInput(active);
}

void SdlPlatform::onTextInput(bool active) {
    if (active) SDL_StartTextInput();
    else SDL_StopTextInput();
}

float SdlPlatform::keyboardHeight() const {
    if (!textInputActive_) return 0;
    // SDL2 does not report the height of a phone's keyboard; plan for the
    // usual portrait share.
    if (SDL_HasScreenKeyboardSupport() != SDL_TRUE) return 0;
    return phoneKeyboardHeight(widthPx_, heightPx_);
}

double SdlPlatform::nowMs() const {
    return static_cast<double>(SDL_GetPerformanceCounter()) * 1000.0 /
           static_cast<double>(SDL_GetPerformanceFrequency());
}

long long SdlPlatform::unixMs() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace samenspel::platform
