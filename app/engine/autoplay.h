// Plays a whole game with random legal choices: for the CLI's `simulate`,
// the benchmarks and the tests. The choices come from their own seed, so a
// simulated game is as reproducible as a real one.
#pragma once
#include "game.h"

namespace samenspel {

// Plays from the start to Finished. `startMs` and `stepMs` give each logged
// action a plausible timestamp. Returns nullopt (and `why`) if the setup is refused.
std::optional<Game> autoplay(const Deck& deck, const GameSetup& setup, std::uint64_t choiceSeed,
                             std::int64_t startMs = 0, std::int64_t stepMs = 1000, std::string* why = nullptr);

// A ready setup: `seats` seats with avatars avatar-1.., Tegenwicht `rounds`.
GameSetup defaultSetup(const Deck& deck, std::uint64_t seed, std::size_t seats, std::uint16_t rounds);

}  // namespace samenspel
