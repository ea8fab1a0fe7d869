#include "ui/shell/settings_screen.h"

#include "ui/kit/beeldmodus_switch.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {

// How fast the voice speaks, with a sample to hear it; or why there is no voice.
void readAloudSettings(Ui& ui) {
    heading(ui, "Voorlezen");
    if (!canReadAloud(ui)) {
        paragraph(ui, "Voorlezen kan niet op dit apparaat. Er is geen Nederlandse stem.", ui.theme.textMuted);
        return;
    }
    instruction(ui, "settings.speech.hint", "speaker", "Hoe snel praat de stem?",
                "Tik op de luidspreker bij een kaart of een uitleg. Dan hoor je de tekst. Kies hoe snel de stem praat.");
    const char* names[] = {"Langzaam", "Gewoon", "Snel"};
    const char* pictos[] = {"turtle", "person-walking", "rabbit"};
    const float w = splitWidth(ui, 3);
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        const auto speed = static_cast<platform::SpeechSpeed>(i);
        if (pictogramTile(ui, pictos[i], names[i], "settings.speech." + std::to_string(i),
                          ImVec2(w, ui.dp(ui.beeldmodus ? 112 : 96)), ui.speechSpeed == speed) &&
            ui.speechSpeed != speed) {
            ui.propose(intent::SetSpeechSpeed{speed});
            ui.sys.readAloud().say("Zo snel praat de stem nu.", speed);
        }
    }
}

}  // namespace

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
        if (button(ui, names[i], "settings.text." + std::to_string(i), st) && i != textStep) choice = intent::SetTextStep{i};
    }
    gap(ui, 4);
    paragraph(ui, "Zo ziet tekst er nu uit. Lees je dit makkelijk op een armlengte afstand?");
    gap(ui, 12);
    heading(ui, "Beeldmodus");
    paragraph(ui, "Plaatjes eerst, weinig tekst en grote knoppen. Lange teksten staan achter \"Meer\".",
              ui.theme.textMuted);
    beeldmodusRow(ui, "settings.beeldmodus");
    gap(ui, 12);
    readAloudSettings(ui);
    gap(ui, 12);
    heading(ui, "Je gegevens");
    paragraph(ui,
              "Alles blijft op dit apparaat. De app vraagt geen namen van klanten. Alleen als jij exporteert, "
              "maakt de app een bestand dat je zelf kunt delen.");
    paragraph(ui, "Map: " + dataDir, ui.theme.textMuted);
    ButtonStyle st;
    st.look = Look::Secondary;
    st.pictogram = "export";
    if (button(ui, "Exporteer alle sessies opnieuw", "settings.export.all", st)) {
        choice = intent::OpenExport{true};
    }
    endBody(ui, scroll);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
