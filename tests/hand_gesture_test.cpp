// The hand screen's finger rules (ui/tegenwicht/hand_gesture.h), without a
// screen: which drags page, which pick, and that scrolling never picks.
#include <catch2/catch.hpp>

#include "ui/tegenwicht/hand_gesture.h"

using samenspel::ui::GesturePoint;
using samenspel::ui::HandGesture;
using State = HandGesture::State;
using Outcome = HandGesture::Outcome;

namespace {
const HandGesture::Limits kLimits{6, 72, 140};
constexpr float kZoneBottom = 200;  // the zone lies above the card
constexpr float kCardTop = 300;
}  // namespace

SCENARIO("a sideways swipe pages through the hand") {
    GIVEN("a finger on the card of a page that does not scroll") {
        HandGesture g;
        g.press();
        WHEN("it moves left past the start distance") {
            g.move({-30, 4}, kLimits, false, false, false);
            THEN("the card follows sideways and the zone stays cold") {
                CHECK(g.state() == State::Paging);
                CHECK(g.cardFollows());
                CHECK_FALSE(g.zoneHot());
                CHECK(g.ownsFinger());
            }
            AND_WHEN("it lifts far enough to the left") {
                const auto out = g.release({-120, 4}, kLimits, false, kCardTop, kZoneBottom);
                THEN("the next card shows and the gesture is over") {
                    CHECK(out == Outcome::PageNext);
                    CHECK(g.state() == State::Idle);
                    CHECK_FALSE(g.pressed());
                }
            }
            AND_WHEN("it lifts short of a page") {
                THEN("the card springs back") {
                    CHECK(g.release({-40, 4}, kLimits, false, kCardTop, kZoneBottom) == Outcome::None);
                }
            }
        }
        WHEN("it swipes to the right") {
            g.move({30, 0}, kLimits, false, false, false);
            THEN("the previous card shows") {
                CHECK(g.release({100, 0}, kLimits, false, kCardTop, kZoneBottom) == Outcome::PagePrevious);
            }
        }
        WHEN("it moves less than the start distance") {
            g.move({3, -4}, kLimits, false, false, false);
            THEN("nothing starts: a tap stays a tap") {
                CHECK(g.state() == State::Idle);
                CHECK(g.cardAtRest());
                CHECK(g.release({3, -4}, kLimits, false, kCardTop, kZoneBottom) == Outcome::None);
            }
        }
    }
}

SCENARIO("an upward drag onto the zone picks the card") {
    HandGesture g;
    g.press();
    g.move({2, -20}, kLimits, false, false, false);
    REQUIRE(g.state() == State::Dragging);
    CHECK(g.zoneHot());
    CHECK_FALSE(g.cardAtRest());
    WHEN("the card's top reaches the zone") {
        THEN("it is picked") {
            CHECK(g.release({2, -110}, kLimits, true, kCardTop - 110, kZoneBottom) == Outcome::Pick);
        }
    }
    WHEN("a long flick up ends short of the zone") {
        THEN("it is picked too") {
            CHECK(g.release({0, -150}, kLimits, false, kCardTop - 150 + 60, kZoneBottom + 10) == Outcome::Pick);
        }
    }
    WHEN("the finger comes back down and lets go") {
        THEN("the card goes back") {
            CHECK(g.release({0, -10}, kLimits, false, kCardTop - 10, kZoneBottom) == Outcome::None);
        }
    }
}

SCENARIO("on a page that scrolls, a vertical drag scrolls and never picks") {
    HandGesture g;
    g.press();
    WHEN("the finger moves up on the card") {
        g.move({0, -40}, kLimits, true, false, false);
        THEN("the page scrolls and the card stays, its buttons working") {
            CHECK(g.state() == State::Scrolling);
            CHECK(g.cardAtRest());
            CHECK_FALSE(g.ownsFinger());
        }
        AND_WHEN("it lets go far up, away from the zone") {
            THEN("nothing is picked") {
                CHECK(g.release({0, -400}, kLimits, false, kCardTop - 400, kZoneBottom) == Outcome::None);
            }
        }
    }
    WHEN("the page's own scroll took the finger before it moved far") {
        g.move({0, -3}, kLimits, true, true, false);
        THEN("it is a scroll as well") { CHECK(g.state() == State::Scrolling); }
    }
    WHEN("a sideways move still pages on a scrolling page") {
        g.move({-30, 2}, kLimits, true, false, false);
        THEN("the hand pages") { CHECK(g.state() == State::Paging); }
    }
}

SCENARIO("a scroll that reaches the pinned zone lifts the card onto it") {
    HandGesture g;
    g.press();
    g.move({0, -40}, kLimits, true, true, false);
    REQUIRE(g.state() == State::Scrolling);
    WHEN("the finger reaches the zone") {
        g.move({0, -260}, kLimits, true, true, true);
        THEN("the card lifts and follows") {
            CHECK(g.state() == State::Lifted);
            CHECK(g.zoneHot());
            CHECK(g.ownsFinger());
        }
        AND_WHEN("it lets go on the zone") {
            THEN("the card is picked") { CHECK(g.release({0, -260}, kLimits, true, 0, kZoneBottom) == Outcome::Pick); }
        }
        AND_WHEN("it moves off the zone again and lets go") {
            g.move({0, -100}, kLimits, true, true, false);
            THEN("it stays lifted, and letting go off the zone puts the card back") {
                CHECK(g.state() == State::Lifted);
                CHECK(g.release({0, -100}, kLimits, false, kCardTop - 100, kZoneBottom) == Outcome::None);
            }
        }
    }
}

SCENARIO("in a grid of cards (a tablet) a sideways drag moves the card, it does not page") {
    HandGesture::Limits grid = kLimits;
    grid.pages = false;
    grid.pickLift = 1e9f;  // only reaching the zone picks
    HandGesture g;
    g.press();
    g.move({-40, -5}, grid, false, false, false);
    CHECK(g.state() == State::Dragging);
    CHECK(g.release({-40, -150}, grid, false, kCardTop + 200 - 150, kZoneBottom) ==
          Outcome::None);  // a card low in the grid, still short of the zone
    g.press();
    g.move({-40, -5}, grid, false, false, false);
    CHECK(g.release({-60, -120}, grid, true, kCardTop - 120, kZoneBottom) == Outcome::Pick);
}

SCENARIO("a cancelled gesture does nothing") {
    HandGesture g;
    g.press();
    g.move({0, -30}, kLimits, false, false, false);
    REQUIRE(g.state() == State::Dragging);
    g.cancel();
    CHECK(g.state() == State::Idle);
    CHECK_FALSE(g.pressed());
    WHEN("the finger moves on after the cancel") {
        g.move({0, -200}, kLimits, false, false, true);
        THEN("no new gesture starts without a new press") {
            CHECK(g.state() == State::Idle);
            CHECK(g.release({0, -200}, kLimits, true, 0, kZoneBottom) == Outcome::None);
        }
    }
}
