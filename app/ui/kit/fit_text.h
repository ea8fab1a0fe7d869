// Text drawn straight onto the draw list (tabs, agreement tiles) wraps
// without breaking a word: the first font whose longest word fits the
// width, else the last one made smaller until it does (large text on a
// small phone).
#pragma once
#include <initializer_list>
#include <string>

#include "ui/kit/widgets.h"

namespace samenspel::ui {

struct FittedFont {
    ImFont* font = nullptr;
    float size = 0;
};

inline FittedFont fitWords(std::initializer_list<ImFont*> fonts, const std::string& text, float width) {
    ImFont* last = nullptr;
    for (ImFont* f : fonts) {
        last = f;
        if (wordsFit(f, text, width)) return {f, f->FontSize};
    }
    float size = last->FontSize;
    // wordsFit measures at the font's own size: widen the width by the shrink instead.
    for (int i = 0; i < 8 && !wordsFit(last, text, width * last->FontSize / size); ++i) size *= 0.9f;
    return {last, size};
}

}  // namespace samenspel::ui
