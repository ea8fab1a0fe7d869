// Draws ImGui's triangles straight to the page's WebGL context, as ImGui
// hands them over: indexed, one upload of vertices and one of indices a
// frame, the vertex layout set once. SDL's own GLES2 renderer (via
// imgui_impl_sdlrenderer) first copies every index into a vertex of its own
// (a hand frame: 17,000 vertices, 340 KB) and sets the layout again for each
// draw; in the phone profile that was half of a frame's work.
//
// Textures stay SDL_Textures (the font atlas with the pictograms, and a
// pictogram of its own): SDL_GL_BindTexture binds one, and SDL_QueryTexture
// says how SDL stored its bytes. SDL_Renderer keeps its own copy of the GL
// state it last set, so drawing hands over in turns: takeOver() notes that
// state before the first frame drawn here, handBack() puts it back before
// SDL_Renderer draws again.
#pragma once
#include <SDL.h>
#include <imgui.h>

#include <string>
#include <vector>

namespace samenspel::platform {

class WebGlDraw {
public:
    WebGlDraw() = default;
    WebGlDraw(const WebGlDraw&) = delete;
    WebGlDraw& operator=(const WebGlDraw&) = delete;

    // Compiles the shaders in the current GL context. False (with the
    // reason) when it cannot; the caller then draws through SDL_Renderer.
    bool init(std::string& error);
    bool ready() const { return program_ != 0; }
    // Clears to `backdrop` and draws `data` on a framebuffer of w x h pixels.
    // Takes the GL state over first if SDL_Renderer had it.
    void draw(const ImDrawData* data, ImU32 backdrop, int w, int h);
    // SDL_Renderer draws next: the GL state as it left it.
    void handBack();

private:
    void takeOver();

    // The GL state SDL_Renderer counts on, while this draws.
    struct SdlState {
        int program = 0, arrayBuffer = 0, elementBuffer = 0, activeTexture = 0;
        int attribEnabled[3] = {};
        bool blend = false, scissor = false;
        int blendSrcRgb = 0, blendDstRgb = 0, blendSrcAlpha = 0, blendDstAlpha = 0, blendEqRgb = 0, blendEqAlpha = 0;
        int viewport[4] = {}, scissorBox[4] = {};
        float clear[4] = {};
    };
    bool owner_ = false;  // the GL state is this one's (takeOver ran, handBack did not)
    SdlState sdl_;
    // What this last sent, so a frame sends only what changed.
    struct Sent {
        int w = -1, h = -1;
        ImU32 backdrop = 0;  // (a backdrop is opaque: 0 is never one)
        ImVec4 view = ImVec4(0, 0, 0, 0);
        ImVec2 mode = ImVec2(-1, -1);
    };
    Sent sent_;

    unsigned program_ = 0;
    int scaleAt_ = -1, offsetAt_ = -1, modeAt_ = -1;
    // A few buffer pairs in turn, so a frame's upload never waits for the
    // GPU to finish reading the one before.
    static constexpr int kBuffers = 3;
    unsigned vbo_[kBuffers] = {}, ibo_[kBuffers] = {};
    size_t vboSize_[kBuffers] = {}, iboSize_[kBuffers] = {};
    int next_ = 0;
    std::vector<ImDrawVert> vertices_;  // every list's vertices, one after another
    std::vector<ImDrawIdx> indices_;    // their indices, moved past the lists before
};

}  // namespace samenspel::platform
