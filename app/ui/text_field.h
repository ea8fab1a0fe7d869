// A one-line text field for optional short notes. Tapping it opens the
// on-screen keyboard (the app calls SDL_StartTextInput only while a field
// has focus) and the field scrolls so it stays above the keyboard. Return
// or tapping elsewhere commits; Escape only closes the keyboard.
#pragma once
#include <string>

#include "ui/ui.h"

namespace samenspel::ui {

// Returns true once when an edit is committed (the field loses focus after
// a change, or Return is pressed). `value` changes while typing.
bool textField(Ui& ui, const std::string& label, const std::string& id, std::string& value, std::size_t maxChars,
               const std::string& hint = {});

}  // namespace samenspel::ui
