// Records as the store keeps them: ids, the exact bytes of a record (a
// golden file pins format version 1 and one the GameSetup class version 2),
// round trips and replays.
#include <catch2/catch.hpp>

#include <set>

#include "engine/autoplay.h"
#include "store/frame.h"
#include "store/record_codec.h"
#include "test_decks.h"

using namespace samenspel;

namespace {

// Format version 1 of the record below, byte for byte (FORMAT.md walks
// through it). It changes only on purpose, with a new format version.
const char* kGoldenRecordHex =
    "534d5350524543310100000013010000"
    "739ae2d0010100000000112233445566"
    "778899aabbccddeeff20000000000000"
    "00303132333435363738396162636465"
    "66303132333435363738396162636465"
    "660500000000000000302e312e300200"
    "00000000000074770100000000000000"
    "31010000000200000000000000747708"
    "07060504030201020000000000000001"
    "00000002000000000000006131020000"
    "0000000000426f020000000000000061"
    "32000000000000000001020005000101"
    "00e42a338f01000080d261338f010000"
    "02000000000000000100000001000000"
    "01000100000000000200000000000000"
    "6631000000000000000060ce2b338f01"
    "00000700000001000000000000000000"
    "00000500000000000000c3a9c3a96ec0"
    "b82c338f010000";

// The same record as written since GameSetup class version 2, with a round
// timer of 900 s and a speaking timer of 120 s: the setup's version is 2 and
// two u16 follow firstSeat (FORMAT.md). Changes only on purpose.
const char* kGoldenRecordV2Hex =
    "534d5350524543310100000017010000"
    "4c7dd416010100000000112233445566"
    "778899aabbccddeeff20000000000000"
    "00303132333435363738396162636465"
    "66303132333435363738396162636465"
    "660500000000000000302e312e300200"
    "00000000000074770100000000000000"
    "31020000000200000000000000747708"
    "07060504030201020000000000000001"
    "00000002000000000000006131020000"
    "0000000000426f020000000000000061"
    "32000000000000000001020005000184"
    "0378000100e42a338f01000080d26133"
    "8f010000020000000000000001000000"
    "01000000010001000000000002000000"
    "000000006631000000000000000060ce"
    "2b338f01000007000000010000000000"
    "0000000000000500000000000000c3a9"
    "c3a96ec0b82c338f010000";

std::string fromHex(const std::string& hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return out;
}

Record goldenRecord(bool timers = false) {
    Record r;
    r.id = *RecordId::fromHex("00112233445566778899aabbccddeeff");
    r.deviceId = "0123456789abcdef0123456789abcdef";
    r.appVersion = "0.1.0";
    r.deckId = "tw";
    r.deckVersion = "1";
    r.setup.deckId = "tw";
    r.setup.seed = 0x0102030405060708ULL;
    r.setup.seats = {{"a1", "Bo"}, {"a2", ""}};
    r.setup.mode = TableMode::SharedTable;
    r.setup.rounds = 2;
    r.setup.handSize = 5;
    r.setup.firstSeat = 1;
    if (timers) {
        r.setup.roundTimerSeconds = 900;
        r.setup.speakTimerSeconds = 120;
    }
    r.status = RecordStatus::Finished;
    r.startedAtMs = 1714550400000;
    r.endedAtMs = 1714554000000;
    r.log = {{tw::pick(1, 0, "f1"), 1714550460000}, {tw::intention(1, "\xc3\xa9\xc3\xa9n"), 1714550520000}};
    return r;
}

Record played(const Deck& deck, std::uint64_t seed, std::size_t seats, std::uint16_t rounds) {
    auto game = autoplay(deck, defaultSetup(deck, seed, seats, rounds), seed + 1, 1714550400000, 20000);
    REQUIRE(game);
    return recordOf(*game, RecordId::random(), newDeviceId(), 1714550400000, game->log().back().atMs);
}

}  // namespace

SCENARIO("record ids are 128 random bits written as 32 lowercase hex characters") {
    GIVEN("a thousand random ids") {
        std::set<RecordId> ids;
        for (int i = 0; i < 1000; ++i) ids.insert(RecordId::random());
        THEN("they are all different") { CHECK(ids.size() == 1000); }
    }
    GIVEN("an id") {
        const RecordId id = RecordId::random();
        THEN("its hex form reads back to the same id") {
            CHECK(id.hex().size() == 32);
            CHECK(RecordId::fromHex(id.hex()) == id);
        }
    }
    THEN("anything but 32 lowercase hex characters is refused") {
        CHECK_FALSE(RecordId::fromHex(""));
        CHECK_FALSE(RecordId::fromHex("00112233445566778899aabbccddeef"));
        CHECK_FALSE(RecordId::fromHex("00112233445566778899AABBCCDDEEFF"));
        CHECK_FALSE(RecordId::fromHex("00112233445566778899aabbccddeeg0"));
        CHECK(RecordId::fromHex("00112233445566778899aabbccddeeff"));
    }
    THEN("ids order by their bytes") {
        CHECK(*RecordId::fromHex("00000000000000000000000000000001") <
              *RecordId::fromHex("00000000000000000000000000000100"));
    }
}

SCENARIO("CRC-32 is the IEEE one that zlib and PNG use") {
    CHECK(crc32("123456789", 9) == 0xCBF43926u);
    CHECK(crc32("", 0) == 0u);
    // Continuing over a split gives the same as one pass (the slicing path and the byte path agree).
    const std::string text = "Samenspel legt afwegingen op tafel, kaart voor kaart.";
    for (std::size_t split = 0; split <= text.size(); ++split)
        CHECK(crc32(text.data() + split, text.size() - split, crc32(text.data(), split)) ==
              crc32(text.data(), text.size()));
}

SCENARIO("format version 1 of a record is pinned by a golden file") {
    GIVEN("the golden record") {
        const Record r = goldenRecord();
        const std::string golden = fromHex(kGoldenRecordHex);
        THEN("the golden bytes decode to it, with the timers off") {
            std::string why;
            auto back = decodeRecord(golden, &why);
            INFO(why);
            REQUIRE(back);
            CHECK(*back == r);
        }
        THEN("its id can be read without decoding the payload") {
            CHECK(peekRecordId(std::string_view(golden).substr(kFrameHeaderBytes)) == r.id);
        }
    }
}

SCENARIO("GameSetup class version 2 (the timers) is pinned by a golden file") {
    GIVEN("the golden record with a round and a speaking timer") {
        const Record r = goldenRecord(true);
        const std::string golden = fromHex(kGoldenRecordV2Hex);
        THEN("encoding it gives exactly the golden bytes") {
            std::string why;
            auto bytes = encodeRecord(r, &why);
            REQUIRE(bytes);
            CHECK(*bytes == golden);
        }
        THEN("the golden bytes decode to it") {
            std::string why;
            auto back = decodeRecord(golden, &why);
            INFO(why);
            REQUIRE(back);
            CHECK(*back == r);
            CHECK(back->setup.roundTimerSeconds == 900);
            CHECK(back->setup.speakTimerSeconds == 120);
        }
        THEN("the version-1 record differs only in the setup's version and the two timers") {
            const std::string v1 = fromHex(kGoldenRecordHex);
            CHECK(golden.size() == v1.size() + 4);
            auto v1Back = decodeRecord(v1, nullptr);
            REQUIRE(v1Back);
            CHECK(v1Back->setup.roundTimerSeconds == 0);
            CHECK(v1Back->setup.speakTimerSeconds == 0);
        }
    }
    GIVEN("a record whose timer is longer than an hour") {
        Record r = goldenRecord(true);
        r.setup.roundTimerSeconds = 3601;
        THEN("it is neither written nor read") {
            std::string why;
            CHECK_FALSE(encodeRecord(r, &why));
            CHECK_THAT(why, Catch::Contains("round timer"));
            std::string bytes = fromHex(kGoldenRecordV2Hex);
            // Patch the round timer (900 = 0x0384) to 0xFFFF and fix the CRC.
            const auto at = bytes.find(std::string("\x84\x03\x78\x00", 4));
            REQUIRE(at != std::string::npos);
            bytes[at] = bytes[at + 1] = '\xff';
            const std::uint32_t crc = crc32(bytes.data() + kFrameHeaderBytes, bytes.size() - kFrameHeaderBytes);
            for (int i = 0; i < 4; ++i) bytes[16 + i] = static_cast<char>((crc >> (8 * i)) & 0xFF);
            CHECK_FALSE(decodeRecord(bytes, &why));
            CHECK_THAT(why, Catch::Contains("round timer"));
        }
    }
}

SCENARIO("a played game survives the store and replays to the same game") {
    const Deck tegenwicht = testing::tegenwichtFixture();
    const Deck samenleer = testing::samenleerFixture();
    for (const Deck* deck : {&tegenwicht, &samenleer}) {
        GIVEN("a finished " + deck->id + " game") {
            const bool group = deck->kind == GameKind::Tegenwicht;
            auto game =
                autoplay(*deck, defaultSetup(*deck, 77, group ? 8 : 2, group ? 30 : 0), 5, 1714550400000, 20000);
            REQUIRE(game);
            const Record r = recordOf(*game, RecordId::random(), newDeviceId(), 1714550400000, 1714557600000);
            REQUIRE(r.status == RecordStatus::Finished);
            WHEN("it is encoded and decoded") {
                std::string why;
                auto bytes = encodeRecord(r, &why);
                REQUIRE(bytes);
                auto back = decodeRecord(*bytes, &why);
                INFO(why);
                REQUIRE(back);
                THEN("the record is equal field by field") { CHECK(*back == r); }
                THEN("replaying it rebuilds the same game state") {
                    auto replayed = replayRecord(*deck, *back, &why);
                    INFO(why);
                    REQUIRE(replayed);
                    CHECK(replayed->state() == game->state());
                    CHECK(replayed->log() == game->log());
                }
                THEN("encoding it again gives the same bytes") { CHECK(encodeRecord(*back, &why) == bytes); }
            }
        }
    }
}

SCENARIO("a record knows its status from the game") {
    const Deck deck = testing::tegenwichtFixture();
    auto game = Game::start(deck, defaultSetup(deck, 3, 3, 2));
    REQUIRE(game);
    CHECK(recordOf(*game, RecordId::random(), newDeviceId(), 1, 2).status == RecordStatus::InProgress);
    REQUIRE(game->apply(tw::abandon(), 5));
    CHECK(recordOf(*game, RecordId::random(), newDeviceId(), 1, 5).status == RecordStatus::Abandoned);
    const Record done = played(deck, 9, 3, 2);
    CHECK(done.status == RecordStatus::Finished);
    CHECK(done.appVersion == SAMENSPEL_VERSION);
    CHECK(done.deckVersion == deck.contentVersion);
}

SCENARIO("replay refuses a record for another deck or deck version") {
    Deck deck = testing::tegenwichtFixture();
    const Record r = played(deck, 4, 4, 2);
    std::string why;
    WHEN("the deck's content version changed") {
        deck.contentVersion = "test-2";
        THEN("replay says which version the record needs") {
            CHECK_FALSE(replayRecord(deck, r, &why));
            CHECK_THAT(why, Catch::Contains("test-1"));
        }
    }
    WHEN("it is another deck") {
        THEN("replay refuses") {
            CHECK_FALSE(replayRecord(testing::samenleerFixture(), r, &why));
            CHECK_THAT(why, Catch::Contains("tegenwicht"));
        }
    }
    WHEN("the log was tampered with") {
        Record bad = r;
        bad.log[0].action.card = "tw.f.nonexistent";
        THEN("replay names the refused action") {
            CHECK_FALSE(replayRecord(deck, bad, &why));
            CHECK_THAT(why, Catch::Contains("action 1"));
        }
    }
}

SCENARIO("the store refuses to write a record it could not read back") {
    Record r = goldenRecord();
    std::string why;
    WHEN("the device id is not 32 lowercase hex characters") {
        r.deviceId = "device-1";
        THEN("encoding fails with the reason") {
            CHECK_FALSE(encodeRecord(r, &why));
            CHECK_THAT(why, Catch::Contains("device id"));
        }
    }
    WHEN("a nickname is longer than the limit") {
        r.setup.seats[0].nickname = std::string(limits::kNicknameChars + 1, 'x');
        THEN("encoding fails") { CHECK_FALSE(encodeRecord(r, &why)); }
    }
    WHEN("a note is not valid UTF-8") {
        r.log[1].action.text = "\xff\xfe";
        THEN("encoding fails") {
            CHECK_FALSE(encodeRecord(r, &why));
            CHECK_THAT(why, Catch::Contains("UTF-8"));
        }
    }
    WHEN("there are more seats than any game has") {
        r.setup.seats.resize(limits::kMaxSeats + 1, Seat{"a", ""});
        THEN("encoding fails") { CHECK_FALSE(encodeRecord(r, &why)); }
    }
    WHEN("the setup names another deck than the record") {
        r.setup.deckId = "other";
        THEN("encoding fails") { CHECK_FALSE(encodeRecord(r, &why)); }
    }
}
