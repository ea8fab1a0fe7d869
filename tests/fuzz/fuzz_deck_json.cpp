// libFuzzer target: any bytes as a deck file. The loader must report
// problems, never crash, and never allocate without bound.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/deck_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const samenspel::PictogramSet pictograms = {"scale", "people", "question", "note"};
    std::vector<samenspel::DeckProblem> problems;
    auto deck =
        samenspel::parseDeck(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json", pictograms, problems);
    if (deck && !problems.empty()) __builtin_trap();  // a deck with problems must not load
    return 0;
}
