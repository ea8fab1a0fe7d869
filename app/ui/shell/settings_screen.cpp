#include "ui/shell/settings_screen.h"

#include "ui/kit/beeldmodus_switch.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {

// How fast the voice speaks, with a sample to hear it; or why there is no voice.
void readAloudSettings(Ui& ui) {
    heading(ui, ui.t("shell.settings.speech"));
    if (!canReadAloud(ui)) {
        paragraph(ui, ui.t("shell.settings.no_voice"), ui.theme.textMuted);
        return;
    }
    instruction(ui, "settings.speech.hint", "speaker", ui.t("shell.settings.speech_short"),
                ui.t("shell.settings.speech_hint"));
    const std::string names[] = {ui.t("shell.settings.speed_slow"), ui.t("shell.settings.speed_normal"),
                                 ui.t("shell.settings.speed_fast")};
    const char* pictos[] = {"turtle", "person-walking", "rabbit"};
    const float w = splitWidth(ui, 3);
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        const auto speed = static_cast<platform::SpeechSpeed>(i);
        if (pictogramTile(ui, pictos[i], names[i], "settings.speech." + std::to_string(i),
                          ImVec2(w, ui.dp(ui.beeldmodus ? 112 : 96)), ui.speechSpeed == speed) &&
            ui.speechSpeed != speed) {
            ui.propose(intent::SetSpeechSpeed{speed});
            ui.sys.readAloud().say(ui.t("shell.settings.speed_sample"), speed);
        }
    }
}

// The coordinator's key: the fingerprint when there is one, else the
// browser's file picker for the .pub file, or on the desktop a field for
// its path (or the file dragged onto the window).
Choice coordinatorSettings(Ui& ui, SettingsScreen& screen) {
    Choice choice;
    heading(ui, ui.t("shell.settings.coordinator"));
    paragraph(ui, ui.t("shell.settings.coordinator_text"));
    if (!screen.coordinatorWords.empty()) {
        pictogramImage(ui, "locked", 40);
        paragraph(ui, ui.t("shell.settings.coordinator_set"));
        paragraph(ui, screen.coordinatorWords, ui.theme.text, ui.fonts().bold);
        ui.marker(screen.coordinatorWords, "settings.coordinator.words");
        paragraph(ui, ui.t("shell.settings.coordinator_compare"), ui.theme.textMuted);
        ButtonStyle st;
        st.look = Look::Secondary;
        if (button(ui, ui.t("shell.settings.coordinator_forget"), "settings.coordinator.forget", st))
            choice = intent::SetCoordinatorKey{};
        return choice;
    }
    const bool canPick = ui.sys.canPickFile();
    if (!canPick)
        textField(ui, ui.t("shell.settings.coordinator_path"), "settings.coordinator.path", screen.keyPath, 400,
                  ui.t("shell.settings.coordinator_path_hint"));
    if (screen.coordinatorProblem)
        badge(ui, "warning", ui.t("shell.settings.coordinator_bad"), ui.theme.text, "settings.coordinator.bad");
    ButtonStyle st;
    if (canPick) {
        st.look = Look::Secondary;
        st.pictogram = "open-folder";
        if (button(ui, ui.t("shell.settings.coordinator_pick"), "settings.coordinator.pick", st))
            choice = intent::PickFile{platform::FileKind::CoordinatorKey};
        return choice;
    }
    paragraph(ui, ui.t("shell.settings.coordinator_drop"), ui.theme.textMuted);
    st.look = Look::Secondary;
    st.pictogram = "locked";
    st.enabled = !screen.keyPath.empty();
    if (button(ui, ui.t("shell.settings.coordinator_use"), "settings.coordinator.use", st))
        choice = intent::SetCoordinatorKey{screen.keyPath};
    return choice;
}

}  // namespace

Choice SettingsScreen::draw(Ui& ui, int textStep, const std::string& dataDir) {
    Choice choice;
    ScreenHeader header;
    header.id = "shell.settings";
    header.title = ui.t("shell.settings.title");
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = Choice::back();
    beginBody(ui, scroll, 0);
    heading(ui, ui.t("shell.settings.text_size"));
    paragraph(ui, ui.t("shell.settings.text_size_hint"), ui.theme.textMuted);
    const std::string names[] = {ui.t("shell.settings.text_normal"), ui.t("shell.settings.text_large"),
                                 ui.t("shell.settings.text_largest")};
    for (int i = 0; i < 3; ++i) {
        ButtonStyle st;
        st.look = Look::Secondary;
        st.selected = i == textStep;
        if (button(ui, names[i], "settings.text." + std::to_string(i), st) && i != textStep)
            choice = intent::SetTextStep{i};
    }
    gap(ui, 4);
    paragraph(ui, ui.t("shell.settings.text_sample"));
    gap(ui, 12);
    heading(ui, ui.t("shell.settings.beeldmodus"));
    paragraph(ui, ui.t("shell.settings.beeldmodus_hint"), ui.theme.textMuted);
    beeldmodusRow(ui, "settings.beeldmodus");
    gap(ui, 12);
    readAloudSettings(ui);
    gap(ui, 12);
    heading(ui, ui.t("shell.settings.data"));
    paragraph(ui, ui.t("shell.settings.data_text"));
    paragraph(ui, ui.tf("shell.settings.folder", {{"folder", dataDir}}), ui.theme.textMuted);
    ButtonStyle st;
    st.look = Look::Secondary;
    st.pictogram = "export";
    if (button(ui, ui.t("shell.settings.export_all"), "settings.export.all", st)) {
        choice = intent::OpenExport{true};
    }
    st.pictogram = "mobile-phone";
    if (button(ui, ui.t("shell.export.import_button"), "settings.import", st)) choice = intent::OpenImport{};
    gap(ui, 12);
    if (Choice c = coordinatorSettings(ui, *this)) choice = c;
    endBody(ui, scroll);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
