// Import: sessions exported on another device (a coach with a new phone)
// come onto this one. The person picks the bundle file (a browser's own
// file picker; on the desktop a path, or the file dragged onto the
// window), types its passphrase when it has one, and sees what came in:
// how many sessions are new and how many were already here. A file sealed
// for the coordinator, a wrong passphrase and a damaged file each get their
// own plain message, and then nothing on the device has changed.
#pragma once
#include <optional>
#include <string>

#include "ui/kit/choice.h"
#include "ui/kit/drag_scroll.h"
#include "ui/kit/ui.h"
#include "ui/shell/session_import.h"

namespace samenspel::ui {

struct ImportScreen {
    DragScroll scroll;
    std::string path;  // typed on the desktop
    std::string pass;
    bool show = false;  // show the passphrase as typed

    void reset();
    // Overwrites and clears the typed passphrase.
    void forget();
    // `canPick`: the platform has its own file picker (a browser).
    Choice draw(Ui& ui, bool canPick, const std::optional<ImportResult>& result);

private:
    Choice drawChoose(Ui& ui, bool canPick);
    Choice drawPassphrase(Ui& ui, const ImportResult& r);
    Choice drawResult(Ui& ui, const ImportResult& r, bool canPick);
};

}  // namespace samenspel::ui
