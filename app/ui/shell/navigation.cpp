#include "ui/shell/navigation.h"

#include <algorithm>

namespace samenspel::ui {

bool needsGame(Route r) { return r == Route::Game || r == Route::StopConfirm; }

void Navigation::go(Route r) {
    if (r == Route::Home) return home();
    if (stack_.back() == r) return;  // a double tap opens a screen once
    stack_.push_back(r);
}

void Navigation::back() {
    if (stack_.size() > 1) stack_.pop_back();
}

Route Navigation::settle(bool gameOnTable) {
    if (!gameOnTable) stack_.erase(std::remove_if(stack_.begin() + 1, stack_.end(), needsGame), stack_.end());
    return stack_.back();
}

}  // namespace samenspel::ui
