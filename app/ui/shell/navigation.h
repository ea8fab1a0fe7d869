// Where the person is: the stack of screens (routes), Home at the bottom.
// Pure data, no ImGui: back from Home stays on Home, going Home resets the
// stack, and a game route with no game on the table falls back to Home.
#pragma once
#include <vector>

#include "ui/kit/choice.h"

namespace samenspel::ui {

class Navigation {
public:
    Route current() const { return stack_.back(); }
    const std::vector<Route>& stack() const { return stack_; }
    bool atHome() const { return stack_.size() == 1; }

    // Opens `r` over the current screen; Home resets the stack.
    void go(Route r);
    // One screen back; Home stays Home.
    void back();
    void home() { stack_ = {Route::Home}; }
    // The game on the table, straight over Home.
    void openGame() { stack_ = {Route::Home, Route::Game}; }
    // A finished game's summary, straight over Home.
    void openSummary() { stack_ = {Route::Home, Route::SessionSummary}; }
    // Drops the screens that need a game when there is none; returns the
    // screen to draw.
    Route settle(bool gameOnTable);

private:
    std::vector<Route> stack_{Route::Home};
};

// True for the routes that show the game on the table.
bool needsGame(Route r);

}  // namespace samenspel::ui
