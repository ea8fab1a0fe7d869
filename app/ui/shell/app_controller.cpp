#include "ui/shell/app_controller.h"

#include <imgui_internal.h>
#include "ui/kit/shapes.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "store/bundle.h"
#include "ui/shell/about_screen.h"
#include "ui/shell/home_screen.h"
#include "ui/kit/people.h"
#include "ui/samenleer/samenleer_flow.h"
#include "ui/samenleer/samenleer_setup_screen.h"
#include "ui/shell/session_summary_screen.h"
#include "ui/shell/sessions_screen.h"
#include "ui/shell/settings_screen.h"
#include "ui/tegenwicht/tegenwicht_flow.h"
#include "ui/shell/stop_confirm_screen.h"
#include "ui/tegenwicht/tegenwicht_setup_screen.h"
#include "ui/shell/unsaved_game_screen.h"
#include "ui/kit/ui_checks.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

struct Screens {
    HomeScreen home;
    SettingsScreen settings;
    AboutScreen about;
    SessionsScreen sessions;
    SessionSummaryScreen summary;
    TegenwichtSetupScreen tegenwichtSetup;
    SamenleerSetupScreen samenleerSetup;
    TegenwichtFlow tegenwicht;
    SamenleerFlow samenleer;
    StopConfirmScreen stopConfirm;
    UnsavedGameScreen unsaved;
    ExportScreen exportScreen;
    std::string setupDeck;  // the deck whose set-up is open
    float themeScale = 0;
    bool themeBeeld = false;  // the palette in use is Beeldmodus's
};

AppController::AppController(platform::Services& services)
    : sys_(services), ui_(services), folder_(services.dataDir()), screens_(std::make_unique<Screens>()) {
    const auto assets = sys_.assetsDir();
    catalog_ = loadDeckDirectory(assets / "decks", assets / "pictograms");
    for (const auto& p : catalog_.problems) problems_.push_back(p.text());
    std::string why;
    if (auto id = folder_.deviceId(&why)) {
        deviceId_ = *id;
    } else {
        deviceId_ = newDeviceId();  // records still get a valid device id
        problems_.push_back("device id: " + why);
    }
    if (std::string wordsWhy; !ui_.words.load(assets / "text" / "nl.json", &wordsWhy)) problems_.push_back(wordsWhy);
    loadSettings();
    reloadSessions();
    credits_ = loadCredits();
}

AppController::~AppController() = default;

// ---- settings ---------------------------------------------------------------

void AppController::loadSettings() {
    std::ifstream in(sys_.dataDir() / "settings.txt");
    for (std::string line; std::getline(in, line);)
        if (line.rfind("text-step=", 0) == 0) sys_.setTextStep(std::atoi(line.c_str() + 10));
        else if (line.rfind("beeldmodus=", 0) == 0) ui_.beeldmodus = line.compare(11, std::string::npos, "1") == 0;
        else if (line.rfind("speech-speed=", 0) == 0)
            ui_.speechSpeed = static_cast<platform::SpeechSpeed>(std::clamp(std::atoi(line.c_str() + 13), 0, 2));
}

void AppController::saveSettings() const {
    std::ofstream out(sys_.dataDir() / "settings.txt", std::ios::trunc);
    out << "text-step=" << sys_.textStep() << "\n";
    out << "beeldmodus=" << (ui_.beeldmodus ? 1 : 0) << "\n";
    out << "speech-speed=" << static_cast<int>(ui_.speechSpeed) << "\n";
}

std::string AppController::loadCredits() const {
    // The Dutch text for the people using the app; CREDITS.md (English) is for builders.
    std::ifstream in(sys_.assetsDir() / "about.nl.md");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// ---- records ----------------------------------------------------------------

SessionInfo AppController::infoOf(const Record& r) const {
    SessionInfo s;
    s.id = r.id.hex();
    s.deck = catalog_.find(r.deckId);
    s.when = dutchDateTime(r.startedAtMs);
    s.finished = r.status != RecordStatus::InProgress;
    s.abandoned = r.status == RecordStatus::Abandoned;
    s.startedAtMs = r.startedAtMs;
    const auto seats = r.setup.seats.size();
    if (s.deck && s.deck->game == "tegenwicht") {
        s.detail = std::to_string(seats) + " spelers · " + std::to_string(r.setup.rounds) +
                   (r.setup.rounds == 1 ? " ronde" : " rondes");
    } else {
        s.detail = "coach en werkzoekende";
    }
    if (!s.finished) s.detail += " · bezig";
    else if (s.abandoned) s.detail += " · gestopt";
    return s;
}

void AppController::reloadSessions() {
    FolderLoad load = folder_.load(LoadMode::SetAside);
    for (const auto& d : load.damaged) problems_.push_back("set aside " + d.line());
    for (const auto& p : load.problems) problems_.push_back(p);
    unfinished_.clear();
    past_.clear();
    for (const auto& r : load.inProgress) unfinished_.push_back(infoOf(r.record));
    for (const auto& r : load.finished) past_.push_back(infoOf(r.record));
    auto newest = [](const SessionInfo& a, const SessionInfo& b) { return a.startedAtMs > b.startedAtMs; };
    std::sort(unfinished_.begin(), unfinished_.end(), newest);
    std::sort(past_.begin(), past_.end(), newest);
    // The game on the table is not "unfinished elsewhere".
    if (game_)
        unfinished_.erase(std::remove_if(unfinished_.begin(), unfinished_.end(),
                                         [&](const SessionInfo& s) { return s.id == gameId_.hex(); }),
                          unfinished_.end());
    // A game that could not be saved waits in memory: Home offers it first.
    if (game_ && saveFailed_) {
        SessionInfo s = infoOf(recordOf(*game_, gameId_, deviceId_, gameStartedMs_, 0));
        s.detail += " · nog niet bewaard";
        unfinished_.insert(unfinished_.begin(), s);
    }
}

bool AppController::saveGame(std::string* why) {
    if (!game_) return true;
    if (diskFull_) {  // the test driver's fault switch (`disk full on`)
        if (why) *why = "No space left on device (simulated by the test driver)";
        return false;
    }
    const long long now = sys_.unixMs();
    const Record r = recordOf(*game_, gameId_, deviceId_, gameStartedMs_, game_->finished() ? now : 0);
    return folder_.save(r, why);
}

void AppController::startGame(const GameSetup& requested) {
    const Deck* deck = catalog_.find(requested.deckId);
    if (!deck) return;
    if (game_ && saveFailed_) retrySave();
    if (game_ && saveFailed_) {  // never drop a game that is not saved
        message_ = "Je vorige spel is nog niet bewaard. Tik eerst op Probeer opnieuw.";
        stack_ = {Route::Home};
        return;
    }
    GameSetup setup = requested;
    std::random_device rd;
    setup.seed = (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
    std::string why;
    auto game = Game::start(*deck, setup, &why);
    if (!game) {
        message_ = "Dit spel kan zo niet beginnen.";
        std::fprintf(stderr, "samenspel: start refused: %s\n", why.c_str());
        return;
    }
    game_ = std::move(game);
    gameId_ = RecordId::random();
    gameStartedMs_ = sys_.unixMs();
    screens_->tegenwicht.reset();
    screens_->samenleer.reset();
    stack_ = {Route::Home, Route::Game};
    const bool ok = saveGame(&why);
    saved(ok, why);
}

void AppController::resumeGame(const std::string& id) {
    if (game_ && gameId_.hex() == id) {  // the unsaved game still in memory
        stack_ = {Route::Home, Route::Game};
        return;
    }
    if (game_ && saveFailed_) retrySave();
    if (game_ && saveFailed_) {
        message_ = "Je vorige spel is nog niet bewaard. Tik eerst op Probeer opnieuw.";
        return;
    }
    FolderLoad load = folder_.load(LoadMode::SetAside);
    for (const auto& stored : load.inProgress) {
        if (stored.record.id.hex() != id) continue;
        const Deck* deck = catalog_.find(stored.record.deckId);
        std::string why;
        auto game = deck ? replayRecord(*deck, stored.record, &why) : std::nullopt;
        if (!game) {
            message_ = "Dit spel kan niet verder met deze versie van de kaarten.";
            std::fprintf(stderr, "samenspel: resume refused: %s\n", deck ? why.c_str() : "unknown deck");
            return;
        }
        game_ = std::move(game);
        gameId_ = stored.record.id;
        gameStartedMs_ = stored.record.startedAtMs;
        screens_->tegenwicht.reset();
        screens_->samenleer.reset();
        stack_ = {Route::Home, Route::Game};
        return;
    }
}

void AppController::openRecord(const std::string& id) {
    FolderLoad load = folder_.load(LoadMode::SetAside);
    for (const auto& stored : load.finished) {
        if (stored.record.id.hex() != id) continue;
        const Deck* deck = catalog_.find(stored.record.deckId);
        std::string why;
        auto game = deck ? replayRecord(*deck, stored.record, &why) : std::nullopt;
        if (!game) {
            message_ = "Deze sessie kan niet worden getoond met deze versie van de kaarten.";
            return;
        }
        viewed_ = std::move(game);
        viewedInfo_ = infoOf(stored.record);
        go(Route::SessionSummary);
        return;
    }
}

// ---- navigation and actions -----------------------------------------------

void AppController::go(Route r) {
    if (r == Route::Home) {
        stack_ = {Route::Home};
        return;
    }
    stack_.push_back(r);
}

void AppController::goBack() {
    if (stack_.back() == Route::Game && game_) {
        const bool handled = game_->kind() == GameKind::Tegenwicht ? screens_->tegenwicht.back(*game_)
                                                                    : screens_->samenleer.back(*game_);
        if (handled) return;
        // Leaving the table: the game is saved and waits on Home. One that
        // could not be saved stays in memory and waits there too.
        if (saveFailed_) retrySave();
        if (!saveFailed_) game_.reset();
        reloadSessions();
    }
    if (stack_.size() > 1) stack_.pop_back();
    if (stack_.back() == Route::Home) reloadSessions();
}

void AppController::play(const Action& action) {
    if (!game_) return;
    const Verdict v = game_->apply(action, sys_.unixMs());
    if (!v) {
        message_ = "Dat kan nu niet.";
        std::fprintf(stderr, "samenspel: action refused: %s\n", v.reason.c_str());
        return;
    }
    // A stop confirmed on its own screen returns to the table first.
    if (stack_.back() == Route::StopConfirm) stack_.pop_back();
    std::string why;
    const bool ok = saveGame(&why);
    saved(ok, why);  // a finished game leaves the table only once saved
}

void AppController::apply(const Choice& c) {
    std::visit(overloaded{
                   [](const intent::None&) {},
                   [&](const intent::Play& p) { play(p.action); },
                   [&](const intent::Back&) { goBack(); },
                   [&](const intent::Go& g) {
                       if (g.route == Route::Home) reloadSessions();
                       message_.clear();
                       go(g.route);
                   },
                   [&](const intent::OpenSetup& o) {
                       const Deck* d = catalog_.find(o.deckId);
                       if (!d) return;
                       const bool tw = gameKindOf(*d) == GameKind::Tegenwicht;
                       if (tw) screens_->tegenwichtSetup.reset();
                       else screens_->samenleerSetup.reset();
                       screens_->setupDeck = o.deckId;
                       message_.clear();
                       go(tw ? Route::TegenwichtSetup : Route::SamenleerSetup);
                   },
                   [&](const intent::OpenExport& o) {
                       screens_->exportScreen.reset(o.all);
                       exportResult_.reset();
                       message_.clear();
                       go(Route::Export);
                   },
                   [&](const intent::Start& s) { startGame(s.setup); },
                   [&](const intent::Resume& r) { message_.clear(), resumeGame(r.recordId); },
                   [&](const intent::OpenRecord& r) { message_.clear(), openRecord(r.recordId); },
                   [&](const intent::DeleteRecord&) {},
                   [&](const intent::ExportBundle& e) { exportRecords(e.all, e.passphrase); },
                   [&](const intent::RetrySave&) { retrySave(); },
                   [&](const intent::SetTextStep& t) {
                       sys_.setTextStep(t.step);
                       saveSettings();
                   },
                   [&](const intent::SetBeeldmodus& b) {
                       ui_.beeldmodus = b.on;
                       saveSettings();
                   },
                   [&](const intent::SetSpeechSpeed& sp) {
                       ui_.speechSpeed = sp.speed;
                       saveSettings();
                   },
                   // In-game view intents are taken by the game's flow; one that reaches here has nothing to do.
                   [](const intent::OpenHand&) {},
                   [](const intent::ShowMoment&) {},
                   [](const intent::Continue&) {},
               },
               c.variant());
}

void AppController::frame() {
    ui_.beginFrame();
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

    Choice choice;
    auto& sc = *screens_;
    const Route route = stack_.back();
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
        if (const Deck* d = catalog_.find(sc.setupDeck)) {
            choice = route == Route::TegenwichtSetup ? sc.tegenwichtSetup.draw(ui_, *d) : sc.samenleerSetup.draw(ui_, *d);
        } else {
            choice = Choice::go(Route::Home);
        }
        break;
    case Route::Game:
        if (!game_) choice = Choice::go(Route::Home);
        else if (game_->finished()) sc.unsaved.draw(ui_, *game_);  // only while its record is not saved
        else if (game_->kind() == GameKind::Tegenwicht) choice = sc.tegenwicht.draw(ui_, *game_);
        else choice = sc.samenleer.draw(ui_, *game_);
        break;
    case Route::StopConfirm:
        if (game_ && !game_->finished()) choice = sc.stopConfirm.draw(ui_, *game_);
        else choice = Choice::back();
        break;
    case Route::Export: choice = sc.exportScreen.draw(ui_, exportCounts(), exportResult_); break;
    }
    handleExtras();
    // A refusal inside a game shows as a bar over the screen until the next tap.
    if (!message_.empty() && route != Route::Home) {
        const ImVec2 d = ImGui::GetIO().DisplaySize;
        const auto& f = ui_.fonts();
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        const float h = ui_.dp(56);
        fillRoundRect(dl, ImVec2(ui_.dp(12), d.y - h - ui_.dp(96)), ImVec2(d.x - ui_.dp(12), d.y - ui_.dp(96)), ui_.theme.text, ui_.dp(12));
        dl->AddText(f.body, f.body->FontSize, ImVec2(ui_.dp(28), d.y - h - ui_.dp(96) + (h - f.body->FontSize) / 2),
                    IM_COL32_WHITE, message_.c_str());
        if (ImGui::IsMouseClicked(0)) message_.clear();
    }
    ui_.endFrame();
    stopReadingWhenLeaving(backKey);
    sys_.setTextInput(ui_.textFieldActiveNow());
    if (!choice) choice = ui_.takeProposed();  // the header's Beeldmodus switch, a setting tile
    else ui_.takeProposed();
    if (backKey && !choice) choice = Choice::back();
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

// ---- checks for the headless driver ----------------------------------------

namespace {
bool keyValue(const std::string& w, std::string& k, std::string& v) {
    auto eq = w.find('=');
    if (eq == std::string::npos) return false;
    k = w.substr(0, eq), v = w.substr(eq + 1);
    return true;
}
}  // namespace

std::string AppController::check(const std::vector<std::string>& words) {
    if (auto screen = screenCheck(sys_, words)) return *screen;  // touch-size, spoken
    if (auto saving = savingCheck(words)) return *saving;        // saved, last export
    // check record DECK STATUS [key=value ...]: the newest record of DECK
    // with STATUS (finished | in-progress | abandoned) exists, replays, and
    // has the given counts.
    // check exports N: N sync bundles in the data folder's exports/.
    if (words.size() == 2 && words[0] == "exports") {
        std::size_t n = 0;
        std::error_code ec;
        for (const auto& e : std::filesystem::directory_iterator(sys_.dataDir() / "exports", ec))
            n += e.path().extension() == ".ssb";
        return std::to_string(n) == words[1] ? std::string() : "exports: " + std::to_string(n) + " bundles, expected " + words[1];
    }
    if (words.size() < 3 || words[0] != "record") return "usage: check record DECK STATUS [key=value ...] | check exports N";
    const std::string& deckId = words[1];
    const std::string& status = words[2];
    FolderLoad load = folder_.load(LoadMode::CheckOnly);
    const StoredRecord* best = nullptr;
    for (const auto* list : {&load.finished, &load.inProgress})
        for (const auto& s : *list)
            if (s.record.deckId == deckId && statusName(s.record.status) == status &&
                (!best || s.record.startedAtMs > best->record.startedAtMs))
                best = &s;
    if (!best) return "no " + status + " record of deck '" + deckId + "' in " + sys_.dataDir().string();
    const Deck* deck = catalog_.find(deckId);
    if (!deck) return "no deck '" + deckId + "'";
    std::string why;
    auto game = replayRecord(*deck, best->record, &why);
    if (!game) return "record " + best->record.id.hex() + " does not replay: " + why;
    for (std::size_t i = 3; i < words.size(); ++i) {
        std::string k, v;
        if (!keyValue(words[i], k, v)) return "bad check '" + words[i] + "'";
        std::string actual;
        if (k == "actions-logged") actual = std::to_string(game->log().size());
        else if (const auto* tw = game->tegenwicht()) {
            if (k == "seats") actual = std::to_string(tw->seatCount());
            else if (k == "rounds") actual = std::to_string(tw->rounds.size());
            else if (k == "decided") {
                int n = 0;
                for (const auto& r : tw->rounds) n += !r.decisiveCard.empty();
                actual = std::to_string(n);
            } else if (k == "placed") {
                int n = 0;
                for (const auto& r : tw->rounds)
                    for (const auto& c : r.revealed) n += c.weight.has_value();
                actual = std::to_string(n);
            } else if (k == "intentions") {
                int n = 0;
                for (const auto& s : tw->intentions) n += !s.empty();
                actual = std::to_string(n);
            } else if (k == "mode") actual = tw->setup.mode == TableMode::PassAndPlay ? "pass" : "shared";
            else if (k == "nickname0") actual = tw->setup.seats.empty() ? "" : tw->setup.seats[0].nickname;
            else return "unknown Tegenwicht check '" + k + "'";
        } else if (const auto* sl = game->samenleer()) {
            if (k == "moments") actual = std::to_string(sl->moments.size());
            else if (k == "actions") actual = std::to_string(sl->actions.size());
            else if (k == "ratings") actual = std::to_string(sl->ratings[0]) + "," + std::to_string(sl->ratings[1]);
            else if (k == "pickers") {
                for (const auto& m : sl->moments) actual += (actual.empty() ? "" : ",") + roleName(m.pickedBy);
            } else if (k == "answers") {
                int n = 0;
                for (const auto& m : sl->moments)
                    for (const auto& a : m.answers) n += a.choice != AnswerChoice::None || !a.note.empty();
                actual = std::to_string(n);
            } else if (k == "own") {
                for (const auto& m : sl->moments) if (!m.ownTopic.empty()) actual = m.ownTopic;
            } else if (k == "outcomes") {  // keep / change / none per moment (question C)
                for (const auto& m : sl->moments) {
                    const auto c = m.answers[kQuestions - 1].choice;
                    actual += std::string(actual.empty() ? "" : ",") +
                              (c == AnswerChoice::Keep ? "keep" : c == AnswerChoice::Change ? "change" : "none");
                }
            } else if (k == "action-cards") {
                for (const auto& a : sl->actions) actual += (actual.empty() ? "" : ",") + a.card;
            } else return "unknown Samenleer check '" + k + "'";
        }
        // Spaces cannot be in a script word: '_' stands for one.
        std::string want = v;
        std::replace(want.begin(), want.end(), '_', ' ');
        if (actual != want) return k + " is '" + actual + "', expected '" + want + "' (record " + best->record.id.hex() + ")";
    }
    return {};
}

}  // namespace samenspel::ui
