// How seats and people are named on screen: the avatar pictogram plus the
// nickname, or "Speler 3" / "Coach" when there is none. No real names needed.
#pragma once
#include <string>

#include "engine/action.h"
#include "engine/samenleer_game.h"

namespace samenspel::ui {

inline std::string seatName(const GameSetup& setup, int seat) {
    if (seat >= 0 && static_cast<std::size_t>(seat) < setup.seats.size() && !setup.seats[seat].nickname.empty())
        return setup.seats[seat].nickname;
    return "Speler " + std::to_string(seat + 1);
}

inline std::string seatAvatar(const GameSetup& setup, int seat) {
    if (seat >= 0 && static_cast<std::size_t>(seat) < setup.seats.size()) return setup.seats[seat].avatar;
    return "person";
}

// Samenleer: seat 0 is the coach, seat 1 the jobseeker.
inline std::string roleName(int seat) { return seat == kCoach ? "Coach" : "Werkzoekende"; }
inline std::string personName(const GameSetup& setup, int seat) {
    if (seat >= 0 && static_cast<std::size_t>(seat) < setup.seats.size() && !setup.seats[seat].nickname.empty())
        return setup.seats[seat].nickname + " (" + roleName(seat) + ")";
    return roleName(seat);
}

}  // namespace samenspel::ui
