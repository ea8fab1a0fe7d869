// The paper buttons (issue 12), drawn the same wherever a screen offers one:
// "Afdrukken" for a deck, "Neem mee" for the take-home sheet, "Bewaar als
// afbeelding" for an end picture. Each returns the intent when tapped; the
// app (shell/app_controller_paper.cpp) writes the file where exports go.
#pragma once
#include "engine/deck.h"
#include "ui/kit/choice.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

// False in a build without paper (the web app: its wasm libraries have no
// SDL2_ttf yet): the buttons below are then not drawn. Defined by the
// controller's paper part (shell/app_controller_paper.cpp or _no_paper.cpp).
bool paperAvailable();

// A quiet secondary button at the end of a set-up screen's body.
Choice printDeckButton(Ui& ui, const Deck& deck);
// "Neem mee", and when the talk has words of its own, a toggle to take them along.
Choice takeHomeButton(Ui& ui, bool hasOwnWords, bool& withOwnWords);
Choice saveImageButton(Ui& ui, const std::string& id);

}  // namespace samenspel::ui
