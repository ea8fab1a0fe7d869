// One boxed message for the whole app: a pictogram, a bold title and a line
// of text on a tinted fill with a border, and optionally one button. The
// export's "not protected" warning, the save banner under the header and
// Home's one-line message are all this box.
#pragma once
#include <string>

#include <imgui.h>

namespace samenspel::ui {

class Ui;

enum class BoxTone { Warning, Info };

struct WarningBox {
    std::string title, text;  // either may be empty
    std::string id;           // the box registers as a marker under this id (its label: the title, else the text)
    std::string pictogram;    // default: "warning" (Warning) or "info" (Info)
    BoxTone tone = BoxTone::Warning;
    std::string button, buttonId, buttonPictogram;  // one button, e.g. "Probeer opnieuw"
    bool speaker = false;                           // a speaker reads title and text (when the device has a voice)
};

// In the layout, the column wide. Returns true when its button was tapped.
bool warningBox(Ui& ui, const WarningBox& box);
// At `topLeft` (screen px), `width` wide, taking no layout space (the banner
// between header and body). Returns the box's height; `tapped` tells the button.
float drawWarningBox(Ui& ui, const WarningBox& box, ImVec2 topLeft, float width, bool* tapped);

}  // namespace samenspel::ui
