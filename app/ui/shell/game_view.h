// The game screens' view state and typed drafts as a ViewDraft
// (table/view_draft.h), so a resumed game shows the page, the open moment
// and the words being typed as they were left. Only what a person would
// miss is kept; an open private hand is not (it returns to the privacy
// screen on purpose).
#pragma once
#include "engine/game.h"
#include "table/view_draft.h"
#include "ui/shell/app_screens.h"

namespace samenspel::ui {

ViewDraft captureGameView(const Screens& screens, GameKind kind);
void restoreGameView(const ViewDraft& view, Screens& screens, GameKind kind);

}  // namespace samenspel::ui
