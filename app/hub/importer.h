// Import that a coordinator can trust (issue 11): bundles, record files and
// app data folders into the hub's database, one transaction per input, so a
// killed import leaves the database as it was before that input. The stored
// state is a function of the set of frames seen, never of their order:
// records holds, per id, the frame whose bytes compare smallest (the bundle
// merge's rule, FORMAT.md section 5); every other frame with that id is kept
// aside in conflicts.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "content/deck_loader.h"
#include "hub/hub_db.h"

namespace samenspel::hub {

struct ImportCounts {
    std::size_t fresh = 0;              // records the hub did not have
    std::size_t duplicates = 0;         // byte-identical to what the hub has
    std::size_t conflicts = 0;          // same id, different bytes: kept aside, reported
    std::size_t damaged = 0;            // frames that could not be read (named in problems)
    std::size_t notDerived = 0;         // stored without per-move rows (no deck here, or no replay)
    std::size_t replayFailed = 0;       // of those: the deck is here, the moves do not replay
    std::vector<std::string> problems;  // one line per damaged record or conflict
};

struct ImportOptions {
    std::string passphrase;               // for passphrase-sealed bundles
    std::filesystem::path secretKeyFile;  // for bundles sealed to the hub's key
    // Bulk load (SCHEMA.md, "Bulk loading"): by default when the input holds
    // at least as many records as the database; tests force either way.
    enum class Bulk { Auto, Always, Never } bulk = Bulk::Auto;
};

class Importer {
public:
    Importer(HubDb& db, const DeckCatalog& catalog) : db_(db), catalog_(catalog) {}
    // One input, one transaction. False (with `why`) when the input could not
    // be read or the database refused: then nothing of it was stored.
    bool importInput(const std::filesystem::path& input, const ImportOptions& options, ImportCounts& counts,
                     std::string* why);

private:
    HubDb& db_;
    const DeckCatalog& catalog_;
};

// Replays again the stored frames of sessions that could not be derived
// (no deck here then, e.g. a game kind added to the hub later), in one
// transaction. `derived` counts the sessions that now have their rows,
// `still` those that still have none.
bool rederive(HubDb& db, const DeckCatalog& catalog, std::size_t& derived, std::size_t& still, std::string* why);

// "name: 12 new, 3 duplicate, 0 conflict, 1 damaged"
std::string reportLine(const std::string& name, const ImportCounts& c);

// A hex digest of a frame's bytes (BLAKE2b, 128 bits): the conflicts key.
std::string frameHash(const std::string& frame);

}  // namespace samenspel::hub
