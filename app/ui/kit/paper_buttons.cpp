#include "ui/kit/paper_buttons.h"

#include "ui/kit/widgets.h"

namespace samenspel::ui {

Choice printDeckButton(Ui& ui, const Deck& deck) {
    if (!paperAvailable()) return {};
    gap(ui, 8);
    ButtonStyle st;
    st.look = Look::Secondary;
    st.pictogram = "page";
    if (button(ui, ui.t("kit.paper.print"), "paper.print." + deck.id, st)) return intent::PrintDeck{deck.id};
    return {};
}

Choice takeHomeButton(Ui& ui, bool hasOwnWords, bool& withOwnWords) {
    if (!paperAvailable()) return {};
    if (hasOwnWords) {
        // Notes stay off the sheet unless the two choose them: it may be read by others at home.
        ButtonStyle toggle;
        toggle.look = Look::Quiet;
        toggle.selected = withOwnWords;
        if (button(ui, ui.t("samenleer.close.takehome.notes"), "close.takehome.notes", toggle))
            withOwnWords = !withOwnWords;
    }
    ButtonStyle st;
    st.look = Look::Secondary;
    st.pictogram = "inbox";
    if (button(ui, ui.t("samenleer.close.takehome"), "close.takehome", st))
        return intent::SaveTakeHome{hasOwnWords && withOwnWords};
    return {};
}

Choice saveImageButton(Ui& ui, const std::string& id) {
    if (!paperAvailable()) return {};
    ButtonStyle st;
    st.look = Look::Secondary;
    st.pictogram = "framed-picture";
    if (button(ui, ui.t("tegenwicht.end.save_image"), id, st)) return intent::SaveEndPicture{};
    return {};
}

}  // namespace samenspel::ui
