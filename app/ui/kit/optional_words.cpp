#include "ui/kit/optional_words.h"

#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

bool optionalWords(Ui& ui, const std::string& label, const std::string& id, std::string& value, std::size_t maxChars,
                   const std::string& hint) {
    const std::string key = "words:" + id;
    if (ui.beeldmodus && value.empty() && !ui.isOpen(key)) {
        ButtonStyle st;
        st.look = Look::Quiet;
        st.pictogram = "keyboard";
        if (button(ui, ui.t("kit.optional_words.open"), id + ".open", st)) ui.toggleOpen(key);
        return false;
    }
    return textField(ui, ui.beeldmodus ? std::string() : label, id, value, maxChars, hint);
}

}  // namespace samenspel::ui
