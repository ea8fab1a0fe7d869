// What the app adds to whichever screen is showing, without the screen
// knowing: an action at the right of the header (e.g. "Stoppen" in a game)
// and a banner under the header that stays until the app clears it (e.g.
// "saving failed"). The app sets them in Ui::extras before the screen
// draws; beginScreen and beginBody draw them and note a tap, which the app
// reads after the frame.
#pragma once
#include <optional>
#include <string>

#include <imgui.h>

namespace samenspel::ui {

class Ui;

struct HeaderAction {
    std::string label, id, pictogram;
    bool tapped = false;
};

struct Banner {
    std::string title, text;       // title in bold, then the text
    std::string button, buttonId;  // one button, e.g. "Probeer opnieuw"
    std::string pictogram = "warning";
    bool tapped = false;
};

struct ScreenExtras {
    std::optional<HeaderAction> action;
    std::optional<Banner> banner;
    // A game is on the screen: when its record was started (Unix ms, the
    // record's own start, so a resumed game goes on counting). The header
    // shows the time since, small, from the first whole minute. -1: none.
    long long gameStartedUnixMs = -1;
};

// The room the header action takes in the header row (0 when there is
// none): with its label, or `iconOnly` with its pictogram alone.
float headerActionWidth(Ui& ui, bool iconOnly);
// Draws the header action with its right edge at `right`, vertically centred
// in the 64 dp header row, and returns headerActionWidth. `iconOnly` (when
// the screen's title needs the room, e.g. at the largest text size): a
// 48 dp square with only the pictogram; the label still names it for the
// test driver and for anything that reads the screen out.
float drawHeaderAction(Ui& ui, float right, bool iconOnly = false);

// Draws the banner at the top of the body (window position `top`, in the
// content column) and returns its height (0 when there is none); the body
// starts below it.
float drawBanner(Ui& ui, float top);

}  // namespace samenspel::ui
