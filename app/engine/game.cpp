#include "game.h"

namespace samenspel {

std::optional<GameKind> gameKindOf(const Deck& deck) { return deck.kind; }

std::string moveName(GameKind kind, std::uint16_t type) {
    static const char* tegenwicht[] = {nullptr,         "pick",          "reveal",    "place",           "decide",
                                       "draw-counter",  "next-round",    "intention", "finish",          "abandon",
                                       "start-picking", "close-balance", "unpick",    "choose-inbrenger"};
    static const char* samenleer[] = {nullptr,  "agree",       "pick-moment",    "remove-moment", "start-talking",
                                      "answer", "show-moment", "finish-talking", "add-action",    "remove-action",
                                      "rate",   "finish",      "abandon"};
    static const char* reflectie[] = {nullptr,
                                      "choose-series",
                                      "choose-theme",
                                      "agree",
                                      "read-knowledge",
                                      "propose",
                                      "withdraw",
                                      "choose-inbreng",
                                      "start-questioning",
                                      "asked",
                                      "play-prompt",
                                      "note-factor",
                                      "reveal-factors",
                                      "finish-questioning",
                                      "name-norm",
                                      "finish-deepening",
                                      "place-model",
                                      "place-stance",
                                      "finish-model",
                                      "name-strength",
                                      "finish-appreciation",
                                      "set-voornemen",
                                      "add-learning",
                                      "next-round",
                                      "finish",
                                      "abandon"};
    if (kind == GameKind::Tegenwicht && type > 0 && type < std::size(tegenwicht)) return tegenwicht[type];
    if (kind == GameKind::Reflectie && type > 0 && type < std::size(reflectie)) return reflectie[type];
    if (kind == GameKind::Samenleer && type > 0 && type < std::size(samenleer)) return samenleer[type];
    return "move-" + std::to_string(type);
}

Action abandonMove(GameKind kind) {
    switch (kind) {
    case GameKind::Tegenwicht: return tw::abandon();
    case GameKind::Samenleer: return sl::abandon();
    case GameKind::Reflectie: return rf::abandon();
    }
    return sl::abandon();
}

std::optional<Game> Game::start(const Deck& deck, const GameSetup& setup, std::string* why) {
    switch (deck.kind) {
    case GameKind::Tegenwicht:
        if (auto s = startTegenwicht(deck, setup, why)) return Game(deck, deck.kind, std::move(*s));
        break;
    case GameKind::Samenleer:
        if (auto s = startSamenleer(deck, setup, why)) return Game(deck, deck.kind, std::move(*s));
        break;
    case GameKind::Reflectie:
        if (auto s = startReflectie(deck, setup, why)) return Game(deck, deck.kind, std::move(*s));
        break;
    }
    return std::nullopt;
}

std::optional<Game> Game::replay(const Deck& deck, const GameSetup& setup, const std::vector<LoggedAction>& log,
                                 std::string* why) {
    auto game = start(deck, setup, why);
    if (!game) return std::nullopt;
    for (std::size_t i = 0; i < log.size(); ++i) {
        if (auto v = game->apply(log[i].action, log[i].atMs); !v) {
            if (why) *why = "action " + std::to_string(i + 1) + " of the log is refused: " + v.reason;
            return std::nullopt;
        }
    }
    return game;
}

Verdict Game::apply(const Action& action, std::int64_t atMs) {
    if (log_.size() >= limits::kMaxLogActions) return Verdict::no("the game has reached its maximum length");
    Verdict v = std::visit(
        [&](auto& s) -> Verdict {
            using S = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<S, TegenwichtState>) return applyTegenwicht(*deck_, s, action);
            else if constexpr (std::is_same_v<S, ReflectieState>) return applyReflectie(*deck_, s, action);
            else return applySamenleer(*deck_, s, action);
        },
        state_);
    // Turning the page in a Samenleergesprek is navigation, not a choice:
    // it changes what is shown but never enters the record (FORMAT.md).
    const bool navigation =
        kind_ == GameKind::Samenleer && action.type == static_cast<std::uint16_t>(SamenleerMove::ShowMoment);
    if (v && !navigation) log_.push_back({action, atMs});
    return v;
}

const GameSetup& Game::setup() const {
    return std::visit([](const auto& s) -> const GameSetup& { return s.setup; }, state_);
}

bool Game::finished() const {
    return std::visit([](const auto& s) { return s.finished(); }, state_);
}

bool Game::abandoned() const {
    return std::visit([](const auto& s) { return s.abandoned; }, state_);
}

}  // namespace samenspel
