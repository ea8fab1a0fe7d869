// Read-aloud on screen: the speaker button (tap: hear it; tap again: stop)
// and the instruction line that carries one. In Beeldmodus an instruction is
// a pictogram and one short sentence, large; otherwise its full text. When
// the device has no voice the speaker buttons are not drawn at all.
#pragma once
#include <string>

#include "ui/kit/ui.h"

namespace samenspel::ui {

// True when speaker buttons are shown (the device has a voice).
bool canReadAloud(Ui& ui);
// A speaker button's touch size in dp: bigger in Beeldmodus.
float speakerDp(const Ui& ui);

// A speaker button in the layout. Returns true when tapped.
bool speakerButton(Ui& ui, const std::string& text, const std::string& id);

// A speaker button over another item (a card) at `a`..`b`, taking no layout
// space. Call it *before* the item under it, so the speaker wins the tap,
// and draw it with drawSpeaker() after the item.
bool speakerOverlay(Ui& ui, const std::string& text, const std::string& id, ImVec2 a, ImVec2 b);
// The round speaker (or stop, while `text` is heard) centred in `a`..`b`.
void drawSpeaker(Ui& ui, ImDrawList* dl, ImVec2 a, ImVec2 b, const std::string& text, float alpha = 1);

// An instruction with its speaker, which reads `spoken` (default: `fullText`).
// Beeldmodus shows `pictogram` and `shortText`; otherwise `fullText` in `colour`.
void instruction(Ui& ui, const std::string& id, const std::string& pictogram, const std::string& shortText,
                 const std::string& fullText, ImU32 colour = 0, const std::string& spoken = {});

}  // namespace samenspel::ui
