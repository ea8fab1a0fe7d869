#include "platform/web/webgl_draw.h"

#include <GLES2/gl2.h>

#include <cstddef>
#include <cstring>

namespace samenspel::platform {

namespace {

// The locations SDL's GLES2 renderer gives the same attributes.
enum Attribute : GLuint { kPosition = 0, kColour = 1, kUv = 2 };
static_assert(sizeof(ImDrawIdx) == 2, "WebGL 1 draws 16-bit indices (ImGui's default)");

const char* kVertexShader = R"(
attribute vec2 a_position;
attribute vec2 a_uv;
attribute vec4 a_colour;
uniform vec2 u_scale;
uniform vec2 u_offset;
varying vec2 v_uv;
varying vec4 v_colour;
void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = vec4(a_position * u_scale + u_offset, 0.0, 1.0);
}
)";

// Texture coordinates in high precision where the GPU has it: the atlas is
// 2048 px wide, more than a 16-bit float tells apart.
const char* kFragmentShader = R"(
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float;
#else
precision mediump float;
#endif
uniform sampler2D u_texture;
uniform vec2 u_mode;  // x: red and blue swapped; y: no alpha in the texture
varying vec2 v_uv;
varying vec4 v_colour;
void main() {
    vec4 t = texture2D(u_texture, v_uv);
    t.rgb = mix(t.rgb, t.bgr, u_mode.x);
    t.a = mix(t.a, 1.0, u_mode.y);
    gl_FragColor = v_colour * t;
}
)";

// What the shader compiler or the linker said about `object`.
template <typename GetLog>
std::string infoLog(GetLog getLog, GLuint object) {
    char log[512] = {};
    getLog(object, sizeof log, nullptr, log);
    return log;
}

GLuint compile(GLenum kind, const char* source, std::string& error) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        error = "shader: " + infoLog(glGetShaderInfoLog, shader);
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

// How SDL's GLES2 renderer keeps a texture's bytes (SDL_render_gles2.c picks
// a shader by the same formats): ABGR8888 is GL's RGBA as it is; ARGB8888
// has red and blue swapped; the two 888 formats also carry no alpha.
ImVec2 textureMode(SDL_Texture* texture) {
    Uint32 format = 0;
    if (SDL_QueryTexture(texture, &format, nullptr, nullptr, nullptr) != 0) return ImVec2(0, 0);
    switch (format) {
    case SDL_PIXELFORMAT_ARGB8888: return ImVec2(1, 0);
    case SDL_PIXELFORMAT_RGB888: return ImVec2(1, 1);
    case SDL_PIXELFORMAT_BGR888: return ImVec2(0, 1);
    default: return ImVec2(0, 0);  // ABGR8888: the font atlas and what SdlPlatform makes
    }
}

// Uploads `bytes` into `buffer`, growing it (with room to spare) when it is
// too small.
void upload(GLenum target, GLuint buffer, size_t& size, const void* data, size_t bytes) {
    glBindBuffer(target, buffer);
    if (bytes > size) {
        size = bytes + bytes / 2;
        glBufferData(target, static_cast<GLsizeiptr>(size), nullptr, GL_STREAM_DRAW);
    }
    glBufferSubData(target, 0, static_cast<GLsizeiptr>(bytes), data);
}

}  // namespace

bool WebGlDraw::init(std::string& error) {
    const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader, error);
    const GLuint fs = vs ? compile(GL_FRAGMENT_SHADER, kFragmentShader, error) : 0;
    if (!fs) {
        if (vs) glDeleteShader(vs);
        return false;
    }
    const GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glBindAttribLocation(program, kPosition, "a_position");
    glBindAttribLocation(program, kUv, "a_uv");
    glBindAttribLocation(program, kColour, "a_colour");
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        error = "shader program: " + infoLog(glGetProgramInfoLog, program);
        glDeleteProgram(program);
        return false;
    }
    program_ = program;
    scaleAt_ = glGetUniformLocation(program, "u_scale");
    offsetAt_ = glGetUniformLocation(program, "u_offset");
    modeAt_ = glGetUniformLocation(program, "u_mode");
    GLint was = 0;  // SDL_Renderer's, which it counts on
    glGetIntegerv(GL_CURRENT_PROGRAM, &was);
    glUseProgram(program);
    glUniform1i(glGetUniformLocation(program, "u_texture"), 0);
    glUseProgram(static_cast<GLuint>(was));
    glGenBuffers(kBuffers, vbo_);
    glGenBuffers(kBuffers, ibo_);
    return true;
}

void WebGlDraw::takeOver() {
    SdlState& s = sdl_;
    glGetIntegerv(GL_CURRENT_PROGRAM, &s.program);
    glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &s.arrayBuffer);
    glGetIntegerv(GL_ELEMENT_ARRAY_BUFFER_BINDING, &s.elementBuffer);
    glGetIntegerv(GL_ACTIVE_TEXTURE, &s.activeTexture);
    // (Textures are bound through SDL_GL_BindTexture, which tells SDL: its
    // idea of the bound texture stays true without restoring it.)
    for (GLuint a = 0; a < 3; ++a) glGetVertexAttribiv(a, GL_VERTEX_ATTRIB_ARRAY_ENABLED, &s.attribEnabled[a]);
    s.blend = glIsEnabled(GL_BLEND);
    s.scissor = glIsEnabled(GL_SCISSOR_TEST);
    glGetIntegerv(GL_BLEND_SRC_RGB, &s.blendSrcRgb);
    glGetIntegerv(GL_BLEND_DST_RGB, &s.blendDstRgb);
    glGetIntegerv(GL_BLEND_SRC_ALPHA, &s.blendSrcAlpha);
    glGetIntegerv(GL_BLEND_DST_ALPHA, &s.blendDstAlpha);
    glGetIntegerv(GL_BLEND_EQUATION_RGB, &s.blendEqRgb);
    glGetIntegerv(GL_BLEND_EQUATION_ALPHA, &s.blendEqAlpha);
    glGetIntegerv(GL_VIEWPORT, s.viewport);
    glGetIntegerv(GL_SCISSOR_BOX, s.scissorBox);
    glGetFloatv(GL_COLOR_CLEAR_VALUE, s.clear);
    owner_ = true;
}

void WebGlDraw::handBack() {
    if (!owner_) return;
    const SdlState& s = sdl_;
    glUseProgram(static_cast<GLuint>(s.program));
    glBindBuffer(GL_ARRAY_BUFFER, static_cast<GLuint>(s.arrayBuffer));
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLuint>(s.elementBuffer));
    glActiveTexture(static_cast<GLenum>(s.activeTexture));
    for (GLuint a = 0; a < 3; ++a) {
        if (s.attribEnabled[a]) glEnableVertexAttribArray(a);
        else glDisableVertexAttribArray(a);
    }
    if (s.blend) glEnable(GL_BLEND);
    else glDisable(GL_BLEND);
    if (s.scissor) glEnable(GL_SCISSOR_TEST);
    else glDisable(GL_SCISSOR_TEST);
    glBlendFuncSeparate(static_cast<GLenum>(s.blendSrcRgb), static_cast<GLenum>(s.blendDstRgb),
                        static_cast<GLenum>(s.blendSrcAlpha), static_cast<GLenum>(s.blendDstAlpha));
    glBlendEquationSeparate(static_cast<GLenum>(s.blendEqRgb), static_cast<GLenum>(s.blendEqAlpha));
    glViewport(s.viewport[0], s.viewport[1], s.viewport[2], s.viewport[3]);
    glScissor(s.scissorBox[0], s.scissorBox[1], s.scissorBox[2], s.scissorBox[3]);
    glClearColor(s.clear[0], s.clear[1], s.clear[2], s.clear[3]);
    owner_ = false;
}

void WebGlDraw::draw(const ImDrawData* data, ImU32 backdrop, int w, int h) {
    if (!owner_) {
        takeOver();
        // What stays the same from frame to frame is set once: while this
        // draws, nothing else touches it (SDL only makes and fills textures).
        glUseProgram(program_);
        glActiveTexture(GL_TEXTURE0);  // where SDL_GL_BindTexture binds
        glEnable(GL_BLEND);            // as SDL_BLENDMODE_BLEND, which imgui_impl_sdlrenderer asks for
        glBlendEquation(GL_FUNC_ADD);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
        glDisable(GL_CULL_FACE);
        glDisable(GL_DEPTH_TEST);
        glEnable(GL_SCISSOR_TEST);  // the clear too goes through the scissor box, set to the whole frame
        glEnableVertexAttribArray(kPosition);
        glEnableVertexAttribArray(kUv);
        glEnableVertexAttribArray(kColour);
        sent_ = Sent{};
    }
    if (w != sent_.w || h != sent_.h) {
        glViewport(0, 0, w, h);
        sent_.w = w, sent_.h = h;
    }
    if (backdrop != sent_.backdrop) {
        glClearColor((backdrop & 0xff) / 255.0f, ((backdrop >> 8) & 0xff) / 255.0f,
                     ((backdrop >> 16) & 0xff) / 255.0f, 1.0f);
        sent_.backdrop = backdrop;
    }
    glScissor(0, 0, w, h);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!data || data->TotalIdxCount == 0 || w <= 0 || h <= 0) return;

    // ImGui's coordinates (DisplayPos .. +DisplaySize, y down) to clip space.
    const ImVec2 pos = data->DisplayPos, size = data->DisplaySize, fb = data->FramebufferScale;
    const ImVec4 view(2.0f / size.x, -2.0f / size.y, -1.0f - pos.x * 2.0f / size.x, 1.0f + pos.y * 2.0f / size.y);
    if (view.x != sent_.view.x || view.y != sent_.view.y || view.z != sent_.view.z || view.w != sent_.view.w) {
        glUniform2f(scaleAt_, view.x, view.y);
        glUniform2f(offsetAt_, view.z, view.w);
        sent_.view = view;
    }

    // SDL binds a texture of its own when it fills one (a new pictogram):
    // the first draw of a frame binds again.
    SDL_Texture* bound = nullptr;
    // Lists go up in batches that 16-bit indices can address (one batch,
    // in practice: a busy frame has some 5,000 vertices).
    for (int first = 0; first < data->CmdListsCount;) {
        int end = first, vertexCount = 0, indexCount = 0;
        while (end < data->CmdListsCount && (end == first || vertexCount + data->CmdLists[end]->VtxBuffer.Size <= 65536)) {
            vertexCount += data->CmdLists[end]->VtxBuffer.Size;
            indexCount += data->CmdLists[end]->IdxBuffer.Size;
            ++end;
        }
        vertices_.resize(static_cast<size_t>(vertexCount));
        indices_.resize(static_cast<size_t>(indexCount));
        size_t v = 0, i = 0;
        for (int n = first; n < end; ++n) {
            const ImDrawList* list = data->CmdLists[n];
            std::memcpy(vertices_.data() + v, list->VtxBuffer.Data, list->VtxBuffer.size_in_bytes());
            for (const ImDrawIdx idx : list->IdxBuffer) indices_[i++] = static_cast<ImDrawIdx>(idx + v);
            v += static_cast<size_t>(list->VtxBuffer.Size);
        }
        const int b = next_;
        next_ = (next_ + 1) % kBuffers;
        upload(GL_ARRAY_BUFFER, vbo_[b], vboSize_[b], vertices_.data(), vertices_.size() * sizeof(ImDrawVert));
        upload(GL_ELEMENT_ARRAY_BUFFER, ibo_[b], iboSize_[b], indices_.data(), indices_.size() * sizeof(ImDrawIdx));
        const GLsizei stride = sizeof(ImDrawVert);
        glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride,
                              reinterpret_cast<const void*>(offsetof(ImDrawVert, pos)));
        glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride,
                              reinterpret_cast<const void*>(offsetof(ImDrawVert, uv)));
        glVertexAttribPointer(kColour, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                              reinterpret_cast<const void*>(offsetof(ImDrawVert, col)));

        size_t listStart = 0;  // the list's first index in indices_
        for (int n = first; n < end; ++n) {
            const ImDrawList* list = data->CmdLists[n];
            for (const ImDrawCmd& cmd : list->CmdBuffer) {
                if (cmd.UserCallback) {
                    if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                    continue;
                }
                // The clip rectangle in framebuffer pixels, y up as GL has it.
                const float x0 = (cmd.ClipRect.x - pos.x) * fb.x, y0 = (cmd.ClipRect.y - pos.y) * fb.y;
                const float x1 = (cmd.ClipRect.z - pos.x) * fb.x, y1 = (cmd.ClipRect.w - pos.y) * fb.y;
                if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
                glScissor(static_cast<GLint>(x0), static_cast<GLint>(h - y1), static_cast<GLsizei>(x1 - x0),
                          static_cast<GLsizei>(y1 - y0));
                auto* texture = static_cast<SDL_Texture*>(cmd.GetTexID());
                if (texture != bound) {
                    SDL_GL_BindTexture(texture, nullptr, nullptr);
                    bound = texture;
                    const ImVec2 m = textureMode(texture);
                    if (m.x != sent_.mode.x || m.y != sent_.mode.y) glUniform2f(modeAt_, m.x, m.y);
                    sent_.mode = m;
                }
                glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), GL_UNSIGNED_SHORT,
                               reinterpret_cast<const void*>((listStart + cmd.IdxOffset) * sizeof(ImDrawIdx)));
            }
            listStart += static_cast<size_t>(list->IdxBuffer.Size);
        }
        first = end;
    }
}

}  // namespace samenspel::platform
