// One seat in a set-up: a pictogram avatar (tap to choose another) and an
// optional nickname. Nobody needs to give a real name.
#pragma once
#include <string>

#include "engine/action.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

constexpr int kAvatarCount = 10;

// Seat number `index` of a set-up. `editing` is the seat whose avatar
// choice is open (-1: none): one at a time, so opening this one closes
// another. Returns true when something changed.
bool seatEditor(Ui& ui, const std::string& id, const std::string& hint, Seat& seat, int index, int& editing);

}  // namespace samenspel::ui
