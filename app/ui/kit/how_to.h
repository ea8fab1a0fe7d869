// "Zo werkt het": a screen explains itself in a few cards, each a pictogram
// and one sentence with a speaker button, turned by swipe, "Volgende" and
// "Vorige", and left at any time with "Overslaan". Pure data from the
// caller: the screen passes its steps (words from nl.json, resolved with
// ui.t) in its ScreenHeader; the header then shows a "?" button, and the
// cards open over the screen when it is tapped (or when the screen calls
// ui.openHowTo(id) itself, as Home's "Hoe werkt deze app?" does).
//
//   ScreenHeader h{"samenleer.step1", ui.t("samenleer.step1.title")};
//   h.howTo = {"samenleer.step1", {{"handshake", ui.t("samenleer.how_to.1")},
//                                  {"speaker", ui.t("samenleer.how_to.2")}}};
//   beginScreen(ui, h);   // ... endScreen(ui) draws the cards while open
#pragma once
#include <string>
#include <vector>

namespace samenspel::ui {

class Ui;

struct HowToStep {
    std::string pictogram;  // from assets/pictograms
    std::string text;       // one short sentence; also what the speaker reads
};

struct HowTo {
    std::string id;  // stable, e.g. "shell.app"; the cards' ids start with "how-to."
    std::vector<HowToStep> steps;
    bool empty() const { return steps.empty(); }
};

// Called by endScreen: draws the cards over the screen when this screen's
// how-to is open. Drawn as their own window on top, so the screen under
// them takes no taps.
void drawOpenHowTo(Ui& ui);

}  // namespace samenspel::ui
