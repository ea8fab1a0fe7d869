#include "ui/shell/app_controller.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "store/key_sealed_file.h"
#include "store/record_folder.h"
#include "ui/kit/shapes.h"
#include "ui/kit/widgets.h"
#include "ui/shell/app_screens.h"
#include "ui/shell/game_view.h"

namespace samenspel::ui {

namespace {

constexpr double kViewSaveEveryMs = 500;  // drafts reach the disk at most this often while typing
// The scroll position of the screen showing, kept with the drafts: the
// screen's id (Ui::screen) and how far its list is scrolled, in dp.
constexpr const char* kScrollScreenKey = "view.screen";
constexpr const char* kScrollKey = "view.scroll";

std::string loadDeviceId(const std::filesystem::path& dataDir, std::vector<std::string>& problems) {
    std::string why;
    if (auto id = RecordFolder(dataDir).deviceId(&why)) return *id;
    problems.push_back("device id: " + why);
    return newDeviceId();  // records still get a valid device id
}

}  // namespace

AppController::AppController(platform::Services& services, RecordSink& sink, Table::SeedSource seeds)
    : sys_(services),
      sink_(sink),
      ui_(services),
      catalog_(loadDeckDirectory(services.assetsDir() / "decks", services.assetsDir() / "pictograms")),
      table_(
          catalog_, sink, loadDeviceId(services.dataDir(), problems_), [&s = services] { return s.unixMs(); },
          std::move(seeds)),
      screens_(std::make_unique<Screens>()),
      exportsFolder_(sink.bundleFolder()) {
    const auto assets = sys_.assetsDir();
    for (const auto& p : catalog_.problems) problems_.push_back(p.text());
    if (std::string wordsWhy; !ui_.words.load(assets / "text" / "nl.json", &wordsWhy)) problems_.push_back(wordsWhy);
    std::string settingsWhy;
    settings_ = loadSettings(sys_.dataDir() / "settings.txt", &settingsWhy);
    if (!settingsWhy.empty()) problems_.push_back(settingsWhy);
    sys_.setTextStep(settings_.textStep);
    ui_.beeldmodus = settings_.beeldmodus;
    ui_.speechSpeed = settings_.speechSpeed;
    showCoordinatorKey();
    reloadSessions();
    for (auto& p : table_.takeProblems()) problems_.push_back(std::move(p));
    credits_ = loadCredits();
    if (sys_.resumeOnStart() && !unfinished_.empty()) resumeGame(unfinished_.front().id);
}

AppController::~AppController() = default;

void AppController::changeSettings(const Settings& s) {
    settings_ = s;
    sys_.setTextStep(s.textStep);
    ui_.beeldmodus = s.beeldmodus;
    ui_.speechSpeed = s.speechSpeed;
    std::string why;
    if (!saveSettings(sys_.dataDir() / "settings.txt", s, &why))
        std::fprintf(stderr, "samenspel: could not save the settings: %s\n", why.c_str());
    sys_.dataWritten();
}

std::string AppController::loadCredits() const {
    // The Dutch text for the people using the app; CREDITS.md (English) is for builders.
    std::ifstream in(sys_.assetsDir() / "about.nl.md");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// ---- sessions -----------------------------------------------------------------

SessionInfo AppController::infoOf(const SessionFacts& f) const {
    SessionInfo s;
    s.id = f.id.hex();
    s.deck = f.deck;
    s.finished = f.status != samenspel::SessionStatus::InProgress;
    s.abandoned = f.status == samenspel::SessionStatus::Stopped;
    s.exported = f.exported;
    s.unsaved = f.unsaved;
    s.startedAtMs = f.startedAtMs;
    s.players = f.seats;
    s.rounds = f.rounds;
    return s;
}

void AppController::reloadSessions() {
    unfinished_.clear();
    past_.clear();
    // The table lists newest first, an unsaved game on the table before all.
    for (const auto& f : table_.sessions())
        (f.unsaved || f.status == samenspel::SessionStatus::InProgress ? unfinished_ : past_).push_back(infoOf(f));
    logTableProblems();
}

void AppController::logTableProblems() {
    for (const auto& p : table_.takeProblems()) std::fprintf(stderr, "samenspel: %s\n", p.c_str());
}

// ---- the game on the table ---------------------------------------------------

void AppController::afterStep(const Step& step, bool wasUnsaved) {
    if (!step.saved && !wasUnsaved) std::fprintf(stderr, "samenspel: could not save: %s\n", step.saveWhy.c_str());
    if (!step.left) return;
    // The finished (or stopped) game's record is safely saved: it leaves the table.
    savedView_ = {};
    if (step.left->game.abandoned()) {
        reloadSessions();
        message_ = ui_.t("table.stopped");
        nav_.home();
        return;
    }
    viewedInfo_ = infoOf(step.left->facts);
    viewed_.emplace(step.left->game);
    reloadSessions();
    nav_.openSummary();
}

void AppController::startGame(const GameSetup& setup) {
    saveView(true);
    const Outcome o = table_.start(setup);
    if (!o) {
        if (o.refusal == Refusal::UnsavedGame) {
            message_ = ui_.t("table.unsaved_first");
            nav_.home();
        } else if (o.refusal != Refusal::UnknownDeck) {
            message_ = ui_.t("table.start_refused");
            std::fprintf(stderr, "samenspel: start refused: %s\n", o.why.c_str());
        }
        return;
    }
    screens_->tegenwicht.reset();
    screens_->samenleer.reset();
    screens_->reflectie.reset();
    savedView_ = {};
    nav_.openGame();
    if (table_.unsaved()) std::fprintf(stderr, "samenspel: could not save the new game\n");
}

void AppController::resumeGame(const std::string& id) {
    if (table_.game() && table_.gameId().hex() == id) {  // the game still in memory (perhaps unsaved)
        nav_.openGame();
        return;
    }
    const Outcome o = table_.resume(id);
    logTableProblems();
    if (!o) {
        if (o.refusal == Refusal::UnsavedGame) message_ = ui_.t("table.unsaved_first");
        else if (o.refusal == Refusal::DoesNotReplay) {
            message_ = ui_.t("table.resume_refused");
            std::fprintf(stderr, "samenspel: resume refused: %s\n", o.why.c_str());
        }
        return;
    }
    screens_->tegenwicht.reset();
    screens_->samenleer.reset();
    screens_->reflectie.reset();
    const ViewDraft& view = table_.restoredView();
    restoreGameView(view, *screens_, table_.game()->kind());
    const auto screen = view.drafts.find(kScrollScreenKey);
    const auto scroll = view.numbers.find(kScrollKey);
    if (screen != view.drafts.end() && scroll != view.numbers.end())
        ui_.restoreScroll(screen->second, static_cast<float>(scroll->second));
    savedView_ = view;
    nav_.openGame();
}

void AppController::openRecord(const std::string& id) {
    Outcome o;
    auto left = table_.open(id, &o);
    if (!left) {
        if (o.refusal == Refusal::DoesNotReplay) message_ = ui_.t("table.open_refused");
        return;
    }
    viewedInfo_ = infoOf(left->facts);
    viewed_.emplace(std::move(left->game));
    go(Route::SessionSummary);
}

// A session never exported is lost for good when deleted: the first tap
// asks, the next two confirm.
// The sessions screen asks first, and asks again for a finished session
// that never left the device; the table refuses the latter without it.
void AppController::deleteRecord(const intent::DeleteRecord& d) {
    const Outcome o = table_.remove(d.recordId, d.warnedUnexported);
    if (!o) {
        message_ = ui_.t("table.delete.failed");
        std::fprintf(stderr, "samenspel: delete refused: %s\n", o.why.c_str());
        return;
    }
    message_ = ui_.t("table.delete.done");
    if (nav_.current() == Route::SessionSummary && viewedInfo_.id == d.recordId) nav_.back(), viewed_.reset();
    reloadSessions();
}

void AppController::play(const Action& action) {
    const bool wasUnsaved = table_.unsaved();
    const Step step = table_.play(action);
    if (!step.outcome) {
        message_ = ui_.t("table.refused");
        std::fprintf(stderr, "samenspel: action refused: %s\n", step.outcome.why.c_str());
        return;
    }
    // A stop confirmed on its own screen returns to the table first.
    if (nav_.current() == Route::StopConfirm) nav_.back();
    afterStep(step, wasUnsaved);  // a finished game leaves the table only once saved
}

void AppController::retrySave() {
    const Step step = table_.retrySave();
    if (!step.saved) std::fprintf(stderr, "samenspel: retry failed: %s\n", step.saveWhy.c_str());
    afterStep(step, true);
    if (step.saved && nav_.current() == Route::Home) reloadSessions();  // the game now waits on Home as saved
}

void AppController::quit() {
    saveView(true);
    std::string why;
    if (!table_.quit(&why))
        std::fprintf(
            stderr,
            "samenspel: could not save the game before closing: %s; what was chosen since its last save is lost\n",
            why.c_str());
}

void AppController::saveNow() {
    saveView(true);
    if (table_.unsaved()) retrySave();
}

// The drafts and view of the game on the table, beside its record: at most
// every kViewSaveEveryMs while it changes, at once when `now` (leaving).
void AppController::saveView(bool now) {
    const Game* game = table_.game();
    if (!game || game->finished()) return;
    ViewDraft view = captureGameView(*screens_, game->kind());
    if (const int scroll = static_cast<int>(ui_.bodyScrollDp() + 0.5f); scroll > 0 && nav_.current() == Route::Game) {
        view.drafts[kScrollScreenKey] = ui_.screen();
        view.numbers[kScrollKey] = scroll;
    }
    if (view == savedView_) return;
    if (!now && sys_.nowMs() - viewSavedAtMs_ < kViewSaveEveryMs) {
        // Not yet, but soon: an idle app draws no frame, and a draft typed
        // just after the last save would then never reach the disk (a kill
        // later loses it). Keep frames coming until the save is due.
        ui_.keepAnimating();
        return;
    }
    std::string why;
    const bool ok = table_.saveView(view, &why);
    viewSavedAtMs_ = sys_.nowMs();
    if (ok) savedView_ = std::move(view);
    else if (!viewSaveFailed_) std::fprintf(stderr, "samenspel: could not save the drafts: %s\n", why.c_str());
    viewSaveFailed_ = !ok;
}

// ---- navigation and choices -------------------------------------------------

void AppController::go(Route r) {
    if (r == Route::Home) {
        // A saved game waits in Home's list; an unsaved one stays on the table.
        if (table_.game() && !table_.unsaved()) saveView(true), table_.leave();
        reloadSessions();
    }
    nav_.go(r);
}

void AppController::goBack() {
    if (nav_.current() == Route::Game && table_.game()) {
        const Game& game = *table_.game();
        const bool handled = game.kind() == GameKind::Tegenwicht  ? screens_->tegenwicht.back(game)
                             : game.kind() == GameKind::Reflectie ? screens_->reflectie.back(game)
                                                                  : screens_->samenleer.back(game);
        if (handled) return;
        // Leaving the table: the game is saved and waits on Home. One that
        // could not be saved stays in memory and waits there too.
        saveView(true);
        if (table_.unsaved()) {
            retrySave();
            if (!table_.game()) return;  // a finished game saved at last: its summary is open
        }
        if (!table_.unsaved()) table_.leave();
        reloadSessions();
    }
    nav_.back();
    if (nav_.current() == Route::Home) reloadSessions();
}

// Settings -> Coordinator (issue 11): the hub's public key, kept as
// coordinator.pub in the data folder; from then on exports are sealed to it.
void AppController::setCoordinatorKey(const std::string& path) {
    std::string why;
    auto& screen = screens_->settings;
    screen.coordinatorProblem = !samenspel::setCoordinatorKey(sys_.dataDir(), path, &why);
    sys_.dataWritten();
    if (screen.coordinatorProblem)
        std::fprintf(stderr, "samenspel: the coordinator's key was not taken: %s\n", why.c_str());
    showCoordinatorKey();
}

void AppController::showCoordinatorKey() {
    const auto key = loadCoordinatorKey(sys_.dataDir());
    screens_->settings.coordinatorWords = key ? keyFingerprintWords(*key) : std::string();
    screens_->exportScreen.coordinatorWords = screens_->settings.coordinatorWords;
}

void AppController::apply(const Choice& c) {
    std::visit(overloaded{
                   [](const intent::None&) {},
                   [&](const intent::Play& p) { play(p.action); },
                   [&](const intent::Back&) { goBack(); },
                   [&](const intent::Go& g) {
                       message_.clear();
                       go(g.route);
                   },
                   [&](const intent::OpenSetup& o) {
                       const Deck* d = catalog_.find(o.deckId);
                       if (!d) return;
                       screens_->setupDeck = o.deckId;
                       message_.clear();
                       switch (d->kind) {
                       case GameKind::Tegenwicht: screens_->tegenwichtSetup.reset(); return go(Route::TegenwichtSetup);
                       case GameKind::Samenleer: screens_->samenleerSetup.reset(); return go(Route::SamenleerSetup);
                       case GameKind::Reflectie: screens_->reflectieSetup.reset(); return go(Route::ReflectieSetup);
                       }
                   },
                   [&](const intent::OpenExport& o) {
                       screens_->exportScreen.reset(o.all);
                       exportResult_.reset();
                       const BundleCounts n = table_.exportCounts();
                       exportCounts_ = {n.fresh, n.all};
                       message_.clear();
                       go(Route::Export);
                   },
                   [&](const intent::Start& s) { startGame(s.setup); },
                   [&](const intent::Resume& r) { message_.clear(), resumeGame(r.recordId); },
                   [&](const intent::OpenRecord& r) { message_.clear(), openRecord(r.recordId); },
                   [&](const intent::DeleteRecord& d) { deleteRecord(d); },
                   [&](const intent::ExportBundle& e) { exportRecords(e.all, e.passphrase); },
                   [&](const intent::RetrySave&) { retrySave(); },
                   [&](const intent::SetTextStep& t) {
                       Settings s = settings_;
                       s.textStep = t.step;
                       changeSettings(s);
                   },
                   [&](const intent::SetBeeldmodus& b) {
                       Settings s = settings_;
                       s.beeldmodus = b.on;
                       changeSettings(s);
                   },
                   [&](const intent::SetSpeechSpeed& sp) {
                       Settings s = settings_;
                       s.speechSpeed = sp.speed;
                       changeSettings(s);
                   },
                   // In-game view intents are taken by the game's flow; one that reaches here has nothing to do.
                   [](const intent::OpenHand&) {},
                   [](const intent::ShowMoment&) {},
                   [&](const intent::ShareFile& f) { sys_.share(f.path); },
                   [&](const intent::DownloadFile& f) { sys_.download(f.path); },
                   [&](const intent::PrintDeck& p) { printDeck(p.deckId); },
                   [&](const intent::SaveTakeHome& t) { saveTakeHome(t.withNotes); },
                   [&](const intent::SaveEndPicture&) { saveEndPicture(); },
                   [&](const intent::SetCoordinatorKey& k) { setCoordinatorKey(k.path); },
                   [&](const intent::OpenImport&) { openImport(); },
                   [&](const intent::PickFile& p) { sys_.pickFile(p.kind); },
                   [&](const intent::ImportBundle& i) { runImport(i.path, i.passphrase); },
               },
               c.variant());
}

void AppController::frame() {
    ui_.beginFrame();
    ui_.setTypedText(sys_.typedText());  // text fields take emoji ImGui's 16-bit input lost from here
    if (screens_->themeScale != ui_.scale() || screens_->themeBeeld != ui_.beeldmodus) {
        ui_.theme = Theme(ui_.beeldmodus ? kBeeldPalette : kNormalPalette);
        screens_->themeBeeld = ui_.beeldmodus;
        applyTheme(ui_.theme, ui_.scale());
        screens_->themeScale = ui_.scale();
    }
    // Escape / Android back: one screen back. A field with the keyboard
    // open only closes it (ImGui handles that key itself).
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    const bool backKey = escape && !ui_.textFieldWasActive();
    // With a field open, back only closes the keyboard, keeping what was
    // typed (ImGui's own Escape would undo the edit).
    if (escape && ui_.textFieldWasActive()) ImGui::ClearActiveID();

    takeBroughtFile();
    Choice choice;
    auto& sc = *screens_;
    const Route route = nav_.settle(table_.game() != nullptr);  // a game screen without a game shows Home
    const Game* game = table_.game();
    updateExtras();
    auto decks = [&] {
        std::vector<const Deck*> out;
        for (const auto& d : catalog_.decks) out.push_back(&d);
        return out;
    };
    switch (route) {
    case Route::Home: choice = sc.home.draw(ui_, decks(), unfinished_, past_, message_); break;
    case Route::Settings: choice = sc.settings.draw(ui_, sys_.textStep(), sys_.dataDir().string()); break;
    case Route::About: choice = sc.about.draw(ui_, credits_); break;
    case Route::Sessions: choice = sc.sessions.draw(ui_, past_); break;
    case Route::SessionSummary:
        if (viewed_) choice = sc.summary.draw(ui_, *viewed_, viewedInfo_);
        else choice = Choice::go(Route::Home);
        break;
    case Route::TegenwichtSetup:
    case Route::SamenleerSetup:
    case Route::ReflectieSetup:
        if (const Deck* d = catalog_.find(sc.setupDeck)) {
            choice = route == Route::TegenwichtSetup  ? sc.tegenwichtSetup.draw(ui_, *d)
                     : route == Route::ReflectieSetup ? sc.reflectieSetup.draw(ui_, *d)
                                                      : sc.samenleerSetup.draw(ui_, *d);
        } else {
            choice = Choice::go(Route::Home);
        }
        break;
    case Route::Game:
        if (game->finished()) choice = sc.unsaved.draw(ui_, *game);  // only while its record is not saved
        else if (game->kind() == GameKind::Tegenwicht) choice = sc.tegenwicht.draw(ui_, *game);
        else if (game->kind() == GameKind::Reflectie) choice = sc.reflectie.draw(ui_, *game);
        else choice = sc.samenleer.draw(ui_, *game);
        break;
    case Route::StopConfirm:
        if (!game->finished()) choice = sc.stopConfirm.draw(ui_, *game);
        else choice = Choice::back();
        break;
    case Route::Export:
        choice = sc.exportScreen.draw(
            ui_, [this] { return exportCounts_; }, exportResult_);
        break;
    case Route::Import: choice = sc.importScreen.draw(ui_, sys_.canPickFile(), importResult_); break;
    }
    handleExtras();
    // A refusal inside a game shows as a bar over the screen until the next tap.
    if (!message_.empty() && route != Route::Home) {
        const ImVec2 d = ImGui::GetIO().DisplaySize;
        const auto& f = ui_.fonts();
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        // Wrapped: a saved file's name may be longer than a phone is wide.
        const float wrap = d.x - ui_.dp(56);
        const float textH = f.body->CalcTextSizeA(f.body->FontSize, FLT_MAX, wrap, message_.c_str()).y;
        const float h = std::max(ui_.dp(56), textH + ui_.dp(24));
        fillRoundRect(dl, ImVec2(ui_.dp(12), d.y - h - ui_.dp(96)), ImVec2(d.x - ui_.dp(12), d.y - ui_.dp(96)),
                      ui_.theme.text, ui_.dp(12));
        dl->AddText(f.body, f.body->FontSize, ImVec2(ui_.dp(28), d.y - h - ui_.dp(96) + (h - textH) / 2),
                    IM_COL32_WHITE, message_.c_str(), nullptr, wrap);
        if (ImGui::IsMouseClicked(0)) message_.clear();
    }
    ui_.endFrame();
    const bool leaving = ui_.screen() != readingScreen_;
    stopReadingWhenLeaving(backKey);
    sys_.setTextInput(ui_.textFieldActiveNow());
    if (!choice) choice = ui_.takeProposed();  // the header's Beeldmodus switch, a setting tile
    else ui_.takeProposed();
    if (backKey && !choice) choice = Choice::back();
    saveView(leaving || choice.is<intent::Back>() || choice.is<intent::Go>());
    if (choice) {
        apply(choice);
        ui_.keepAnimating();  // the state changed after this frame was drawn: draw the next one
    }
}

// A text read aloud belongs to the screen that asked for it: going back, or
// to another screen (another title, e.g. the next step of a game), stops it.
void AppController::stopReadingWhenLeaving(bool backKey) {
    if (backKey || ui_.backTapped() || ui_.screen() != readingScreen_) sys_.readAloud().stop();
    readingScreen_ = ui_.screen();
}

}  // namespace samenspel::ui
