// The two ways out of a running talk told apart in words: the back arrow
// pauses (the talk is saved and waits on Home), "Stoppen" ends it for good.
// Shown only while the app puts "Stoppen" in the header.
#pragma once
#include "ui/kit/ui.h"

namespace samenspel::ui {

void pauseOrStopHint(Ui& ui);

}  // namespace samenspel::ui
