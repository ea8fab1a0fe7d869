// The controller's paper part in a build without app/export (the web app:
// its wasm libraries have no SDL2_ttf yet). The paper buttons are not drawn
// there (paperAvailable() is false); an intent that still arrives says so.
#include "ui/kit/paper_buttons.h"
#include "ui/shell/app_controller.h"

namespace samenspel::ui {

bool paperAvailable() { return false; }

void AppController::printDeck(const std::string&) { message_ = ui_.t("kit.paper.failed"); }
void AppController::saveTakeHome(bool) { message_ = ui_.t("kit.paper.failed"); }
void AppController::saveEndPicture() { message_ = ui_.t("kit.paper.failed"); }

}  // namespace samenspel::ui
