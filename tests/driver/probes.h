// The driver's `check` lines, answered from outside the app: through the
// app's read-only accessors (the table, the deck catalog), the data folder
// and the platform's hit targets and read-aloud log.
//   check touch-size DP | check spoken TEXT         (ui_checks.h)
//   check screen remember | check screen same      the screen shown now is the one remembered
//                                                    (the memory outlives `relaunch`)
//   check screen is PREFIX                           the shown screen's id starts with PREFIX
//   check scroll remember | check scroll same      the screen's list is scrolled as far as remembered
//                                                    (within 2 dp; the memory outlives `relaunch`)
//   check saved yes|no                               the game on the table is saved
//   check view-draft KEY TEXT                        the draft restored at the last resume
//   check record DECK STATUS [key=value ...]         the newest such record replays with these counts
//   check exports N                                  N bundles in the data folder's exports/
//   check export sealed|plain [records=N]            the newest bundle
#pragma once
#include <string>
#include <vector>

#include "platform/services.h"
#include "ui/shell/app_controller.h"

namespace samenspel::driver {

// "" when the check passes, else why it fails.
std::string check(platform::Services& sys, const ui::AppController& app, const std::vector<std::string>& words);

}  // namespace samenspel::driver
