// `simulate --deck ID --seed N [--seats S] [--rounds R] --dir DIR`: plays a
// whole game through the engine's actions with random legal choices drawn
// from the seed, saves it as a record in DIR and prints the record id.
#include <chrono>
#include <cstdio>
#include <limits>

#include "commands.h"
#include "content/deck_loader.h"
#include "engine/autoplay.h"
#include "store/record_folder.h"

namespace samenspel::cli {

int runSimulate(const Args& args) {
    const std::string deckId = option(args, "--deck");
    const std::string dir = option(args, "--dir");
    if (deckId.empty()) throw UsageError{"--deck ID is required"};
    if (dir.empty()) throw UsageError{"--dir DIR is required"};
    if (option(args, "--seed").empty()) throw UsageError{"--seed N is required"};
    const auto seed = numberOption(args, "--seed", 0, std::numeric_limits<std::uint64_t>::max());

    const DeckCatalog catalog = loadBundledDecks();
    const Deck* deck = catalog.find(deckId);
    if (!deck) {
        std::fprintf(stderr, "samenspel-cli simulate: no valid deck '%s'\n", deckId.c_str());
        return 1;
    }
    const bool twoPeople = gameKindOf(*deck) == GameKind::Samenleer;
    const auto seats = numberOption(args, "--seats", twoPeople ? 2 : 4, 64);
    const bool reflectie = gameKindOf(*deck) == GameKind::Reflectie;
    const auto rounds = numberOption(args, "--rounds", twoPeople ? 0 : reflectie ? 1 : 3, 1000);

    const auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    std::string why;
    auto game = autoplay(*deck, defaultSetup(*deck, seed, seats, static_cast<std::uint16_t>(rounds)), seed ^ 0x5eed,
                         now, 20000, &why);
    if (!game) {
        std::fprintf(stderr, "samenspel-cli simulate: %s\n", why.c_str());
        return 1;
    }
    RecordFolder folder(dir);
    auto device = folder.deviceId(&why);
    if (!device) {
        std::fprintf(stderr, "samenspel-cli simulate: %s\n", why.c_str());
        return 1;
    }
    const std::int64_t ended = game->log().empty() ? now : game->log().back().atMs;
    const Record record = recordOf(*game, RecordId::random(), *device, now, ended);
    if (!folder.save(record, &why)) {
        std::fprintf(stderr, "samenspel-cli simulate: saving failed: %s\n", why.c_str());
        return 1;
    }
    std::printf("%s\n", record.id.hex().c_str());
    return 0;
}

}  // namespace samenspel::cli
