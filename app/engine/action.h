// What a game is started with (its setup) and what moves it on (actions).
// Both are plain data with fixed-width fields: they are what a record stores,
// and replaying the setup plus the action log rebuilds the exact game.
#pragma once
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace samenspel {

// Bounds that every game and every record loader enforces. They keep a
// hostile record from asking for unbounded memory and keep free text short.
namespace limits {
constexpr std::size_t kIdBytes = 64;  // card ids, deck ids, avatars
constexpr std::size_t kNicknameChars = 24;
constexpr std::size_t kNoteChars = 140;  // any optional free text
constexpr std::size_t kTextBytes = 4 * kNoteChars;
constexpr std::size_t kVersionBytes = 32;
constexpr std::size_t kMaxSeats = 8;
constexpr std::size_t kMaxRounds = 30;
constexpr std::size_t kMaxLogActions = 20000;
constexpr std::uint16_t kMaxTimerSeconds = 60 * 60;  // a round or speaking timer of at most an hour
}  // namespace limits

struct Seat {
    std::string avatar;    // pictogram name, e.g. "avatar-3"
    std::string nickname;  // optional; never a real name needed
    bool operator==(const Seat& o) const { return avatar == o.avatar && nickname == o.nickname; }
};

enum class TableMode : std::uint8_t { PassAndPlay = 0, SharedTable = 1 };

struct GameSetup {
    std::string deckId;
    std::uint64_t seed = 0;
    std::vector<Seat> seats;  // Tegenwicht: 2..8. Samenleer: [coach, jobseeker].
    TableMode mode = TableMode::PassAndPlay;
    std::uint16_t rounds = 0;    // Tegenwicht rounds; unused by Samenleer
    std::uint16_t handSize = 0;  // 0 = the deck's rule
    std::uint8_t firstSeat = 0;  // who acts first (inbrenger / first picker)
    // Optional timers the app shows (0 = off, at most limits::kMaxTimerSeconds).
    // The rules do not end anything when a timer runs out; the group decides.
    std::uint16_t roundTimerSeconds = 0;  // time for one Tegenwicht round / one Samenleer moment
    std::uint16_t speakTimerSeconds = 0;  // time for one person to speak
    bool operator==(const GameSetup& o) const;
};

struct Action {
    std::uint16_t type = 0;   // a TegenwichtMove or SamenleerMove value
    std::uint16_t round = 0;  // the round (or moment) the action is meant for
    std::int16_t seat = -1;   // acting seat; -1 for the whole group
    std::int16_t value = 0;   // weight, step, answer, rating ... per move
    std::string card;         // card id, when the move names one
    std::string text;         // optional short note
    bool operator==(const Action& o) const {
        return type == o.type && round == o.round && seat == o.seat && value == o.value && card == o.card &&
               text == o.text;
    }
};

// One action from its fields; each game's named moves (tw::pick, sl::agree,
// rf::propose ...) are made through it, so every game fills the record's
// fields the same way. `Move` is the game's move enum (TegenwichtMove ...).
template <typename Move>
Action makeAction(Move move, std::uint16_t round = 0, int seat = -1, std::string card = {}, int value = 0,
                  std::string text = {}) {
    static_assert(std::is_enum_v<Move>, "makeAction takes a game's move enum");
    Action a;
    a.type = static_cast<std::uint16_t>(move);
    a.round = round;
    a.seat = static_cast<std::int16_t>(seat);
    a.card = std::move(card);
    a.value = static_cast<std::int16_t>(value);
    a.text = std::move(text);
    return a;
}

// A refused action leaves the state untouched and says why.
struct Verdict {
    bool ok = true;
    std::string reason;  // English, for logs and the CLI; the UI shows its own words
    static Verdict yes() { return {}; }
    static Verdict no(std::string why) { return {false, std::move(why)}; }
    explicit operator bool() const { return ok; }
};

// Counts Unicode code points so limits match what a person typed.
std::size_t utf8Length(const std::string& s);
bool validUtf8(const std::string& s);
// Checks an optional free-text field: valid UTF-8, at most `maxChars`.
Verdict checkText(const std::string& s, std::size_t maxChars, const char* what);
// Checks the setup's timers (both games).
Verdict checkTimers(const GameSetup& setup);

}  // namespace samenspel
