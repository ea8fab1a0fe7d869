// Export: choose only new sessions or all, protect the bundle with a
// passphrase typed twice (with an honest strength estimate), or, behind a
// clear warning and a second tap, export without one. After the export it
// shows how many sessions went into which file, where that file is, who
// the coordinator is, and "Deel" where the platform can share a file.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

// A passphrase field (export and import): hidden dots unless `show`, at
// most 256 bytes, the keyboard opens only while it has focus, and it stays
// in view above the keyboard. Returns true when the text changed.
bool passphraseField(Ui& ui, const std::string& label, const std::string& id, std::string& value, bool show);
// A line with a pictogram in front (a check, a cross, a warning).
void markedLine(Ui& ui, const std::string& pictogram, const std::string& text, ImU32 colour, const std::string& id);

// Sessions the export can take (finished and stopped ones).
struct ExportCounts {
    std::size_t fresh = 0;  // not yet exported
    std::size_t all = 0;
};

struct ExportResult {
    bool ok = false;
    bool sealed = false;
    std::size_t written = 0;
    std::string folder, file;  // where the bundle is (file empty when none was written)
    std::string problem;       // in Dutch, when it did not work
    bool canShare = false;     // the platform can hand the file to another app: the result offers "Deel"
    bool canDownload = false;  // the platform can save a copy as a download: the result offers "Bewaar"
};

struct ExportScreen {
    DragScroll scroll;
    int scope = 0;  // 0 = only new sessions, 1 = all
    std::string pass1, pass2;
    bool show = false;        // show the passphrase as typed
    bool plainAsked = false;  // the warning for an export without passphrase is open
    bool scrollToWarning = false;
    std::string refusal;           // why the last tap on "export" was refused
    std::string coordinatorWords;  // a coordinator's key is set (Settings): its fingerprint; exports are sealed to it

    std::optional<ExportCounts> counts;  // what the form shows, read on entering and after an export
    bool hadResult = false;

    void reset(bool all);
    // Overwrites and clears the typed passphrases.
    void forget();
    // `readCounts` reads the record folder; the screen calls it when it is
    // entered (after reset) and after an export, not on every frame.
    Choice draw(Ui& ui, const std::function<ExportCounts()>& readCounts, const std::optional<ExportResult>& result);
    // The older form with counts read by the caller (on every frame).
    Choice draw(Ui& ui, const ExportCounts& counts, const std::optional<ExportResult>& result);

private:
    Choice drawForm(Ui& ui, const ExportCounts& counts);
    Choice drawResult(Ui& ui, const ExportResult& result);
    Choice drawToCoordinator(Ui& ui, bool canExport, Choice choice);
};

}  // namespace samenspel::ui
