// The browser's main loop: the desktop's loop (events, new frame, draw,
// render, present; draw only on change) driven by requestAnimationFrame,
// and paused outright while nothing happens, so an idle tab draws nothing
// and runs no tick. An SDL event watch (any input, a resize, a voice that
// finished) or a wake-up the app asked for resumes it. After a frame that
// changed the data folder the loop writes it to IndexedDB and takes no
// input until that is done: a move counts as saved only once it is there.
#pragma once
#include <functional>

#include "platform/web/web_platform.h"

namespace samenspel::platform {

struct WebApp {
    std::function<void()> frame;          // draws one frame of the app
    std::function<bool()> animating;      // an animation wants the next frame
    std::function<void()> saveNow;        // the page is going away or hidden
    std::function<double()> nextWakeMs;   // when (nowMs) the app wants a frame without input; < 0 never
};

// Never returns (the browser calls the loop).
[[noreturn]] void runWebLoop(WebPlatform& platform, WebApp app);

}  // namespace samenspel::platform
