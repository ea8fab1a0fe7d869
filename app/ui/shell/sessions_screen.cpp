#include "ui/shell/sessions_screen.h"

#include "ui/kit/widgets.h"

namespace samenspel::ui {

Choice SessionsScreen::draw(Ui& ui, const std::vector<SessionInfo>& past) {
    Choice choice;
    if (beginScreen(ui, "Eerdere sessies", true, std::to_string(past.size()) + " op dit apparaat")) choice = Choice::back();
    beginBody(ui, scroll, 0);
    for (std::size_t i = 0; i < past.size(); ++i) {
        const auto& s = past[i];
        ButtonStyle st;
        st.look = Look::Secondary;
        st.pictogram = s.deck ? s.deck->presentation.pictogram : "scale";
        const std::string label = (s.deck ? s.deck->title : std::string("Spel")) + " · " + s.when +
                                  (s.abandoned ? " (gestopt)" : "");
        if (button(ui, label, "sessions." + std::to_string(i), st)) choice = intent::OpenRecord{s.id};
    }
    endBody(ui, scroll);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
