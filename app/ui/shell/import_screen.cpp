#include "ui/shell/import_screen.h"

#include <algorithm>

#include "ui/kit/text_field.h"
#include "ui/kit/warning_box.h"
#include "ui/kit/widgets.h"
#include "ui/shell/export_screen.h"

namespace samenspel::ui {

namespace {
constexpr std::size_t kMaxPathChars = 1024;
}

void ImportScreen::reset() {
    forget();
    path.clear();
    show = false;
}

void ImportScreen::forget() {
    std::fill(pass.begin(), pass.end(), '\0');
    pass.clear();
}

Choice ImportScreen::draw(Ui& ui, bool canPick, const std::optional<ImportResult>& result) {
    using O = ImportResult::Outcome;
    if (!result) return drawChoose(ui, canPick);
    if (result->outcome == O::NeedsPassphrase || result->outcome == O::WrongPassphrase)
        return drawPassphrase(ui, *result);
    return drawResult(ui, *result, canPick);
}

// The first step: where the file is. A browser opens its own picker; the
// desktop takes a typed path or a file dragged onto the window.
Choice ImportScreen::drawChoose(Ui& ui, bool canPick) {
    Choice choice;
    ScreenHeader header;
    header.id = "shell.import";
    header.title = ui.t("shell.import.title");
    header.subtitle = ui.t("shell.import.subtitle");
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = Choice::back();
    beginBody(ui, scroll, 1);
    gap(ui, 8);
    pictogramImage(ui, "mobile-phone", 64);
    gap(ui, 4);
    paragraph(ui, ui.t("shell.import.intro"));
    paragraph(ui, ui.t("shell.import.safe"), ui.theme.textMuted);
    gap(ui, 8);
    if (canPick) {
        paragraph(ui, ui.t("shell.import.pick_hint"), ui.theme.textMuted);
    } else {
        textField(ui, ui.t("shell.import.path"), "import.path", path, kMaxPathChars, ui.t("shell.import.path_hint"));
        paragraph(ui, ui.t("shell.import.drop"), ui.theme.textMuted);
    }
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "open-folder";
    if (canPick) {
        if (button(ui, ui.t("shell.import.pick"), "import.pick", st))
            choice = intent::PickFile{platform::FileKind::Bundle};
    } else {
        st.enabled = !path.empty();
        if (button(ui, ui.t("shell.import.open"), "import.open", st)) choice = intent::ImportBundle{path, {}};
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

Choice ImportScreen::drawPassphrase(Ui& ui, const ImportResult& r) {
    Choice choice;
    ScreenHeader header;
    header.id = "shell.import.passphrase";
    header.title = ui.t("shell.import.title");
    header.subtitle = r.name;
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = intent::OpenImport{};
    beginBody(ui, scroll, 1);
    gap(ui, 8);
    pictogramImage(ui, "locked", 64);
    gap(ui, 4);
    heading(ui, ui.t("shell.import.pass_title"));
    paragraph(ui, ui.t("shell.import.pass_text"));
    gap(ui, 4);
    passphraseField(ui, ui.t("shell.export.pass1"), "import.pass", pass, show);
    if (r.outcome == ImportResult::Outcome::WrongPassphrase)
        markedLine(ui, "cross-mark", ui.t("shell.import.wrong"), ui.theme.text, "import.wrong");
    gap(ui, 4);
    ButtonStyle eye;
    eye.look = Look::Quiet;
    eye.selected = show;
    eye.pictogram = "eye";
    if (button(ui, show ? ui.t("shell.export.hide") : ui.t("shell.export.show"), "import.show", eye)) show = !show;
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "unlocked";
    st.enabled = !pass.empty();
    if (button(ui, ui.t("shell.import.unlock"), "import.unlock", st)) {
        choice = intent::ImportBundle{r.path, pass};
        forget();
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

Choice ImportScreen::drawResult(Ui& ui, const ImportResult& r, bool canPick) {
    using O = ImportResult::Outcome;
    Choice choice;
    const Theme& t = ui.theme;
    const bool done = r.outcome == O::Done;
    ScreenHeader header;
    header.id = "shell.import.result";
    header.title = ui.t("shell.import.title");
    header.subtitle = done ? ui.t("shell.export.result_done") : ui.t("shell.export.result_failed");
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = done ? Choice::go(Route::Home) : Choice(intent::OpenImport{});
    beginBody(ui, scroll, 2);
    gap(ui, 8);
    if (done) {
        pictogramImage(ui, r.added > 0 ? "check-mark" : "info", 64);
        gap(ui, 4);
        heading(ui, r.added > 0 ? ui.tn("shell.import.added", static_cast<long>(r.added))
                                : ui.t("shell.import.nothing_new"));
        ui.marker(std::to_string(r.added), "import.result.added");
        if (r.already > 0)
            markedLine(ui, "check-mark", ui.tn("shell.import.already", static_cast<long>(r.already)), t.text,
                       "import.result.already");
        gap(ui, 6);
        paragraph(ui, ui.t("shell.import.done_text"), t.textMuted);
    } else {
        WarningBox box;
        box.id = "import.problem";
        box.speaker = true;
        switch (r.outcome) {
        case O::ForCoordinator:
            box.pictogram = "locked";
            box.title = ui.t("shell.import.coordinator_title");
            box.text = ui.t("shell.import.coordinator_text");
            break;
        case O::NotABundle:
            box.title = ui.t("shell.import.not_bundle_title");
            box.text = ui.t("shell.import.not_bundle_text");
            break;
        case O::Damaged:
            box.title = ui.t("shell.import.damaged_title");
            box.text = ui.t("shell.import.damaged_text");
            break;
        default:  // NotSaved
            box.title = ui.t("shell.import.not_saved_title");
            box.text = ui.tn("shell.import.not_saved_text", static_cast<long>(r.added));
            break;
        }
        warningBox(ui, box);
        ui.marker(r.name, "import.result.file");
    }
    endBody(ui, scroll);
    beginFooter(ui);
    if (done) {
        ButtonStyle sessions;
        sessions.look = Look::Secondary;
        sessions.pictogram = "clipboard";
        if (button(ui, ui.t("shell.import.to_sessions"), "import.sessions", sessions))
            choice = Choice::go(Route::Sessions);
        if (button(ui, ui.t("shell.export.done"), "import.done")) choice = Choice::go(Route::Home);
    } else {
        ButtonStyle other;
        other.pictogram = "open-folder";
        if (button(ui, ui.t("shell.import.other_file"), "import.other", other))
            choice = canPick ? Choice(intent::PickFile{platform::FileKind::Bundle}) : Choice(intent::OpenImport{});
        ButtonStyle quiet;
        quiet.look = Look::Quiet;
        if (button(ui, ui.t("shell.export.done"), "import.done", quiet)) choice = Choice::go(Route::Home);
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
