// One seat in a set-up: a pictogram avatar (tap to choose another) and an
// optional nickname. Nobody needs to give a real name.
#pragma once
#include <string>

#include "ui/ui.h"

namespace samenspel::ui {

constexpr int kAvatarCount = 10;

// Returns true when something changed. `open` shows the avatar choice.
bool seatEditor(Ui& ui, const std::string& id, const std::string& hint, std::string& avatar, std::string& nickname,
                bool& open);

}  // namespace samenspel::ui
