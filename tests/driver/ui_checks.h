// The headless test driver's checks on what the screen shows (beside the
// record checks in AppController::check):
//   check touch-size DP    every tappable thing of the last frame is at least DP x DP
//   check spoken TEXT...   a speaker button asked to read a text starting with TEXT
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/services.h"

namespace samenspel::driver {

// nullopt: not one of these checks. "": it passes. Else why it fails.
std::optional<std::string> screenCheck(platform::Services& sys, const std::vector<std::string>& words);

}  // namespace samenspel::driver
