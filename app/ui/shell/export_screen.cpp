#include "ui/shell/export_screen.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

#include "store/passphrase_strength.h"
#include "ui/kit/shapes.h"
#include "ui/kit/text_field.h"
#include "ui/kit/warning_box.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {

constexpr std::size_t kMaxPassphraseBytes = 256;

void wipe(std::string& s) {
    std::fill(s.begin(), s.end(), '\0');
    s.clear();
}

// Three blocks that fill up (one for weak, two for fair, three for strong)
// with the word beside them: the level never depends on colour alone.
void strengthMeter(Ui& ui, const std::string& passphrase) {
    const PassphraseStrength s = estimatePassphrase(passphrase);
    const Theme& t = ui.theme;
    int filled = 0;
    ImU32 colour = t.danger;
    std::string word;
    switch (s.level) {
    case PassphraseLevel::TooShort:
        word = passphrase.empty()
                   ? ui.t("shell.export.strength_empty")
                   : ui.tn("shell.export.strength_short", static_cast<long>(kMinPassphraseChars - s.chars));
        break;
    case PassphraseLevel::Weak: filled = 1, word = ui.t("shell.export.strength_weak"); break;
    case PassphraseLevel::Fair:
        filled = 2, word = ui.t("shell.export.strength_fair"), colour = IM_COL32(0x8A, 0x5A, 0x00, 255);
        break;
    case PassphraseLevel::Strong:
        filled = 3, word = ui.t("shell.export.strength_strong"), colour = IM_COL32(0x1E, 0x6B, 0x34, 255);
        break;
    }
    const auto& f = ui.fonts();
    const std::string label = ui.tf("shell.export.strength", {{"word", word}});
    const float blockW = ui.dp(40), blockH = ui.dp(14), gapW = ui.dp(6);
    const float barW = 3 * blockW + 2 * gapW;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = std::max(blockH, f.bold->FontSize) + ui.dp(8);
    ImGui::Dummy(ImVec2(ui.columnWidth(), h));
    ui.marker(label, "export.strength");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float y = p.y + (h - blockH) / 2;
    for (int i = 0; i < 3; ++i) {
        const ImVec2 a(p.x + i * (blockW + gapW), y), b(a.x + blockW, y + blockH);
        if (i < filled) fillRoundRect(dl, a, b, colour, ui.dp(4));
        else dl->AddRect(a, b, t.outline, ui.dp(4), 0, ui.dp(1.5f));
    }
    dl->AddText(f.bold, f.bold->FontSize, ImVec2(p.x + barW + ui.dp(12), p.y + (h - f.bold->FontSize) / 2), t.text,
                label.c_str());
}

// A path broken at its separators so that every line fits `width`
// (ImGui wraps only at spaces, and paths have none).
std::string wrapPath(ImFont* font, const std::string& path, float width) {
    std::string out, line;
    auto fits = [&](const std::string& s) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.c_str()).x <= width;
    };
    std::size_t i = 0;
    while (i < path.size()) {
        std::size_t j = path.find_first_of("/\\", i + 1);
        std::string piece = path.substr(i, j == std::string::npos ? std::string::npos : j - i);
        if (!line.empty() && !fits(line + piece)) out += line + "\n", line.clear();
        while (!fits(piece) && piece.size() > 1) {  // one piece longer than a line: cut it
            std::size_t n = piece.size();
            while (n > 1 && !fits(piece.substr(0, n))) --n;
            out += piece.substr(0, n) + "\n";
            piece = piece.substr(n);
        }
        line += piece;
        i = j == std::string::npos ? path.size() : j;
    }
    return out + line;
}

// Sessions from another device come in on their own screen; the way there
// is here, where people look for their files, and under Settings.
Choice importOffer(Ui& ui) {
    gap(ui, 16);
    heading(ui, ui.t("shell.export.import"));
    paragraph(ui, ui.t("shell.export.import_text"), ui.theme.textMuted);
    ButtonStyle st;
    st.look = Look::Secondary;
    st.pictogram = "mobile-phone";
    if (button(ui, ui.t("shell.export.import_button"), "export.import", st)) return intent::OpenImport{};
    return {};
}

}  // namespace

// A passphrase field: hidden dots unless `show`, the keyboard opens only
// while it has focus, and it stays in view above the keyboard (as textField).
// Returns true when the text changed.
bool passphraseField(Ui& ui, const std::string& label, const std::string& id, std::string& value, bool show) {
    beginFieldLook(ui, label);
    ImGui::PushID(id.c_str());
    ImGuiInputTextFlags flags = show ? 0 : ImGuiInputTextFlags_Password;
    const bool changed = ImGui::InputText("##pass", &value, flags);
    if (value.size() > kMaxPassphraseBytes) value.resize(kMaxPassphraseBytes);
    ImGui::PopID();
    endFieldLook();
    ui.target(label, id);
    followFieldFocus(ui);
    return changed;
}

// A line with a pictogram in front (a check, a cross, a warning).
void markedLine(Ui& ui, const std::string& pictogram, const std::string& text, ImU32 colour, const std::string& id) {
    const auto& f = ui.fonts();
    const float picto = ui.dp(24), w = ui.columnWidth() - picto - ui.dp(8);
    const ImVec2 ts = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, w, text.c_str());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = std::max(picto, ts.y);
    ImGui::Dummy(ImVec2(ui.columnWidth(), h));
    ui.marker(text, id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    drawPictogram(ui, dl, pictogram, ImVec2(p.x + picto / 2, p.y + h / 2), picto);
    dl->AddText(f.body, f.body->FontSize, ImVec2(p.x + picto + ui.dp(8), p.y + (h - ts.y) / 2), colour, text.c_str(),
                nullptr, w);
}

void ExportScreen::reset(bool all) {
    forget();
    counts.reset();  // read them again for this visit
    scope = all ? 1 : 0;
    show = false;
    plainAsked = false;
    scrollToWarning = false;
    refusal.clear();
}

void ExportScreen::forget() {
    wipe(pass1);
    wipe(pass2);
}

Choice ExportScreen::draw(Ui& ui, const ExportCounts& now, const std::optional<ExportResult>& result) {
    return draw(
        ui, [&] { return now; }, result);
}

Choice ExportScreen::draw(Ui& ui, const std::function<ExportCounts()>& readCounts,
                          const std::optional<ExportResult>& result) {
    // Counting reads the record folder: once per visit and after an export,
    // not on every frame.
    if (result.has_value() != hadResult) counts.reset(), hadResult = result.has_value();
    if (result) return drawResult(ui, *result);
    if (!counts) counts = readCounts();
    return drawForm(ui, *counts);
}

Choice ExportScreen::drawForm(Ui& ui, const ExportCounts& counts) {
    Choice choice;
    const Theme& t = ui.theme;
    ScreenHeader header;
    header.id = "shell.export";
    header.title = ui.t("shell.export.title");
    header.subtitle = ui.t("shell.export.subtitle");
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = Choice::back();
    beginBody(ui, scroll, 1);

    heading(ui, ui.t("shell.export.which"));
    segmented(ui, "export.scope", {ui.t("shell.export.scope_new"), ui.t("shell.export.scope_all")}, scope,
              {"export.scope.new", "export.scope.all"});
    const std::size_t chosen = scope == 1 ? counts.all : counts.fresh;
    std::string about;
    if (counts.all == 0) about = ui.t("shell.export.none");
    else if (chosen == 0) about = ui.t("shell.export.none_new");
    else if (scope == 1) about = ui.tn("shell.export.going_all", static_cast<long>(chosen));
    else about = ui.tn("shell.export.going_new", static_cast<long>(chosen));
    paragraph(ui, about, t.textMuted);
    const bool canExport = chosen > 0;
    if (ui.sys.storageMayBeCleared()) {
        // A phone browser may wipe a site's data when space runs low and the
        // site is not installed: the only copy must not live there for long.
        gap(ui, 6);
        markedLine(ui, "warning", ui.t("shell.export.browser_storage"), t.text, "export.browser_storage");
    }

    if (!coordinatorWords.empty()) return drawToCoordinator(ui, canExport, choice);
    gap(ui, 12);
    heading(ui, ui.t("shell.export.protect"));
    paragraph(ui, ui.t("shell.export.protect_text"));
    gap(ui, 4);
    if (passphraseField(ui, ui.t("shell.export.pass1"), "export.pass1", pass1, show)) refusal.clear();
    strengthMeter(ui, pass1);
    paragraph(ui, ui.t("shell.export.estimate"), t.textMuted, ui.fonts().small);
    gap(ui, 6);
    if (passphraseField(ui, ui.t("shell.export.pass2"), "export.pass2", pass2, show)) refusal.clear();
    if (!pass2.empty()) {
        if (pass1 == pass2) markedLine(ui, "check-mark", ui.t("shell.export.match"), t.text, "export.match");
        else markedLine(ui, "cross-mark", ui.t("shell.export.mismatch"), t.text, "export.mismatch");
    }
    gap(ui, 4);
    {
        ButtonStyle st;
        st.look = Look::Quiet;
        st.selected = show;
        st.pictogram = "eye";
        if (button(ui, show ? ui.t("shell.export.hide") : ui.t("shell.export.show"), "export.show", st)) show = !show;
    }
    paragraph(ui, ui.t("shell.export.tell_apart"), t.textMuted);

    gap(ui, 16);
    heading(ui, ui.t("shell.export.plain"));
    paragraph(ui, ui.t("shell.export.plain_text"), t.textMuted);
    if (!plainAsked) {
        ButtonStyle st;
        st.look = Look::Secondary;
        st.enabled = canExport;
        if (button(ui, ui.t("shell.export.plain_button"), "export.plain", st)) plainAsked = scrollToWarning = true;
    } else {
        WarningBox box;
        box.title = ui.t("shell.export.warning_title");
        box.text = ui.t("shell.export.warning_text");
        box.id = "export.warning";
        box.speaker = true;
        warningBox(ui, box);
        if (scrollToWarning) ImGui::SetScrollHereY(0.2f), scrollToWarning = false;
        gap(ui, 4);
        ButtonStyle danger;
        danger.look = Look::Danger;
        danger.enabled = canExport;
        if (button(ui, ui.t("shell.export.plain_yes"), "export.plain.confirm", danger)) {
            choice = intent::ExportBundle{scope == 1, {}};
            forget();
        }
        ButtonStyle quiet;
        quiet.look = Look::Quiet;
        if (button(ui, ui.t("shell.export.plain_no"), "export.plain.cancel", quiet)) plainAsked = false;
    }
    if (Choice c = importOffer(ui)) choice = c;
    endBody(ui, scroll);

    beginFooter(ui);
    // Why the tap was refused, right above the button that was tapped.
    if (!refusal.empty()) markedLine(ui, "warning", refusal, t.text, "export.refusal");
    ButtonStyle st;
    st.pictogram = "locked";
    st.enabled = canExport;
    if (button(ui, ui.t("shell.export.sealed"), "export.sealed", st)) {
        const PassphraseStrength s = estimatePassphrase(pass1);
        if (s.level == PassphraseLevel::TooShort) {
            refusal = ui.tf("shell.export.refused_short", {{"n", std::to_string(kMinPassphraseChars)}});
        } else if (pass1 != pass2) {
            refusal = ui.t("shell.export.refused_mismatch");
        } else {
            refusal.clear();
            choice = intent::ExportBundle{scope == 1, pass1};
            forget();
        }
        ui.keepAnimating();  // the footer grows or shrinks with the refusal: measure it again
    }
    endFooter(ui);
    endScreen(ui);
    return choice;
}

// With a coordinator's key (Settings) there is no passphrase to choose: the
// bundle is sealed to the key, and only the coordinator's hub opens it.
Choice ExportScreen::drawToCoordinator(Ui& ui, bool canExport, Choice choice) {
    gap(ui, 12);
    heading(ui, ui.t("shell.export.to_coordinator"));
    paragraph(ui, ui.t("shell.export.to_coordinator_text"));
    paragraph(ui, coordinatorWords, ui.theme.text, ui.fonts().bold);
    if (Choice c = importOffer(ui)) choice = c;
    endBody(ui, scroll);
    beginFooter(ui);
    ButtonStyle st;
    st.pictogram = "locked";
    st.enabled = canExport;
    if (button(ui, ui.t("shell.export.to_coordinator_button"), "export.sealed", st))
        choice = intent::ExportBundle{scope == 1, {}};
    endFooter(ui);
    endScreen(ui);
    return choice;
}

Choice ExportScreen::drawResult(Ui& ui, const ExportResult& r) {
    Choice choice;
    const Theme& t = ui.theme;
    const auto& f = ui.fonts();
    ScreenHeader header;
    header.id = "shell.export.result";
    header.title = ui.t("shell.export.title");
    header.subtitle = r.ok ? ui.t("shell.export.result_done") : ui.t("shell.export.result_failed");
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = Choice::go(Route::Home);
    const bool shareable = r.ok && !r.file.empty() && r.canShare;
    const bool downloadable = r.ok && !r.file.empty() && r.canDownload;
    beginBody(ui, scroll, 1 + (shareable ? 1 : 0) + (downloadable ? 1 : 0));
    gap(ui, 8);
    pictogramImage(ui, r.ok ? (r.sealed ? "locked" : "unlocked") : "warning", 64);
    gap(ui, 4);
    if (!r.ok) {
        heading(ui, ui.t("shell.export.failed"));
        paragraph(ui, r.problem.empty() ? ui.t("shell.export.failed_write") : r.problem);
        paragraph(ui, ui.t("shell.export.failed_kept"), t.textMuted);
    } else if (r.file.empty()) {
        heading(ui, ui.t("shell.export.nothing"));
        paragraph(ui, ui.t("shell.export.none_new"), t.textMuted);
    } else {
        heading(ui, ui.tn("shell.export.written", static_cast<long>(r.written)));
        // Sealed to the coordinator's key (Settings): no passphrase to tell.
        const bool toKey = r.sealed && !coordinatorWords.empty();
        if (toKey) markedLine(ui, "locked", ui.t("shell.export.result_coordinator"), t.text, "export.result.sealed");
        else if (r.sealed) markedLine(ui, "locked", ui.t("shell.export.result_sealed"), t.text, "export.result.sealed");
        else markedLine(ui, "warning", ui.t("shell.export.result_plain"), t.text, "export.result.plain");
        gap(ui, 10);
        heading(ui, ui.t("shell.export.where"));
        const float w = ui.columnWidth();
        paragraph(ui, wrapPath(f.small, r.folder, w), t.textMuted, f.small);
        paragraph(ui, wrapPath(f.bold, r.file, w), t.text, f.bold);
        ui.marker(r.file, "export.result.file");
        gap(ui, 10);
        paragraph(ui,
                  toKey      ? ui.t("shell.export.share_coordinator")
                  : r.sealed ? ui.t("shell.export.share_sealed")
                             : ui.t("shell.export.share_plain"),
                  t.textMuted);
        gap(ui, 4);
        // Who "the coordinator" is, in one sentence: not everyone knows the word.
        markedLine(ui, "people", ui.t("shell.export.coordinator"), t.text, "export.result.coordinator");
    }
    endBody(ui, scroll);
    beginFooter(ui);
    if (downloadable) {
        ButtonStyle save;
        save.look = Look::Secondary;
        save.pictogram = "inbox";
        if (button(ui, ui.t("shell.export.download"), "export.download", save))
            choice = intent::DownloadFile{(std::filesystem::path(r.folder) / r.file).string()};
    }
    if (shareable) {
        ButtonStyle share;
        share.look = Look::Secondary;
        share.pictogram = "export";
        if (button(ui, ui.t("shell.export.share"), "export.share", share))
            choice = intent::ShareFile{(std::filesystem::path(r.folder) / r.file).string()};
    }
    if (button(ui, ui.t("shell.export.done"), "export.done")) choice = Choice::go(Route::Home);
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
