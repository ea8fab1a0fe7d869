#include "ui/settings_screen.h"

#include "ui/widgets.h"

namespace samenspel::ui {

Choice SettingsScreen::draw(Ui& ui, int textStep, const std::string& dataDir) {
    Choice choice;
    if (beginScreen(ui, "Instellingen", true)) choice = Choice::back();
    beginBody(ui, scroll, 0);
    heading(ui, "Tekstgrootte");
    paragraph(ui, "Kies hoe groot de letters zijn. Kaarten en knoppen groeien mee.", ui.theme.textMuted);
    const char* names[] = {"Normaal", "Groot", "Heel groot"};
    for (int i = 0; i < 3; ++i) {
        ButtonStyle st;
        st.look = Look::Secondary;
        st.selected = i == textStep;
        if (button(ui, names[i], "settings.text." + std::to_string(i), st) && i != textStep) choice = Choice::textStep(i);
    }
    gap(ui, 4);
    paragraph(ui, "Zo ziet tekst er nu uit. Lees je dit makkelijk op een armlengte afstand?");
    gap(ui, 12);
    heading(ui, "Je gegevens");
    paragraph(ui,
              "Alles blijft op dit apparaat. De app vraagt geen namen van klanten. Alleen als jij exporteert, "
              "maakt de app een bestand dat je zelf kunt delen.");
    paragraph(ui, "Map: " + dataDir, ui.theme.textMuted);
    ButtonStyle st;
    st.look = Look::Secondary;
    st.pictogram = "export";
    if (button(ui, "Exporteer alle sessies opnieuw", "settings.export.all", st)) choice = Choice::exportBundle(true);
    endBody(ui, scroll);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
