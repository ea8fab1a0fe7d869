// The Samenleergesprek's view state (which page is open, what is half
// typed) survives a save and a resume as plain strings, and a sidecar that
// is old or damaged gives the defaults instead of stopping the resume.
#include <catch2/catch.hpp>

#include "../app/ui/samenleer/samenleer_view.h"

using samenspel::ui::SamenleerView;

SCENARIO("the Samenleer view goes to a map and back unchanged") {
    GIVEN("a talk on its second page with words half typed") {
        SamenleerView v;
        v.shownMoment = 1;
        v.theme = 2;
        v.detail = "sl.own.1";
        v.ownTopic = "Mijn rooster";
        v.speaker = 0;
        v.notesFor = 1;
        v.notes = {"", "Het voelde = goed", "a.b: c"};
        v.who = 0;
        v.pending = "sl.a.bellen";
        v.actionWords = "dinsdag";
        v.howToSeen = true;
        WHEN("it is saved and restored") {
            const auto m = v.toMap();
            THEN("every field comes back") { CHECK(SamenleerView::fromMap(m) == v); }
            THEN("the shown moment is under 'shown'") { CHECK(m.at("shown") == "1"); }
        }
    }
    GIVEN("a view at its defaults") {
        THEN("the map is empty and gives the defaults back") {
            CHECK(SamenleerView{}.toMap().empty());
            CHECK(SamenleerView::fromMap({}) == SamenleerView{});
        }
    }
}

SCENARIO("a damaged or unknown view sidecar keeps the defaults") {
    const auto v = SamenleerView::fromMap(
        {{"shown", "zwei"}, {"theme", "3x"}, {"who", ""}, {"later.field", "7"}, {"speaker", "99999999999999"}});
    CHECK(v.shownMoment == 0);
    CHECK(v.theme == 0);
    CHECK(v.who == SamenleerView{}.who);
    CHECK(v.speaker == SamenleerView{}.speaker);
}
