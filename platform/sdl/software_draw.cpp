#include "platform/sdl/software_draw.h"

namespace samenspel::platform {

namespace {
enum Kind { Textured = 0, Blended = 1, Opaque = 2 };
}

void renderDrawDataSoftware(SDL_Renderer* renderer, ImDrawData* dd) {
    if (!dd || dd->DisplaySize.x <= 0 || dd->DisplaySize.y <= 0) return;
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    const ImVec2 off = dd->DisplayPos;
    SDL_RenderSetViewport(renderer, nullptr);
    for (int n = 0; n < dd->CmdListsCount; ++n) {
        const ImDrawList* list = dd->CmdLists[n];
        const ImDrawVert* vtx = list->VtxBuffer.Data;
        const ImDrawIdx* idx = list->IdxBuffer.Data;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = cmd.ClipRect.x - off.x, y0 = cmd.ClipRect.y - off.y;
            const float x1 = cmd.ClipRect.z - off.x, y1 = cmd.ClipRect.w - off.y;
            if (x1 <= x0 || y1 <= y0) continue;
            const SDL_Rect clip{static_cast<int>(x0), static_cast<int>(y0), static_cast<int>(x1 - x0),
                                static_cast<int>(y1 - y0)};
            SDL_RenderSetClipRect(renderer, &clip);
            const ImDrawVert* base = vtx + cmd.VtxOffset;
            const ImDrawIdx* first = idx + cmd.IdxOffset;
            const int vertexCount = list->VtxBuffer.Size - static_cast<int>(cmd.VtxOffset);
            auto* texture = static_cast<SDL_Texture*>(cmd.GetTexID());
            auto kindOf = [&](unsigned t) {
                const ImDrawVert& a = base[first[t]];
                const ImDrawVert& b = base[first[t + 1]];
                const ImDrawVert& c = base[first[t + 2]];
                const bool solid = a.uv.x == white.x && a.uv.y == white.y && b.uv.x == white.x && b.uv.y == white.y &&
                                   c.uv.x == white.x && c.uv.y == white.y;
                if (!solid || !texture) return texture ? Textured : Blended;
                const ImU32 opaque = IM_COL32_A_MASK;
                return (a.col & b.col & c.col & opaque) == opaque ? Opaque : Blended;
            };
            auto flush = [&](Kind kind, unsigned from, unsigned count) {
                if (!count) return;
                SDL_SetRenderDrawBlendMode(renderer, kind == Opaque ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
                SDL_RenderGeometryRaw(renderer, kind == Textured ? texture : nullptr, &base->pos.x, sizeof(ImDrawVert),
                                      reinterpret_cast<const SDL_Color*>(&base->col), sizeof(ImDrawVert),
                                      kind == Textured ? &base->uv.x : nullptr, sizeof(ImDrawVert), vertexCount,
                                      first + from, static_cast<int>(count), sizeof(ImDrawIdx));
            };
            unsigned runStart = 0;
            Kind runKind = cmd.ElemCount ? kindOf(0) : Textured;
            for (unsigned t = 3; t < cmd.ElemCount; t += 3) {
                const Kind k = kindOf(t);
                if (k != runKind) {
                    flush(runKind, runStart, t - runStart);
                    runStart = t, runKind = k;
                }
            }
            flush(runKind, runStart, cmd.ElemCount - runStart);
        }
    }
    SDL_RenderSetClipRect(renderer, nullptr);
}

}  // namespace samenspel::platform
