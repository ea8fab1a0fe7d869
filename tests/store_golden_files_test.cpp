// Records written by earlier versions of the app must load forever. Every
// file in tests/data/records/ is a record as some version wrote it (its name
// starts with the frame format version); they change only on purpose.
// "v1-setup2-" files have GameSetup class version 2 (timers) and logs with
// the moves added since (start-picking, close-balance, unpick,
// choose-inbrenger, deciding again and "geen van deze", index-checked
// Samenleer moves).
#include <catch2/catch.hpp>

#include "content/deck_loader.h"
#include "store/record_folder.h"

using namespace samenspel;
namespace fs = std::filesystem;

SCENARIO("golden record files of every format version still load and replay") {
    const fs::path dir = fs::path(SAMENSPEL_TEST_DATA_DIR) / "records";
    const DeckCatalog decks = loadBundledDecks();
    std::size_t files = 0, setup2 = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".ssr") continue;
        ++files;
        INFO(entry.path().filename().string());
        std::string why;
        auto record = readRecordFile(entry.path(), &why);
        INFO(why);
        REQUIRE(record);
        CHECK(record->status == RecordStatus::Finished);
        if (entry.path().filename().string().rfind("v1-setup2-", 0) == 0) {
            ++setup2;
            CHECK((record->setup.roundTimerSeconds > 0 || record->setup.speakTimerSeconds > 0));
        }
        const Deck* deck = decks.find(record->deckId);
        REQUIRE(deck);
        // The golden records are content 1.0.0; the deck's `replays` keeps them playable
        // after a rewording (content 1.1.0 changed words, not card ids or shuffles).
        CHECK(deck->replays(record->deckVersion));
        auto game = replayRecord(*deck, *record, &why);
        CHECK(game);
        if (game) CHECK(game->finished());
    }
    CHECK(files >= 4);
    CHECK(setup2 >= 2);
}
