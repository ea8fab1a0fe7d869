// `simulate --deck ID --seed N [--seats S] [--rounds R] --dir DIR`: plays a
// whole game through the engine's actions with random legal choices drawn
// from the seed, saves it as a record in DIR and prints the record id.
// `simulate --count N -o FILE [--seed S]`: N varied records of both decks
// straight into one bundle, for the hub's tests and benchmarks (issue 11).
#include <chrono>
#include <cstdio>
#include <limits>

#include "commands.h"
#include "content/deck_loader.h"
#include "engine/autoplay.h"
#include "engine/rng.h"
#include "store/atomic_file.h"
#include "store/bundle.h"
#include "store/record_codec.h"
#include "store/record_folder.h"

namespace samenspel::cli {

namespace {

// Games played once by the engine; each bundle record is one of them with
// its own id, device, date and time shift, so N records cost N encodings,
// not N games (a million in seconds, every one a legal game on replay).
constexpr std::size_t kTemplates = 256;
constexpr std::size_t kDevices = 40;
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kFirstDayMs = 1'704'067'200'000;  // 2024-01-01T00:00:00Z

int simulateBundle(const Args& args) {
    const auto count = numberOption(args, "--count", 0, kMaxBundleRecords);
    const std::string out = option(args, "-o");
    if (out.empty()) throw UsageError{"--count N needs -o FILE"};
    const auto seed = numberOption(args, "--seed", 1, std::numeric_limits<std::uint64_t>::max());
    const DeckCatalog catalog = loadBundledDecks();
    std::vector<const Deck*> decks;
    for (const char* id : {"tegenwicht", "samenleer"})
        if (const Deck* d = catalog.find(id)) decks.push_back(d);
    if (decks.empty()) {
        std::fprintf(stderr, "samenspel-cli simulate: no bundled decks found\n");
        return 1;
    }
    Rng rng(seed);
    auto next64 = [&rng] { return (static_cast<std::uint64_t>(rng.next()) << 32) | rng.next(); };
    std::vector<Game> games;
    std::string why;
    for (std::size_t i = 0; games.size() < kTemplates && i < 4 * kTemplates; ++i) {
        const Deck& deck = *decks[i % decks.size()];
        const bool pair = gameKindOf(deck) == GameKind::Samenleer;
        const std::size_t seats = pair ? 2 : 3 + rng.below(4);
        const auto rounds = static_cast<std::uint16_t>(pair ? 0 : 2 + rng.below(3));
        auto game = autoplay(deck, defaultSetup(deck, next64(), seats, rounds), next64(), 0, 20000, &why);
        if (game) games.push_back(std::move(*game));
    }
    if (games.empty()) {
        std::fprintf(stderr, "samenspel-cli simulate: %s\n", why.c_str());
        return 1;
    }
    std::vector<std::string> devices;
    for (std::size_t d = 0; d < kDevices; ++d) {
        std::string dev;
        for (int k = 0; k < 2; ++k) {
            char buf[17];
            std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(next64()));
            dev += buf;
        }
        devices.push_back(dev);
    }
    AtomicFile file(out, false);
    if (!file.open(&why) || !file.write(bundleHeader(static_cast<std::uint32_t>(count)), &why)) {
        std::fprintf(stderr, "samenspel-cli simulate: %s\n", why.c_str());
        return 1;
    }
    std::string frames;
    for (unsigned long long n = 0; n < count; ++n) {
        const Game& game = games[rng.below(static_cast<std::uint32_t>(games.size()))];
        // Ids ascend (a counter first, random after), as a bundle's must.
        RecordId id;
        const std::uint64_t tail = next64();
        for (int b = 0; b < 8; ++b) {
            id.bytes[static_cast<std::size_t>(b)] = static_cast<std::uint8_t>(n >> (56 - 8 * b));
            id.bytes[static_cast<std::size_t>(8 + b)] = static_cast<std::uint8_t>(tail >> (8 * b));
        }
        const std::int64_t start = kFirstDayMs + static_cast<std::int64_t>(rng.below(730)) * kDayMs +
                                   static_cast<std::int64_t>(8 + rng.below(9)) * 3'600'000;
        const std::int64_t end = start + (game.log().empty() ? 0 : game.log().back().atMs);
        Record r = recordOf(game, id, devices[rng.below(kDevices)], start, end);
        for (auto& a : r.log) a.atMs += start;
        auto frame = encodeRecord(r, &why);
        if (!frame) {
            std::fprintf(stderr, "samenspel-cli simulate: %s\n", why.c_str());
            return 1;
        }
        frames += *frame;
        if (frames.size() > (1u << 20)) {
            if (!file.write(frames, &why)) break;
            frames.clear();
        }
    }
    if (!file.write(frames, &why) || !file.commit(&why)) {
        std::fprintf(stderr, "samenspel-cli simulate: %s\n", why.c_str());
        return 1;
    }
    std::printf("wrote %llu records to %s\n", count, out.c_str());
    return 0;
}

}  // namespace

int runSimulate(const Args& args) {
    if (!option(args, "--count").empty()) return simulateBundle(args);
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
