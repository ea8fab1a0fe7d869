// The AppController's part that keeps records safe: what happens when a
// save fails (the game stays in memory, a banner says so and offers a
// retry, a finished game leaves the table only once its record is on
// disk, one last try when the app closes), the test driver's fault switch,
// and exporting sync bundles.
#include <cstdio>
#include <ctime>

#include "store/bundle.h"
#include "store/sealed_file.h"
#include "ui/shell/app_controller.h"

namespace samenspel::ui {

// ---- save failure -------------------------------------------------------------

void AppController::saved(bool ok, const std::string& why) {
    if (!ok) {
        if (!saveFailed_) std::fprintf(stderr, "samenspel: could not save: %s\n", why.c_str());
        saveFailed_ = true;
        return;
    }
    saveFailed_ = false;
    if (game_ && game_->finished()) settleFinishedGame();
}

// Called only once the finished (or stopped) record is safely saved.
void AppController::settleFinishedGame() {
    if (game_->abandoned()) {
        game_.reset();
        reloadSessions();
        message_ = "Het spel is gestopt. Wat jullie kozen is bewaard.";
        stack_ = {Route::Home};
        return;
    }
    viewedInfo_ = infoOf(recordOf(*game_, gameId_, deviceId_, gameStartedMs_, sys_.unixMs()));
    viewed_ = std::move(game_);
    game_.reset();
    reloadSessions();
    stack_ = {Route::Home, Route::SessionSummary};
}

void AppController::retrySave() {
    if (!game_) {
        saveFailed_ = false;
        return;
    }
    std::string why;
    const bool ok = saveGame(&why);
    if (!ok) std::fprintf(stderr, "samenspel: retry failed: %s\n", why.c_str());
    saved(ok, why);
    if (ok && stack_.back() == Route::Home) reloadSessions();  // the game now waits on Home as saved
}

void AppController::quit() {
    if (!game_ || !saveFailed_) return;
    std::string why;
    if (saveGame(&why)) {
        saveFailed_ = false;
        return;
    }
    std::fprintf(stderr, "samenspel: could not save the game before closing: %s; what was chosen since its last save is lost\n",
                 why.c_str());
}

// What the app adds to the screen this frame: "Stoppen" in a running game,
// and the banner while the game on the table is not saved.
void AppController::updateExtras() {
    ui_.extras = {};
    const Route route = stack_.back();
    if (route == Route::Game && game_ && !game_->finished())
        ui_.extras.action = HeaderAction{"Stoppen", "game.stop", "raised-hand"};
    if (saveFailed_ && game_) {
        Banner b;
        b.title = "Opslaan lukt niet.";
        b.text = "Je spel is niet kwijt. Het staat nog in de app. Maak ruimte vrij op dit toestel en probeer het "
                 "opnieuw.";
        b.button = "Probeer opnieuw";
        b.buttonId = "save.retry";
        ui_.extras.banner = b;
    }
}

void AppController::handleExtras() {
    if (ui_.extras.action && ui_.extras.action->tapped) go(Route::StopConfirm);
    if (ui_.extras.banner && ui_.extras.banner->tapped) retrySave();
}

// ---- the test driver's fault switch -------------------------------------------

std::string AppController::control(const std::vector<std::string>& words) {
    if (words.size() == 3 && words[0] == "disk" && words[1] == "full" && (words[2] == "on" || words[2] == "off")) {
        diskFull_ = words[2] == "on";
        return {};
    }
    return "usage: disk full on|off";
}

// ---- export -------------------------------------------------------------------

ExportCounts AppController::exportCounts() const {
    ExportCounts c;
    const auto done = folder_.exportedIds();
    for (const auto& s : past_) {
        ++c.all;
        if (auto id = RecordId::fromHex(s.id); !id || !done.count(*id)) ++c.fresh;
    }
    return c;
}

void AppController::exportRecords(bool all, std::string passphrase) {
    ExportResult result;
    result.sealed = !passphrase.empty();
    const auto dir = sys_.dataDir() / "exports";
    result.folder = dir.string();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    const std::time_t t = static_cast<std::time_t>(sys_.unixMs() / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    // Two exports in one second get their own files.
    std::string name = std::string("samenspel-") + stamp + ".ssb";
    for (int n = 2; std::filesystem::exists(dir / name, ec); ++n)
        name = std::string("samenspel-") + stamp + "-" + std::to_string(n) + ".ssb";
    ExportReport report;
    std::string why;
    if (exportCounts().fresh == 0 && !all) {
        result.ok = true;  // nothing new: no empty file
    } else if (!exportBundle(folder_, dir / name, all, report, &why, true, passphrase)) {
        result.problem = std::filesystem::exists(dir / name, ec)
                             ? "Het bestand is geschreven, maar de app kon niet onthouden welke sessies erin staan."
                             : "Het bestand kon niet worden geschreven. Is het toestel vol?";
        std::fprintf(stderr, "samenspel: export failed: %s\n", why.c_str());
    } else {
        result.ok = true;
        result.written = report.written;
        result.file = name;
    }
    std::fill(passphrase.begin(), passphrase.end(), '\0');
    exportResult_ = result;
}

}  // namespace samenspel::ui

namespace samenspel::ui {

// ---- checks for the headless driver -------------------------------------------

std::optional<std::string> AppController::savingCheck(const std::vector<std::string>& words) const {
    if (words.size() == 2 && words[0] == "saved") {
        const bool ok = !saveFailed_;
        if (words[1] != "yes" && words[1] != "no") return std::string("usage: check saved yes|no");
        return (words[1] == "yes") == ok ? std::string() : std::string("the game on the table is ") + (ok ? "saved" : "not saved");
    }
    if (words.empty() || words[0] != "export") return std::nullopt;
    // check export sealed|plain [records=N]: the newest bundle in exports/.
    if (words.size() < 2 || (words[1] != "sealed" && words[1] != "plain"))
        return std::string("usage: check export sealed|plain [records=N]");
    std::filesystem::path newest;
    std::filesystem::file_time_type newestTime{};
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(sys_.dataDir() / "exports", ec)) {
        if (e.path().extension() != ".ssb") continue;
        const auto t = e.last_write_time(ec);
        if (newest.empty() || t > newestTime || (t == newestTime && e.path() > newest)) newest = e.path(), newestTime = t;
    }
    if (newest.empty()) return std::string("no bundle in ") + (sys_.dataDir() / "exports").string();
    const bool sealed = isSealedFile(newest);
    if (sealed != (words[1] == "sealed")) return newest.string() + " is " + (sealed ? "sealed" : "plain");
    BundleReader reader;
    std::string why;
    if (sealed) {
        // Without the passphrase it must not open.
        if (reader.open(newest, &why)) return newest.string() + " opens without a passphrase";
        return std::string();
    }
    if (!reader.open(newest, &why)) return newest.string() + ": " + why;
    std::size_t n = 0;
    RawRecord raw;
    while (reader.next(raw, &why) == BundleReader::Step::Record) ++n;
    for (std::size_t i = 2; i < words.size(); ++i)
        if (words[i] != "records=" + std::to_string(n)) return newest.string() + " holds " + std::to_string(n) + " records, not " + words[i];
    return std::string();
}

}  // namespace samenspel::ui
