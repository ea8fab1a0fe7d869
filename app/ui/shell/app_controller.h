// The app: draws the current screen, takes the Choice it returns and hands
// it on: game moves and sessions to the table (table/table.h), routes to
// navigation (navigation.h), settings to the settings part
// (settings_store.h). Every accepted move is saved at once by the table, so
// a killed app resumes exactly where it was; the screens' drafts are saved
// beside the record (game_view.h).
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/deck_loader.h"
#include "platform/services.h"
#include "table/table.h"
#include "ui/kit/choice.h"
#include "ui/kit/ui.h"
#include "ui/shell/export_screen.h"
#include "ui/shell/import_screen.h"
#include "ui/shell/navigation.h"
#include "ui/shell/sessions.h"
#include "ui/shell/settings_store.h"

namespace samenspel::ui {

struct Screens;  // every screen's own state (app_screens.h)

class AppController {
public:
    // `sink` keeps the records (the record folder in the app); `seeds`
    // shuffles new games (random in the app).
    AppController(platform::Services& services, RecordSink& sink, Table::SeedSource seeds);
    ~AppController();

    // Draws one frame (between the platform's beginFrame and endFrame).
    void frame();
    // True while something on screen moves and needs the next frame.
    bool animating() const { return ui_.animating(); }
    // When the last frame wants the next one although nothing moves and no
    // input comes, in the platform's nowMs() clock; -1: it can sleep until
    // input. A running round or speaking timer asks for its next whole
    // second, the elapsed game time in the header for its next minute.
    // Every main loop passes it on after each frame:
    //   pacer.frameDrawn(app.animating(), platform.nowMs(), app.nextWakeMs());
    double nextWakeMs() const { return ui_.nextWakeMs(); }
    // Problems found at start (deck or record files), for the log.
    const std::vector<std::string>& startupProblems() const { return problems_; }
    // The app is closing: drafts are saved, and a game whose last save
    // failed gets one more try (the disk may have room again); says on
    // stderr when it still fails.
    void quit();
    // The app may be killed soon (sent to the background): drafts to disk,
    // and one more try for an unsaved game.
    void saveNow();

    // Read-only views for tools that watch the app (the test driver).
    const Table& table() const { return table_; }
    const DeckCatalog& catalog() const { return catalog_; }
    const Navigation& navigation() const { return nav_; }
    // The screen of the last frame (Ui::screen: a stable id, or title and
    // subtitle for the older header form), for the driver's resume checks.
    const std::string& screenId() const { return ui_.screen(); }
    // How far the screen's list is scrolled (dp), for the driver's resume checks.
    float scrollDp() const { return ui_.bodyScrollDp(); }

private:
    void apply(const Choice& choice);
    void play(const Action& action);
    void afterStep(const Step& step, bool wasUnsaved);
    void startGame(const GameSetup& setup);
    void resumeGame(const std::string& id);
    void openRecord(const std::string& id);
    void deleteRecord(const intent::DeleteRecord& d);
    void exportRecords(bool all, std::string passphrase);
    // Paper (app_controller_paper.cpp): the file goes where exports go; the
    // message over the screen says where, or that nothing was written.
    void printDeck(const std::string& deckId);
    void saveTakeHome(bool withNotes);
    void saveEndPicture();
    void paperDone(bool ok, const std::filesystem::path& file);
    void retrySave();
    void updateExtras();
    void handleExtras();
    void stopReadingWhenLeaving(bool backKey);
    void saveView(bool now);
    void reloadSessions();
    void logTableProblems();
    void goBack();
    void go(Route r);
    SessionInfo infoOf(const SessionFacts& f) const;
    std::string loadCredits() const;
    void changeSettings(const Settings& s);
    void setCoordinatorKey(const std::string& path);
    void showCoordinatorKey();
    // Import (app_controller_import.cpp): sessions from another device.
    void runImport(const std::string& path, std::string passphrase);
    void openImport();
    void takeBroughtFile();

    platform::Services& sys_;
    RecordSink& sink_;  // the table writes through it too; the import adds sessions with it
    Ui ui_;
    DeckCatalog catalog_;
    std::vector<std::string> problems_;
    Table table_;
    Navigation nav_;
    Settings settings_;

    std::optional<Game> viewed_;  // a finished game whose summary is open
    SessionInfo viewedInfo_;
    std::vector<SessionInfo> unfinished_, past_;
    ExportCounts exportCounts_;
    std::string message_;  // one line on Home or over the screen (export result, a refusal)
    std::optional<ExportResult> exportResult_;
    std::optional<ImportResult> importResult_;  // none: the import screen asks for a file
    std::string readingScreen_;                 // the screen of the last frame (Ui::screen), for stopReadingWhenLeaving
    std::string credits_;
    ViewDraft savedView_;  // the drafts as last saved beside the record
    double viewSavedAtMs_ = 0;
    bool viewSaveFailed_ = false;
    std::unique_ptr<Screens> screens_;
    std::string exportsFolder_;  // where paper goes too (the sink's bundle folder)
};

}  // namespace samenspel::ui
