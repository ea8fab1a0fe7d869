#include "ui/shell/export_screen.h"

#include <imgui_stdlib.h>

#include <algorithm>

#include "store/passphrase_strength.h"
#include "ui/kit/shapes.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {

constexpr std::size_t kMaxPassphraseBytes = 256;

void wipe(std::string& s) {
    std::fill(s.begin(), s.end(), '\0');
    s.clear();
}

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
        word = passphrase.empty() ? "nog leeg"
                                  : "te kort (nog " + std::to_string(kMinPassphraseChars - s.chars) +
                                        (kMinPassphraseChars - s.chars == 1 ? " teken)" : " tekens)");
        break;
    case PassphraseLevel::Weak: filled = 1, word = "zwak"; break;
    case PassphraseLevel::Fair: filled = 2, word = "redelijk", colour = IM_COL32(0x8A, 0x5A, 0x00, 255); break;
    case PassphraseLevel::Strong: filled = 3, word = "sterk", colour = IM_COL32(0x1E, 0x6B, 0x34, 255); break;
    }
    const auto& f = ui.fonts();
    const std::string label = "Sterkte: " + word;
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

// A boxed warning: pictogram, bold title and text, on a light danger fill
// with a danger border.
void warningBox(Ui& ui, const std::string& title, const std::string& text, const std::string& id) {
    const auto& f = ui.fonts();
    const Theme& t = ui.theme;
    const float col = ui.columnWidth(), pad = ui.dp(14), picto = ui.dp(32);
    const float textW = col - 2 * pad - picto - ui.dp(12);
    const ImVec2 th = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, textW, title.c_str());
    const ImVec2 tt = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, textW, text.c_str());
    const float h = 2 * pad + std::max(picto, th.y + ui.dp(4) + tt.y);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(col, h));
    ui.marker(title, id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fillRoundRect(dl, p, ImVec2(p.x + col, p.y + h), mix(t.danger, IM_COL32_WHITE, 0.9f), ui.dp(12));
    dl->AddRect(p, ImVec2(p.x + col, p.y + h), t.danger, ui.dp(12), 0, ui.dp(2));
    drawPictogram(ui, dl, "warning", ImVec2(p.x + pad + picto / 2, p.y + pad + picto / 2), picto);
    const float x = p.x + pad + picto + ui.dp(12);
    dl->AddText(f.bold, f.bold->FontSize, ImVec2(x, p.y + pad), t.text, title.c_str(), nullptr, textW);
    dl->AddText(f.body, f.body->FontSize, ImVec2(x, p.y + pad + th.y + ui.dp(4)), t.text, text.c_str(), nullptr, textW);
}

// A path broken at its separators so that every line fits `width`
// (ImGui wraps only at spaces, and paths have none).
std::string wrapPath(ImFont* font, const std::string& path, float width) {
    std::string out, line;
    auto fits = [&](const std::string& s) { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.c_str()).x <= width; };
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

std::string sessions(std::size_t n) { return std::to_string(n) + (n == 1 ? " sessie" : " sessies"); }

}  // namespace

void ExportScreen::reset(bool all) {
    forget();
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

Choice ExportScreen::draw(Ui& ui, const ExportCounts& counts, const std::optional<ExportResult>& result) {
    return result ? drawResult(ui, *result) : drawForm(ui, counts);
}

Choice ExportScreen::drawForm(Ui& ui, const ExportCounts& counts) {
    Choice choice;
    const Theme& t = ui.theme;
    if (beginScreen(ui, "Sessies exporteren", true, "Een bestand om te delen")) choice = Choice::back();
    beginBody(ui, scroll, 1);

    heading(ui, "Welke sessies?");
    segmented(ui, "export.scope", {"Alleen nieuwe", "Alle"}, scope, {"export.scope.new", "export.scope.all"});
    const std::size_t chosen = scope == 1 ? counts.all : counts.fresh;
    std::string about;
    if (counts.all == 0) about = "Er zijn nog geen sessies om te exporteren. Maak eerst een spel af.";
    else if (chosen == 0) about = "Er zijn geen nieuwe sessies. Kies Alle om alles opnieuw te exporteren.";
    else if (scope == 1) about = sessions(chosen) + " gaan in het bestand.";
    else about = sessions(chosen) + " die nog niet geëxporteerd zijn, gaan in het bestand.";
    paragraph(ui, about, t.textMuted);
    const bool canExport = chosen > 0;

    gap(ui, 12);
    heading(ui, "Beveilig met een wachtwoord");
    paragraph(ui, "Het bestand bevat persoonlijke gegevens uit jullie gesprekken. Met een wachtwoord kan alleen "
                  "iemand die het wachtwoord kent het bestand openen.");
    gap(ui, 4);
    if (passphraseField(ui, "Wachtwoord", "export.pass1", pass1, show)) refusal.clear();
    strengthMeter(ui, pass1);
    paragraph(ui, "Dit is een schatting: de app kijkt naar de lengte en de soorten tekens. "
                  "Tip: een korte zin van vier of meer woorden is sterk en makkelijk te onthouden.",
              t.textMuted, ui.fonts().small);
    gap(ui, 6);
    if (passphraseField(ui, "Typ het wachtwoord nog een keer", "export.pass2", pass2, show)) refusal.clear();
    if (!pass2.empty()) {
        if (pass1 == pass2) markedLine(ui, "check-mark", "De twee zijn gelijk.", t.text, "export.match");
        else markedLine(ui, "cross-mark", "De twee zijn nog niet gelijk.", t.text, "export.mismatch");
    }
    gap(ui, 4);
    {
        ButtonStyle st;
        st.look = Look::Quiet;
        st.selected = show;
        st.pictogram = "eye";
        if (button(ui, show ? "Verberg het wachtwoord" : "Toon het wachtwoord", "export.show", st)) show = !show;
    }
    paragraph(ui, "Vertel het wachtwoord apart aan wie het bestand opent, bijvoorbeeld aan de telefoon. "
                  "Zonder wachtwoord kan niemand het bestand openen. Ook de makers van de app niet.",
              t.textMuted);

    gap(ui, 16);
    heading(ui, "Zonder wachtwoord");
    paragraph(ui, "Dan kan iedereen die het bestand krijgt, alles lezen.", t.textMuted);
    if (!plainAsked) {
        ButtonStyle st;
        st.look = Look::Secondary;
        st.enabled = canExport;
        if (button(ui, "Exporteer zonder wachtwoord", "export.plain", st)) plainAsked = scrollToWarning = true;
    } else {
        warningBox(ui, "Let op: dit bestand is niet beveiligd.",
                   "Het bevat persoonlijke gegevens uit jullie gesprekken. Iedereen die het bestand krijgt, kan alles "
                   "lezen. Doe dit alleen als het bestand op een veilige plek blijft.",
                   "export.warning");
        if (scrollToWarning) ImGui::SetScrollHereY(0.2f), scrollToWarning = false;
        gap(ui, 4);
        ButtonStyle danger;
        danger.look = Look::Danger;
        danger.enabled = canExport;
        if (button(ui, "Ja, exporteer zonder wachtwoord", "export.plain.confirm", danger)) {
            choice = intent::ExportBundle{scope == 1, {}};
            forget();
        }
        ButtonStyle quiet;
        quiet.look = Look::Quiet;
        if (button(ui, "Nee, toch met wachtwoord", "export.plain.cancel", quiet)) plainAsked = false;
    }
    endBody(ui, scroll);

    beginFooter(ui);
    // Why the tap was refused, right above the button that was tapped.
    if (!refusal.empty()) markedLine(ui, "warning", refusal, t.text, "export.refusal");
    ButtonStyle st;
    st.pictogram = "locked";
    st.enabled = canExport;
    if (button(ui, "Exporteer met wachtwoord", "export.sealed", st)) {
        const PassphraseStrength s = estimatePassphrase(pass1);
        if (s.level == PassphraseLevel::TooShort) {
            refusal = "Je wachtwoord is te kort. Gebruik minstens " + std::to_string(kMinPassphraseChars) + " tekens.";
        } else if (pass1 != pass2) {
            refusal = "De twee wachtwoorden zijn niet gelijk. Typ ze nog een keer.";
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

Choice ExportScreen::drawResult(Ui& ui, const ExportResult& r) {
    Choice choice;
    const Theme& t = ui.theme;
    const auto& f = ui.fonts();
    if (beginScreen(ui, "Sessies exporteren", true, r.ok ? "Klaar" : "Niet gelukt")) choice = Choice::go(Route::Home);
    beginBody(ui, scroll, 1);
    gap(ui, 8);
    pictogramImage(ui, r.ok ? (r.sealed ? "locked" : "unlocked") : "warning", 64);
    gap(ui, 4);
    if (!r.ok) {
        heading(ui, "Exporteren lukt niet.");
        paragraph(ui, r.problem.empty() ? "Er ging iets mis bij het schrijven van het bestand." : r.problem);
        paragraph(ui, "Je sessies zijn niet kwijt. Ze staan nog op dit toestel. Probeer het later opnieuw.", t.textMuted);
    } else if (r.file.empty()) {
        heading(ui, "Er was niets om te exporteren.");
        paragraph(ui, "Er zijn geen nieuwe sessies. Kies Alle om alles opnieuw te exporteren.", t.textMuted);
    } else {
        heading(ui, sessions(r.written) + (r.written == 1 ? " staat" : " staan") + " in het bestand.");
        if (r.sealed)
            markedLine(ui, "locked", "Beveiligd met je wachtwoord.", t.text, "export.result.sealed");
        else
            markedLine(ui, "warning", "Niet beveiligd: iedereen met het bestand kan het lezen.", t.text,
                       "export.result.plain");
        gap(ui, 10);
        heading(ui, "Waar staat het bestand?");
        const float w = ui.columnWidth();
        paragraph(ui, wrapPath(f.small, r.folder, w), t.textMuted, f.small);
        paragraph(ui, wrapPath(f.bold, r.file, w), t.text, f.bold);
        ui.marker(r.file, "export.result.file");
        gap(ui, 10);
        paragraph(ui, r.sealed ? "Deel het bestand met de coördinator. Vertel het wachtwoord apart, niet in hetzelfde "
                                 "bericht als het bestand."
                               : "Deel het bestand alleen op een veilige manier, en haal het weg als het niet meer "
                                 "nodig is.",
                  t.textMuted);
    }
    endBody(ui, scroll);
    beginFooter(ui);
    if (button(ui, "Klaar", "export.done")) choice = Choice::go(Route::Home);
    endFooter(ui);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
