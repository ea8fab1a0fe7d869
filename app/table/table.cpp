#include "table/table.h"

#include <algorithm>

namespace samenspel {

const char* refusalName(Refusal r) {
    switch (r) {
    case Refusal::None: return "none";
    case Refusal::UnknownDeck: return "unknown deck";
    case Refusal::SetupRefused: return "set-up refused";
    case Refusal::UnsavedGame: return "the game on the table is not saved";
    case Refusal::UnknownRecord: return "unknown record";
    case Refusal::DoesNotReplay: return "record does not replay";
    case Refusal::NoGame: return "no game on the table";
    case Refusal::MoveRefused: return "move refused";
    case Refusal::AlreadyFinished: return "the game is finished";
    case Refusal::OnTable: return "the game is on the table";
    case Refusal::NeedsConfirmation: return "not exported and not confirmed twice";
    case Refusal::StoreFailed: return "the store failed";
    }
    return "?";
}

namespace {
Outcome refuse(Refusal r, std::string why = {}) { return Outcome{r, why.empty() ? refusalName(r) : std::move(why)}; }
}  // namespace

Table::Table(const DeckCatalog& catalog, RecordSink& sink, std::string deviceId, Clock clock, SeedSource seeds)
    : catalog_(catalog),
      sink_(sink),
      deviceId_(std::move(deviceId)),
      clock_(std::move(clock)),
      seeds_(std::move(seeds)) {}

Record Table::currentRecord() const {
    return recordOf(*game_, id_, deviceId_, startedMs_, game_->finished() ? clock_() : 0);
}

bool Table::save(std::string* why) {
    if (!game_) return true;
    const bool ok = sink_.saveRecord(currentRecord(), why);
    unsaved_ = !ok;
    return ok;
}

// After every change: save at once; a finished game leaves only once saved.
Step Table::saveAndSettle() {
    Step step;
    step.saved = save(&step.saveWhy);
    if (!step.saved || !game_->finished()) return step;
    sink_.dropView(id_);  // a finished game has nothing left to restore
    restoredView_ = {};
    const Record r = currentRecord();
    step.left = LeftTable{std::move(*game_), factsOf(r, {})};
    game_.reset();
    return step;
}

Outcome Table::start(const GameSetup& requested) {
    const Deck* deck = catalog_.find(requested.deckId);
    if (!deck) return refuse(Refusal::UnknownDeck, "no deck '" + requested.deckId + "'");
    if (unsaved()) retrySave();
    if (unsaved()) return refuse(Refusal::UnsavedGame);  // never drop a game that is not saved
    GameSetup setup = requested;
    setup.seed = seeds_();
    std::string why;
    auto game = Game::start(*deck, setup, &why);
    if (!game) return refuse(Refusal::SetupRefused, why);
    game_ = std::move(game);
    id_ = RecordId::random();
    startedMs_ = clock_();
    restoredView_ = {};
    save(&why);  // a failed first save leaves the new game unsaved, not refused
    return {};
}

Outcome Table::resume(const std::string& idHex) {
    if (game_ && id_.hex() == idHex) return {};  // already here (perhaps unsaved)
    if (unsaved()) retrySave();
    if (unsaved()) return refuse(Refusal::UnsavedGame);
    FolderLoad load = sink_.loadRecords();
    for (const auto& d : load.damaged) problems_.push_back("set aside " + d.line());
    for (auto& stored : load.inProgress) {
        if (stored.record.id.hex() != idHex) continue;
        const Deck* deck = catalog_.find(stored.record.deckId);
        if (!deck) return refuse(Refusal::DoesNotReplay, "unknown deck '" + stored.record.deckId + "'");
        std::string why;
        auto game = replayRecord(*deck, stored.record, &why);
        if (!game) return refuse(Refusal::DoesNotReplay, why);
        game_ = std::move(game);
        id_ = stored.record.id;
        startedMs_ = stored.record.startedAtMs;
        unsaved_ = false;
        restoredView_ = {};
        // A damaged sidecar only costs the drafts: the game resumes anyway.
        std::string viewWhy;
        if (auto bytes = sink_.loadView(id_, &viewWhy)) {
            if (auto view = decodeViewDraft(*bytes, &viewWhy)) restoredView_ = std::move(*view);
            else problems_.push_back("view sidecar of " + idHex + " ignored: " + viewWhy);
        } else if (!viewWhy.empty()) {
            problems_.push_back("view sidecar of " + idHex + " ignored: " + viewWhy);
        }
        return {};
    }
    return refuse(Refusal::UnknownRecord, "no game in progress with id '" + idHex + "'");
}

Step Table::play(const Action& action) {
    Step step;
    if (!game_) {
        step.outcome = refuse(Refusal::NoGame);
        return step;
    }
    if (game_->finished()) {  // finished but unsaved: only a retry helps
        step.outcome = refuse(Refusal::AlreadyFinished);
        step.saved = !unsaved_;
        return step;
    }
    const Verdict v = game_->apply(action, clock_());
    if (!v) {
        step.outcome = refuse(Refusal::MoveRefused, v.reason);
        step.saved = !unsaved_;
        return step;
    }
    return saveAndSettle();
}

Step Table::stop() {
    if (!game_) return Step{refuse(Refusal::NoGame), true, {}, {}};
    if (game_->finished()) return Step{refuse(Refusal::AlreadyFinished), !unsaved_, {}, {}};
    return play(abandonMove(game_->kind()));
}

Step Table::retrySave() {
    if (!game_) {
        unsaved_ = false;
        return {};
    }
    return saveAndSettle();
}

bool Table::leave() {
    if (!game_) return true;
    if (unsaved_) {
        Step s = retrySave();
        if (!s.saved) return false;
        if (s.left) return true;  // (a finished game would have left already)
    }
    game_.reset();
    unsaved_ = false;
    restoredView_ = {};
    return true;
}

bool Table::quit(std::string* why) {
    if (!unsaved()) return true;
    return save(why);
}

SessionFacts Table::factsOf(const Record& r, const std::set<RecordId>& exported) const {
    SessionFacts s;
    s.id = r.id;
    s.deckId = r.deckId;
    s.deck = catalog_.find(r.deckId);
    if (s.deck) s.kind = gameKindOf(*s.deck);
    s.status = r.status == RecordStatus::InProgress  ? SessionStatus::InProgress
               : r.status == RecordStatus::Abandoned ? SessionStatus::Stopped
                                                     : SessionStatus::Finished;
    s.exported = s.status != SessionStatus::InProgress && exported.count(r.id) != 0;
    s.startedAtMs = r.startedAtMs;
    s.seats = static_cast<int>(r.setup.seats.size());
    s.rounds = s.kind == GameKind::Samenleer ? 0 : r.setup.rounds;
    return s;
}

std::vector<SessionFacts> Table::sessions() {
    FolderLoad load = sink_.loadRecords();
    for (const auto& d : load.damaged) problems_.push_back("set aside " + d.line());
    for (const auto& p : load.problems) problems_.push_back(p);
    const auto exported = sink_.exportedIds();
    std::vector<SessionFacts> out;
    for (const auto* list : {&load.inProgress, &load.finished})
        for (const auto& stored : *list)
            if (!(game_ && stored.record.id == id_)) out.push_back(factsOf(stored.record, exported));
    std::stable_sort(out.begin(), out.end(),
                     [](const SessionFacts& a, const SessionFacts& b) { return a.startedAtMs > b.startedAtMs; });
    // A game that could not be saved waits in memory: it comes first.
    if (unsaved()) {
        SessionFacts s = factsOf(currentRecord(), {});
        s.unsaved = true;
        out.insert(out.begin(), s);
    }
    return out;
}

std::optional<LeftTable> Table::open(const std::string& idHex, Outcome* outcome) {
    auto fail = [&](Outcome o) -> std::optional<LeftTable> {
        if (outcome) *outcome = std::move(o);
        return std::nullopt;
    };
    FolderLoad load = sink_.loadRecords();
    for (auto& stored : load.finished) {
        if (stored.record.id.hex() != idHex) continue;
        const Deck* deck = catalog_.find(stored.record.deckId);
        if (!deck) return fail(refuse(Refusal::DoesNotReplay, "unknown deck '" + stored.record.deckId + "'"));
        std::string why;
        auto game = replayRecord(*deck, stored.record, &why);
        if (!game) return fail(refuse(Refusal::DoesNotReplay, why));
        if (outcome) *outcome = {};
        return LeftTable{std::move(*game), factsOf(stored.record, sink_.exportedIds())};
    }
    return fail(refuse(Refusal::UnknownRecord, "no finished session with id '" + idHex + "'"));
}

Outcome Table::remove(const std::string& idHex, bool confirmedTwice) {
    if (game_ && id_.hex() == idHex) return refuse(Refusal::OnTable);
    const auto id = RecordId::fromHex(idHex);
    if (!id) return refuse(Refusal::UnknownRecord, "not a record id: '" + idHex + "'");
    FolderLoad load = sink_.loadRecords();
    const StoredRecord* found = nullptr;
    for (const auto* list : {&load.inProgress, &load.finished})
        for (const auto& stored : *list)
            if (stored.record.id == *id) found = &stored;
    if (!found) return refuse(Refusal::UnknownRecord, "no session with id '" + idHex + "'");
    const bool exported = found->record.status != RecordStatus::InProgress && sink_.exportedIds().count(*id);
    if (!exported && !confirmedTwice) return refuse(Refusal::NeedsConfirmation);
    std::string why;
    if (!sink_.deleteRecord(*id, &why)) return refuse(Refusal::StoreFailed, why);
    return {};
}

BundleCounts Table::exportCounts() {
    BundleCounts c;
    const auto done = sink_.exportedIds();
    FolderLoad load = sink_.loadRecords();
    for (const auto& stored : load.finished) {
        ++c.all;
        c.fresh += done.count(stored.record.id) == 0;
    }
    return c;
}

ExportOutcome Table::exportBundle(bool all, const std::string& passphrase) {
    ExportOutcome out;
    out.sealed = !passphrase.empty();
    out.folder = sink_.bundleFolder();
    if (!all && exportCounts().fresh == 0) {
        out.ok = true;  // nothing new: no empty file
        return out;
    }
    BundleWrite w = sink_.writeBundle(all, passphrase, clock_());
    out.folder = w.folder;
    out.problem = w.problem;
    if (w.problem != BundleWrite::Problem::None) {
        problems_.push_back("export failed: " + w.why);
        return out;
    }
    out.ok = true;
    out.sealed = out.sealed || w.sealedToKey;
    out.written = w.written;
    out.file = w.file;
    return out;
}

bool Table::saveView(const ViewDraft& view, std::string* why) {
    if (!game_ || game_->finished()) return true;
    return sink_.saveView(id_, encodeViewDraft(view), why);
}

std::vector<std::string> Table::takeProblems() {
    std::vector<std::string> out;
    out.swap(problems_);
    return out;
}

}  // namespace samenspel
