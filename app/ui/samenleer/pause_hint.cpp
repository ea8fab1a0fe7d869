#include "ui/samenleer/pause_hint.h"

#include "ui/kit/read_aloud_widgets.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

void pauseOrStopHint(Ui& ui) {
    if (!ui.extras.action) return;
    gap(ui, 8);
    instruction(ui, "talk.pause.hint", "back-arrow", ui.t("samenleer.pause.short"), ui.t("samenleer.pause.full"),
                ui.theme.textMuted);
}

}  // namespace samenspel::ui
