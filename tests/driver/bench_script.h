// The walk --bench takes through the real app: settle on Home, stay idle
// for two seconds (frames counted), then open a Tegenwicht hand and swipe
// through the cards while frame times are measured.
#pragma once

namespace samenspel::driver {

inline const char* benchScript() {
    return "bench-idle 2000\n"
           "tap home.deck.tegenwicht\n"
           "tap setup.start\n"
           "tap how-to.skip\n"  // the round's how-to opens once at the start
           "tap round.ready\n"
           "tap pass.open\n"
           "bench-anim-begin\n"
           "swipe left\nswipe left\nswipe left\nswipe left\n"
           "swipe right\nswipe right\nswipe right\nswipe right\n"
           "swipe left\nswipe left\nswipe left\nswipe left\n"
           "swipe right\nswipe right\nswipe right\nswipe right\n"
           "tap hand.pick\n"
           "tap pass.open\n"
           "swipe left\nswipe left\nswipe right\nswipe right\n"
           "bench-anim-end\n";
}

}  // namespace samenspel::driver
