// The game on the table, without a screen: start (seeded by a seed source),
// resume by record id, apply a move, stop, and the save policy around them:
//  - every accepted move is saved at once;
//  - when a save fails the game stays in memory, marked unsaved;
//  - a finished or stopped game leaves the table only once its record is saved;
//  - retrySave() tries again; quit() makes one last save;
//  - no game is started or resumed over an unsaved one.
// Also the list of sessions as typed facts (the screens word them), export
// of sync bundles, delete of a session, and the game's view/draft sidecar
// (view_draft.h). Writes only through a RecordSink. No SDL, no ImGui.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "content/deck_loader.h"
#include "engine/game.h"
#include "store/record.h"
#include "table/record_sink.h"
#include "table/view_draft.h"

namespace samenspel {

enum class SessionStatus : std::uint8_t { InProgress, Finished, Stopped };

// What a list of sessions shows of one stored game.
struct SessionFacts {
    RecordId id;
    std::string deckId;
    const Deck* deck = nullptr;  // nullptr: a deck this app does not have
    std::optional<GameKind> kind;
    SessionStatus status = SessionStatus::InProgress;
    bool exported = false;  // in a sync bundle already (finished and stopped only)
    bool unsaved = false;   // the game on the table whose last save failed
    std::int64_t startedAtMs = 0;
    int seats = 0;
    int rounds = 0;  // Tegenwicht's planned rounds; 0 for Samenleer
};

// Why the table said no. `None`: it did what was asked.
enum class Refusal : std::uint8_t {
    None,
    UnknownDeck,        // start with a deck id the catalog lacks
    SetupRefused,       // the rules refuse the set-up
    UnsavedGame,        // start / resume over a game whose record is not saved
    UnknownRecord,      // resume / open / delete an id that is not stored (as such)
    DoesNotReplay,      // the record's deck version or log does not fit this app
    NoGame,             // a move or stop with no game on the table
    MoveRefused,        // the rules refuse the move
    AlreadyFinished,    // stop of a finished game
    OnTable,            // delete of the game on the table
    NeedsConfirmation,  // delete of a session never exported, not confirmed twice
    StoreFailed,        // the sink could not delete
};
const char* refusalName(Refusal r);

struct Outcome {
    Refusal refusal = Refusal::None;
    std::string why;  // English, for the log
    explicit operator bool() const { return refusal == Refusal::None; }
};

// A finished or stopped game that just left the table (its record is saved).
struct LeftTable {
    Game game;
    SessionFacts facts;
};

// The answer to a move, a stop or a retry.
struct Step {
    Outcome outcome;
    bool saved = true;              // false: the game stays on the table, unsaved
    std::string saveWhy;            // why the save failed
    std::optional<LeftTable> left;  // set when the game left the table
};

struct BundleCounts {
    std::size_t fresh = 0;  // finished and stopped sessions not yet exported
    std::size_t all = 0;
};

struct ExportOutcome {
    bool ok = false;
    bool sealed = false;
    std::size_t written = 0;
    std::string folder, file;  // file empty when none was written (nothing new)
    BundleWrite::Problem problem = BundleWrite::Problem::None;
};

class Table {
public:
    using SeedSource = std::function<std::uint64_t()>;
    using Clock = std::function<std::int64_t()>;  // Unix milliseconds

    Table(const DeckCatalog& catalog, RecordSink& sink, std::string deviceId, Clock clock, SeedSource seeds);

    // The game on the table (nullptr: none) and whether its record is behind.
    const Game* game() const { return game_ ? &*game_ : nullptr; }
    const RecordId& gameId() const { return id_; }
    std::int64_t gameStartedMs() const { return startedMs_; }
    bool unsaved() const { return game_.has_value() && unsaved_; }

    Outcome start(const GameSetup& setup);
    Outcome resume(const std::string& idHex);
    Step play(const Action& action);
    // Abandons the game on the table (the record keeps it as stopped).
    Step stop();
    Step retrySave();
    // Leaving the game's screens: a saved game leaves the table and waits in
    // the list; an unsaved one gets another try and stays when it fails.
    // True when the table is empty afterwards.
    bool leave();
    // The app closes: one last save of an unsaved game. False (with why)
    // when it still fails: what was chosen since the last save is lost.
    bool quit(std::string* why);

    // Stored sessions, newest first; the game on the table is left out of
    // the list unless it is unsaved (then it comes first, unsaved = true).
    std::vector<SessionFacts> sessions();
    // Replays a finished or stopped session for its summary.
    std::optional<LeftTable> open(const std::string& idHex, Outcome* outcome = nullptr);
    // Deleting a session that was never exported loses it for good, so the
    // caller must say the person confirmed twice.
    Outcome remove(const std::string& idHex, bool confirmedTwice);

    BundleCounts exportCounts();
    // Only new (all = false) or all sessions; a passphrase seals the bundle.
    // With nothing new no file is written (and that is ok).
    ExportOutcome exportBundle(bool all, const std::string& passphrase);

    // The view/draft sidecar: saved beside the record (the caller debounces),
    // restored on resume, dropped when the game finishes.
    bool saveView(const ViewDraft& view, std::string* why = nullptr);
    // The sidecar read at the last resume (empty after a start).
    const ViewDraft& restoredView() const { return restoredView_; }

    // Damaged files set aside, a sidecar ignored...: lines for the log, taken once.
    std::vector<std::string> takeProblems();

private:
    Step saveAndSettle();
    bool save(std::string* why);
    SessionFacts factsOf(const Record& r, const std::set<RecordId>& exported) const;
    Record currentRecord() const;

    const DeckCatalog& catalog_;
    RecordSink& sink_;
    std::string deviceId_;
    Clock clock_;
    SeedSource seeds_;

    std::optional<Game> game_;
    RecordId id_;
    std::int64_t startedMs_ = 0;
    bool unsaved_ = false;
    ViewDraft restoredView_;
    std::vector<std::string> problems_;
};

}  // namespace samenspel
