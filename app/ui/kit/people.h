// How seats and people are named on screen: the avatar pictogram plus the
// nickname, or "Speler 3" / "Coach" when there is none. No real names needed.
#pragma once
#include <string>

#include "engine/action.h"
#include "engine/samenleer_game.h"
#include "ui/kit/ui.h"

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

// The same with the words from nl.json. The forms without a Ui above stay
// until the Tegenwicht and Samenleer screens pass their Ui.
inline std::string seatName(const Ui& ui, const GameSetup& setup, int seat) {
    if (seat >= 0 && static_cast<std::size_t>(seat) < setup.seats.size() && !setup.seats[seat].nickname.empty())
        return setup.seats[seat].nickname;
    return ui.tf("kit.seat.player", {{"n", std::to_string(seat + 1)}});
}
inline std::string roleName(const Ui& ui, int seat) {
    return seat == kCoach ? ui.t("kit.role.coach") : ui.t("kit.role.jobseeker");
}
inline std::string personName(const Ui& ui, const GameSetup& setup, int seat) {
    if (seat >= 0 && static_cast<std::size_t>(seat) < setup.seats.size() && !setup.seats[seat].nickname.empty())
        return ui.tf("kit.seat.person", {{"name", setup.seats[seat].nickname}, {"role", roleName(ui, seat)}});
    return roleName(ui, seat);
}

// Samenleer: seat 0 is the coach, seat 1 the jobseeker.
inline std::string roleName(int seat) { return seat == kCoach ? "Coach" : "Werkzoekende"; }
inline std::string personName(const GameSetup& setup, int seat) {
    if (seat >= 0 && static_cast<std::size_t>(seat) < setup.seats.size() && !setup.seats[seat].nickname.empty())
        return setup.seats[seat].nickname + " (" + roleName(seat) + ")";
    return roleName(seat);
}

}  // namespace samenspel::ui
