// The app: owns the deck catalog, the record folder and the game on the
// table, keeps the stack of screens, draws the current one and applies
// what it returns. Every accepted action is saved at once as the
// in-progress record, so a killed app resumes exactly where it was.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/deck_loader.h"
#include "engine/game.h"
#include "platform/services.h"
#include "store/record.h"
#include "store/record_folder.h"
#include "ui/kit/choice.h"
#include "ui/shell/export_screen.h"
#include "ui/shell/sessions.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

struct Screens;  // every screen's own state, in app_controller.cpp

class AppController {
public:
    explicit AppController(platform::Services& services);
    ~AppController();

    // Draws one frame (between the platform's beginFrame and endFrame).
    void frame();
    // True while something on screen moves and needs the next frame.
    bool animating() const { return ui_.animating(); }
    // For the headless driver's `check` lines; "" when the check passes.
    std::string check(const std::vector<std::string>& words);
    // For the driver's fault lines (`disk full on|off`); "" when understood.
    std::string control(const std::vector<std::string>& words);
    // Problems found at start (deck or record files), for the log.
    const std::vector<std::string>& startupProblems() const { return problems_; }
    // The app is closing: a game whose last save failed gets one more try
    // (the disk may have room again); says on stderr when it still fails.
    void quit();

private:
    void apply(const Choice& choice);
    void play(const Action& action);
    bool saveGame(std::string* why);
    void startGame(const GameSetup& setup);
    void resumeGame(const std::string& id);
    void openRecord(const std::string& id);
    void exportRecords(bool all, std::string passphrase);
    ExportCounts exportCounts() const;
    // After a save: a finished or stopped game leaves the table only once
    // its record is safely saved (save_failure.cpp).
    void saved(bool ok, const std::string& why);
    void settleFinishedGame();
    void retrySave();
    void updateExtras();
    void handleExtras();
    void stopReadingWhenLeaving(bool backKey);
    // `check saved yes|no`, `check export sealed|plain [records=N]`; nullopt for other checks.
    std::optional<std::string> savingCheck(const std::vector<std::string>& words) const;
    void reloadSessions();
    void goBack();
    void go(Route r);
    SessionInfo infoOf(const Record& r) const;
    std::string loadCredits() const;
    void loadSettings();
    void saveSettings() const;

    platform::Services& sys_;
    Ui ui_;
    DeckCatalog catalog_;
    RecordFolder folder_;
    std::string deviceId_;
    std::vector<std::string> problems_;

    std::vector<Route> stack_{Route::Home};
    std::optional<Game> game_;  // the game on the table
    RecordId gameId_;
    long long gameStartedMs_ = 0;
    std::optional<Game> viewed_;  // a finished game whose summary is open
    SessionInfo viewedInfo_;

    std::vector<SessionInfo> unfinished_, past_;
    std::string message_;  // one line on Home (export result, a refusal)
    bool saveFailed_ = false;  // the game on the table is newer than its saved record
    bool diskFull_ = false;    // fault injection for tests: every save fails as on a full disk
    std::optional<ExportResult> exportResult_;
    std::string readingScreen_;  // the screen of the last frame (Ui::screen), for stopReadingWhenLeaving
    std::string credits_;
    std::unique_ptr<Screens> screens_;
};

}  // namespace samenspel::ui
