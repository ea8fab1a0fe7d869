// Touch-sized widgets: every tappable thing is at least 48 dp, draws its own
// rounded shape, and registers where it was drawn (by label and id) so the
// test driver can tap it by name. Also the screen frame: a header with a
// back button, a body that scrolls by finger, and a footer for the main
// buttons.
#pragma once
#include <string>
#include <vector>

#include "ui/kit/drag_scroll.h"
#include "ui/kit/how_to.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

enum class Look { Primary, Secondary, Quiet, Danger };

struct ButtonStyle {
    Look look = Look::Primary;
    float width = 0;  // px; 0 = the whole column
    bool enabled = true;
    bool selected = false;  // a toggle that is on (drawn with a check mark)
    std::string pictogram;  // drawn left of the label
    ImU32 accent = 0;       // replaces the primary colour when set
    bool large = false;     // the label in the title font (for "+" and "-")
};

// What a finger did on a touch area this frame.
struct Touch {
    bool tapped = false;  // lifted on it (never while disabled)
    bool held = false;    // pressing it now
};
// An invisible touch area of `size` at the cursor, registered for the test
// driver by `label` and `id`; the widget then draws itself over it. Every
// tappable widget here starts with one.
Touch touchArea(Ui& ui, const std::string& label, const std::string& id, ImVec2 size, bool enabled = true);

// A rounded button of at least 52 dp; returns true when tapped.
bool button(Ui& ui, const std::string& label, const std::string& id, const ButtonStyle& style = {});

// A square-ish tile: a pictogram above a short label. For avatars, faces,
// choices. `accent` colours the border when selected.
bool pictogramTile(Ui& ui, const std::string& pictogram, const std::string& label, const std::string& id, ImVec2 size,
                   bool selected, ImU32 accent = 0, bool enabled = true);

// A round pictogram-only button (48 dp); `label` is what the driver and a
// screen reader would call it.
bool iconButton(Ui& ui, const std::string& pictogram, const std::string& label, const std::string& id,
                float sizeDp = 48, bool mirror = false, bool enabled = true);

// A row of mutually exclusive choices. Returns true when the choice changed.
bool segmented(Ui& ui, const std::string& id, const std::vector<std::string>& labels, int& selected,
               const std::vector<std::string>& ids = {});

// [-] value [+] with 48 dp buttons.
bool stepper(Ui& ui, const std::string& label, const std::string& id, int& value, int min, int max,
             const std::string& unit = {});

// True when every word of `text` fits on a line of `width` in `font`, so
// the text wraps without breaking a word.
bool wordsFit(ImFont* font, const std::string& text, float width);

// Text that wraps in the column.
void paragraph(Ui& ui, const std::string& text, ImU32 colour = 0, ImFont* font = nullptr);
void heading(Ui& ui, const std::string& text);
void gap(Ui& ui, float dp);
void pictogramImage(Ui& ui, const std::string& name, float sizeDp);
// A coloured pill: pictogram + short text (e.g. who picked a card).
void badge(Ui& ui, const std::string& pictogram, const std::string& text, ImU32 colour, const std::string& id = {});
// `mirror` flips it left-right (a left arrow becomes a right arrow).
void drawPictogram(Ui& ui, ImDrawList* dl, const std::string& name, ImVec2 centre, float sizePx, float alpha = 1,
                   bool mirror = false);
// The same pictogram made once at `sizePx` and drawn `scale` times as large:
// for one that grows in an animation (one picture, not a new one a frame).
void drawPictogramScaled(Ui& ui, ImDrawList* dl, const std::string& name, ImVec2 centre, float sizePx, float scale,
                         float alpha = 1);

// The screen frame. beginScreen returns true when the back button was tapped.
// A title too long for the header row (large text on a small phone) makes
// the header's action (e.g. "Stoppen") show only its pictogram, or else
// goes on its own line under the buttons.
struct ScreenHeader {
    std::string id;  // stable, never the Dutch title: "shell.home", "samenleer.step2.1"
    std::string title, subtitle;
    bool canGoBack = false;
    // A "zo werkt het" (kit/how_to.h) for this screen: a "?" button in the
    // header opens it. Empty: no button.
    HowTo howTo;
};
bool beginScreen(Ui& ui, const ScreenHeader& header);
// The older form: the screen is known by its title and subtitle until it
// passes a ScreenHeader with an id.
bool beginScreen(Ui& ui, const std::string& title, bool canGoBack, const std::string& subtitle = {});
// `footerRows`: how many rows of 52 dp buttons the footer holds (0 = none).
// Each DragScroll is its own list; when `contentKey` changes (a new round,
// another seat) the list starts at the top again.
// `pinnedTopH` keeps a strip of that height (px) between header and body
// that does not scroll (a drop zone that must stay in reach); the strip's
// top y (screen px) is returned.
float beginBody(Ui& ui, DragScroll& scroll, int footerRows, long long contentKey = 0, float pinnedTopH = 0);
void endBody(Ui& ui, DragScroll& scroll);
void beginFooter(Ui& ui);
void endFooter(Ui& ui);
void endScreen(Ui& ui);

// Two or three buttons side by side in the column: the width for each.
float splitWidth(Ui& ui, int parts);

}  // namespace samenspel::ui
