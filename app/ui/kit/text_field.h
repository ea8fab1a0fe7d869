// A one-line text field for optional short notes. Tapping it opens the
// on-screen keyboard (the app calls SDL_StartTextInput only while a field
// has focus) and the field scrolls so it stays above the keyboard. Return
// or tapping elsewhere commits; Escape only closes the keyboard.
#pragma once
#include <string>

#include "ui/kit/ui.h"

namespace samenspel::ui {

// Returns true once when an edit is committed (the field loses focus after
// a change, or Return is pressed). `value` changes while typing.
bool textField(Ui& ui, const std::string& label, const std::string& id, std::string& value, std::size_t maxChars,
               const std::string& hint = {});

// For fields built on another ImGui input (the export's passphrase field),
// the parts every text field shares:
// - the look: the label in bold above (none when empty), the field 52 dp
//   high, outlined and the column wide; one ImGui input goes between
//   beginFieldLook and endFieldLook;
void beginFieldLook(Ui& ui, const std::string& label);
void endFieldLook();
// - called right after that input: while it has focus the app opens the
//   keyboard, the field is outlined and kept in view above the keyboard.
//   Returns true while it has focus.
bool followFieldFocus(Ui& ui);

}  // namespace samenspel::ui
