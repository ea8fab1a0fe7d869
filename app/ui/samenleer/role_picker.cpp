#include "ui/samenleer/role_picker.h"

#include "ui/kit/people.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

bool rolePicker(Ui& ui, const std::string& id, const GameSetup& setup, int& seat) {
    bool changed = false;
    const float w = splitWidth(ui, 2);
    for (int s : {kCoach, kJobseeker}) {
        if (s != kCoach) ImGui::SameLine();
        ButtonStyle st;
        st.look = Look::Secondary;
        st.width = w;
        st.selected = seat == s;
        st.pictogram = seatAvatar(setup, s);
        st.accent = s == kCoach ? ui.theme.coach : ui.theme.jobseeker;
        if (button(ui, roleName(s), id + (s == kCoach ? ".coach" : ".jobseeker"), st) && seat != s)
            seat = s, changed = true;
    }
    return changed;
}

}  // namespace samenspel::ui
