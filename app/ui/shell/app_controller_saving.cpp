// The AppController's part that shows how records are kept: the save
// banner with its retry while the game on the table is not saved, the
// header's "stop" action, and exporting sync bundles. The policy itself
// (what is saved when, what may leave the table) is the table's.
#include <algorithm>
#include <cstdio>

#include "ui/shell/app_controller.h"
#include "ui/shell/navigation.h"

namespace samenspel::ui {

// What the app adds to the screen this frame: "Stoppen" and the elapsed
// time in a running game, and the banner while the game on the table is
// not saved.
void AppController::updateExtras() {
    ui_.extras = {};
    const Game* game = table_.game();
    // "Stoppen" only while there is something left to stop: on the closing
    // screen the game is as good as done, and "Opslaan en afsluiten" is the
    // way out; a stop there would mark a finished talk as stopped.
    const bool closing = game && ((game->tegenwicht() && roundStep(*game->tegenwicht()) == RoundStep::Closing) ||
                                  (game->samenleer() && game->samenleer()->phase == SamenleerPhase::Closing) ||
                                  (game->reflectie() && game->reflectie()->phase == ReflectiePhase::Closing &&
                                   game->reflectie()->rounds.size() >= game->reflectie()->plannedRounds()));
    if (nav_.current() == Route::Game && game && !game->finished() && !closing)
        ui_.extras.action = HeaderAction{ui_.t("table.stop"), "game.stop", "raised-hand"};
    if (nav_.current() == Route::Game && game && !game->finished())
        ui_.extras.gameStartedUnixMs = table_.gameStartedMs();
    // The same banner when the record folder is written but the storage
    // that outlives the app is not (a browser's IndexedDB full or refused).
    if (table_.unsaved() || sys_.storageWriteFailed()) {
        Banner b;
        b.title = ui_.t("table.save_banner.title");
        b.text = table_.unsaved() ? ui_.t("table.save_banner.text") : ui_.t("table.save_banner.storage_text");
        b.button = ui_.t("table.save_banner.retry");
        b.buttonId = "save.retry";
        ui_.extras.banner = b;
    }
}

void AppController::handleExtras() {
    if (ui_.extras.action && ui_.extras.action->tapped) go(Route::StopConfirm);
    if (ui_.extras.banner && ui_.extras.banner->tapped) {
        if (table_.unsaved()) retrySave();
        if (sys_.storageWriteFailed()) sys_.retryStorageWrite();
    }
}

void AppController::exportRecords(bool all, std::string passphrase) {
    const ExportOutcome o = table_.exportBundle(all, passphrase);
    std::fill(passphrase.begin(), passphrase.end(), '\0');
    logTableProblems();
    ExportResult result;
    result.ok = o.ok;
    result.sealed = o.sealed;
    result.written = o.written;
    result.folder = o.folder;
    result.file = o.file;
    result.canShare = sys_.canShare();
    result.canDownload = sys_.canDownload();
    if (o.problem == BundleWrite::Problem::NotMarked) result.problem = ui_.t("table.export.not_marked");
    else if (o.problem == BundleWrite::Problem::NotWritten) result.problem = ui_.t("table.export.not_written");
    exportResult_ = result;
    const BundleCounts n = table_.exportCounts();
    exportCounts_ = {n.fresh, n.all};
}

}  // namespace samenspel::ui
