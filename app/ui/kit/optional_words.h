// Optional own words (a note, an own topic, an action's details). Typing is
// always possible and never needed: in Beeldmodus the field waits behind a
// keyboard button, so the screen stays pictures and taps.
#pragma once
#include <string>

#include "ui/kit/ui.h"

namespace samenspel::ui {

// A text field (see text_field.h); in Beeldmodus first a "type" button that
// opens it (it stays open while it holds words). Returns true once when an
// edit is committed.
bool optionalWords(Ui& ui, const std::string& label, const std::string& id, std::string& value, std::size_t maxChars,
                   const std::string& hint);

}  // namespace samenspel::ui
