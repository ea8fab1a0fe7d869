// JSON export: every record whole, valid JSON whatever text people typed.
#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include "engine/autoplay.h"
#include "store/record_json.h"
#include "test_decks.h"

using namespace samenspel;

SCENARIO("records exported as JSON keep every field and every action") {
    const Deck deck = testing::samenleerFixture();
    auto game = Game::start(deck, defaultSetup(deck, 0xFFFFFFFFFFFFFFFFULL, 2, 0));
    REQUIRE(game);
    for (const Action& a : {sl::agree(0), sl::agree(1), sl::pickMoment(0, "sl.own.1", "Quote \" slash \\ tab \t end")})
        REQUIRE(game->apply(a, 1714550400000));
    Record r = recordOf(*game, RecordId::random(), newDeviceId(), 1714550400000, 0);
    r.setup.seats[1].nickname = "Zoë";

    RecordJsonWriter writer;
    writer.add(r, &deck);
    writer.add(r, nullptr);
    const std::string text = writer.finish();
    rapidjson::Document doc;
    doc.Parse(text.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    const auto& records = doc["records"];
    REQUIRE(records.Size() == 2);
    const auto& first = records[0];
    CHECK(std::string(first["id"].GetString()) == r.id.hex());
    CHECK(std::string(first["status"].GetString()) == "in-progress");
    CHECK(std::string(first["seed"].GetString()) == "18446744073709551615");
    CHECK(std::string(first["seats"][1]["nickname"].GetString()) == "Zoë");
    REQUIRE(first["log"].Size() == 3);
    CHECK(std::string(first["log"][2]["move"].GetString()) == "pick-moment");
    CHECK(std::string(first["log"][2]["text"].GetString()) == "Quote \" slash \\ tab \t end");
    CHECK(std::string(records[1]["log"][2]["move"].GetString()) == "move-2");

    RecordJsonWriter empty;
    rapidjson::Document none;
    none.Parse(empty.finish().c_str());
    REQUIRE_FALSE(none.HasParseError());
    CHECK(none["records"].Size() == 0);
}
