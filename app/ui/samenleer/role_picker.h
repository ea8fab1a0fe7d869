// Coach or jobseeker: two buttons with each person's avatar and role (who
// tells now, who does an action). Colour, avatar and word together.
#pragma once
#include <string>

#include "engine/action.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

// `seat` is kCoach or kJobseeker; ids are `id`.coach and `id`.jobseeker.
// Returns true when the choice changed.
bool rolePicker(Ui& ui, const std::string& id, const GameSetup& setup, int& seat);

}  // namespace samenspel::ui
