// Sessions from another device onto this one (a coach with a new phone):
// a sync bundle read whole and checked first, then every finished session
// not yet here saved through the record sink, as a move is (so a browser
// writes it to IndexedDB like any save). All or nothing for the file: one
// damaged record and nothing is taken, so a cut-off download never leaves
// half a move behind. Each session is written atomically, so a full disk
// part-way leaves whole sessions only, and importing the same file again
// adds nothing twice. Plain C++ (no SDL, no ImGui); the import screen
// (import_screen.h) shows the result.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "table/record_sink.h"

namespace samenspel::ui {

struct ImportResult {
    enum class Outcome : std::uint8_t {
        Done,             // every session in the file is on this device now
        NeedsPassphrase,  // sealed with a passphrase: ask for it
        WrongPassphrase,  // that passphrase does not open it
        ForCoordinator,   // sealed to a coordinator's key: only the hub opens it
        NotABundle,       // no Samenspel bundle at all (or too big to be one)
        Damaged,          // cut off or changed: nothing was taken
        NotSaved,         // writing to this device failed part-way (the rest stays as it was)
    };
    Outcome outcome = Outcome::Done;
    std::string path;         // the file, for a second try with a passphrase
    std::string name;         // its name, as the person knows it
    std::size_t added = 0;    // sessions new on this device
    std::size_t already = 0;  // sessions that were here already (nothing changed for them)
    std::size_t damaged = 0;  // damaged records found in the file (then nothing was taken)
    std::size_t skipped = 0;  // the file held games not finished; they never travel
};

// Reads the bundle at `path` (sealed with `passphrase` when it is sealed)
// and saves its sessions that `sink` does not have. The passphrase is
// overwritten before it returns.
ImportResult importSessions(RecordSink& sink, const std::string& path, std::string passphrase);

}  // namespace samenspel::ui
