// `shuffle --deck ID --seed N [--runs K]`: line i is every card id of the
// deck shuffled with seed N+i, so anyone can compare orders across machines.
#include <cstdio>
#include <limits>

#include "commands.h"
#include "content/deck_loader.h"
#include "engine/rng.h"

namespace samenspel::cli {

int runShuffle(const Args& args) {
    const std::string deckId = option(args, "--deck");
    if (deckId.empty()) throw UsageError{"--deck ID is required"};
    if (option(args, "--seed").empty()) throw UsageError{"--seed N is required"};
    const auto seed = numberOption(args, "--seed", 0, std::numeric_limits<std::uint64_t>::max());
    const auto runs = numberOption(args, "--runs", 1, 100000);
    const DeckCatalog catalog =
        option(args, "--dir").empty()
            ? loadBundledDecks()
            : loadDeckDirectory(option(args, "--dir"),
                                std::filesystem::path(option(args, "--dir")).parent_path() / "pictograms");
    const Deck* deck = catalog.find(deckId);
    if (!deck) {
        std::fprintf(stderr, "samenspel-cli shuffle: no valid deck '%s'\n", deckId.c_str());
        for (const auto& p : catalog.problems) std::fprintf(stderr, "%s\n", p.text().c_str());
        return 1;
    }
    const auto ids = deck->allIds();
    for (unsigned long long i = 0; i < runs; ++i) {
        auto order = ids;
        Rng rng(static_cast<std::uint64_t>(seed + i));  // wraps around at 2^64 on purpose
        shuffleInPlace(order, rng);
        std::string line;
        for (const auto& id : order) line += (line.empty() ? "" : " ") + id;
        std::printf("%s\n", line.c_str());
    }
    return 0;
}

}  // namespace samenspel::cli
