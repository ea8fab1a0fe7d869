// libFuzzer target: any bytes as a file given to `samenspel-hub import`,
// into a hub that already holds a few records (SQLite, the hub's real
// importer). The law (hub_import_law.h) must hold for every input: counts
// that add up and the merge rule, or a one-line refusal and the database
// exactly as before. A broken law aborts, so libFuzzer keeps the input.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "hub_import_law.h"

namespace fs = std::filesystem;
using samenspel::hubfuzz::HubLawBench;

namespace {

std::unique_ptr<HubLawBench> bench;  // destroyed at exit: removes its scratch folder
fs::path input;

void check(const std::string& bytes) {
    if (!samenspel::hubfuzz::writeFile(input, bytes)) return;
    const auto o = bench->importAndCheck(input);
    if (!o.broken.empty()) {
        std::fprintf(stderr, "fuzz_hub_import: the import law broke: %s\n", o.broken.c_str());
        std::abort();
    }
    if (std::getenv("SAMENSPEL_FUZZ_VERBOSE"))
        std::fprintf(
            stderr, "%s\n",
            o.imported ? samenspel::hub::reportLine("imported", o.counts).c_str() : ("refused: " + o.why).c_str());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // tmpfs when there is one: each input copies and opens a database file.
    // run_fuzzers.sh names a folder of its own, so a crash leaves nothing behind.
    const fs::path shm = "/dev/shm";
    std::error_code ec;
    const char* given = std::getenv("SAMENSPEL_FUZZ_HUB_DIR");
    const fs::path root = given && *given             ? fs::path(given)
                          : fs::is_directory(shm, ec) ? shm
                                                      : fs::temp_directory_path();
    bench = std::make_unique<HubLawBench>(root / ("samenspel-fuzz-hub-" + std::to_string(getpid())),
                                          SAMENSPEL_FUZZ_HUB_BASE);
    input = bench->scratch() / "input.ssb";
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    check(bytes);
    // Most mutations inside a record only break its CRC; the same input with
    // the checksums made right reaches the decoder, the replay and the
    // derived tables.
    if (samenspel::hubfuzz::repairCrcs(bytes)) check(bytes);
    return 0;
}
