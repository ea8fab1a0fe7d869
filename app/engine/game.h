// One game of any deck, with its action log: what the app plays, what a
// record stores, and what replay rebuilds. Picks the rules (Tegenwicht,
// Samenleer or Reflectie) from the deck's kind.
#pragma once
#include <optional>
#include <variant>

#include "reflectie_game.h"
#include "samenleer_game.h"
#include "tegenwicht_game.h"

namespace samenspel {

// GameKind lives in deck.h. Kept for older callers: the deck's kind (never empty).
std::optional<GameKind> gameKindOf(const Deck& deck);
// A move's name for logs and exports ("pick", "rate" ...); "move-N" when unknown.
std::string moveName(GameKind kind, std::uint16_t type);
// The move that stops a game of this kind early (the record keeps it as stopped).
Action abandonMove(GameKind kind);

struct LoggedAction {
    Action action;
    std::int64_t atMs = 0;  // wall-clock time of the action, Unix milliseconds
    bool operator==(const LoggedAction& o) const { return action == o.action && atMs == o.atMs; }
};

class Game {
public:
    using State = std::variant<TegenwichtState, SamenleerState, ReflectieState>;

    static std::optional<Game> start(const Deck& deck, const GameSetup& setup, std::string* why = nullptr);
    // Rebuilds a game from its setup and log; fails if any logged action is refused.
    static std::optional<Game> replay(const Deck& deck, const GameSetup& setup, const std::vector<LoggedAction>& log,
                                      std::string* why = nullptr);

    // Applies and, when accepted, appends to the log.
    Verdict apply(const Action& action, std::int64_t atMs);

    GameKind kind() const { return kind_; }
    const Deck& deck() const { return *deck_; }
    const GameSetup& setup() const;
    const State& state() const { return state_; }
    const TegenwichtState* tegenwicht() const { return std::get_if<TegenwichtState>(&state_); }
    const SamenleerState* samenleer() const { return std::get_if<SamenleerState>(&state_); }
    const ReflectieState* reflectie() const { return std::get_if<ReflectieState>(&state_); }
    const std::vector<LoggedAction>& log() const { return log_; }
    bool finished() const;
    bool abandoned() const;

private:
    Game(const Deck& deck, GameKind kind, State state) : deck_(&deck), kind_(kind), state_(std::move(state)) {}
    const Deck* deck_;
    GameKind kind_;
    State state_;
    std::vector<LoggedAction> log_;
};

}  // namespace samenspel
