#include "ui/reflectie/reflectie_summary.h"

#include "ui/kit/people.h"
#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"
#include "ui/reflectie/reflectie_widgets.h"

namespace samenspel::ui {

namespace {

// A card with its words as one line: "Ik vraag eerst door: bij de volgende klant".
std::string noteWords(const Deck& deck, const CardNote& n) {
    const Card* c = deck.card(n.card);
    std::string out = c ? c->label : n.card;
    if (!n.text.empty()) out += ": " + n.text;
    return out;
}

void noteRow(Ui& ui, const Deck& deck, const GameSetup& setup, int seat, const CardNote& n, const std::string& id) {
    const Card* c = deck.card(n.card);
    const std::string line =
        ui.tf("reflectie.note.row", {{"name", seatName(ui, setup, seat)}, {"card", noteWords(deck, n)}});
    spokenBadge(ui, c ? c->pictogram : "note", line, ui.theme.surfaceAlt, id);
}

}  // namespace

void reflectieSummary(Ui& ui, const Deck& deck, const ReflectieState& s) {
    const Card* theme = deck.card(s.theme);
    if (theme) instruction(ui, "summary.theme", theme->pictogram, theme->label, theme->label + ". " + theme->text);
    for (const auto& r : s.rounds) {
        if (!r.chosen()) continue;
        const std::string who = seatName(ui, s.setup, r.inbrenger);
        const std::string n = std::to_string(r.number);
        heading(ui, r.form == ReflectieForm::Hard
                        ? ui.tf("reflectie.summary.round.hard", {{"n", n}, {"name", who}})
                        : ui.tf("reflectie.summary.round.success", {{"n", n}, {"name", who}}));
        const std::string id = "summary.round." + std::to_string(r.number);
        if (!r.voornemen.empty()) {
            const std::string line =
                ui.tf("reflectie.voornemen.row", {{"name", who}, {"card", noteWords(deck, r.voornemen)}});
            const Card* c = deck.card(r.voornemen.card);
            spokenBadge(ui, c ? c->pictogram : "footprints", line, ui.theme.primarySoft, id + ".voornemen");
        }
        if (!r.strengths.empty()) paragraph(ui, ui.t("reflectie.summary.strengths"), ui.theme.textMuted);
        for (const auto& [seat, n] : r.strengths)
            noteRow(ui, deck, s.setup, seat, n, id + ".strength." + std::to_string(seat));
        if (!r.learnings.empty()) paragraph(ui, ui.t("reflectie.summary.learnings"), ui.theme.textMuted);
        for (const auto& [seat, n] : r.learnings)
            noteRow(ui, deck, s.setup, seat, n, id + ".learn." + std::to_string(seat));
        gap(ui, 6);
    }
}

}  // namespace samenspel::ui
