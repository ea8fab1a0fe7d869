// Draws ImGui's triangles on SDL's software renderer (headless runs and
// devices without a GPU). ImGui textures even its solid shapes (they sample
// the font atlas's white pixel), which sends every pixel through SDL's
// slowest path: texture lookup, colour modulation and blending. This splits
// each draw command into runs of text (textured), see-through solid
// (blended fill) and opaque solid triangles (plain fill), in order.
#pragma once
#include <SDL.h>
#include <imgui.h>

namespace samenspel::platform {

void renderDrawDataSoftware(SDL_Renderer* renderer, ImDrawData* drawData);

}  // namespace samenspel::platform
