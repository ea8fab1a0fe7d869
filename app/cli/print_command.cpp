// `print`: a deck as printable cards (A4 PDF, nine to a page, backs mirrored
// for duplex), and `print --bench`: how long a whole deck takes and how big
// its PDF is. The drawing lives in app/export; this only reads arguments.
#include <chrono>
#include <cstdio>
#include <ctime>

#include "commands.h"
#include "content/deck_loader.h"
#include "export/deck_sheets.h"
#include "export/paper_files.h"
#include "export/pdf_document.h"

namespace samenspel::cli {

namespace {
std::filesystem::path assetsOf(const Args& args) {
    const std::string dir = option(args, "--dir");
    return dir.empty() ? defaultAssetsDir() : std::filesystem::path(dir).parent_path();
}

DeckCatalog catalogOf(const Args& args) {
    const std::string dir = option(args, "--dir");
    if (dir.empty()) return loadBundledDecks();
    return loadDeckDirectory(dir, std::filesystem::path(dir).parent_path() / "pictograms");
}

// Every deck (or the one asked for): draw the cards and encode the PDF in
// memory, timed on the wall clock and in CPU time (on a shared machine the
// wall clock also counts other people's work).
int bench(const DeckCatalog& catalog, const std::filesystem::path& assets, const std::string& only) {
    paper::PaperKit kit(assets);
    int failures = 0;
    std::printf("%-12s %6s %6s %12s %12s %10s\n", "deck", "cards", "pages", "wall ms", "cpu ms", "pdf MB");
    for (const Deck& d : catalog.decks) {
        if (!only.empty() && d.id != only) continue;
        using Clock = std::chrono::steady_clock;
        const auto t0 = Clock::now();
        const std::clock_t c0 = std::clock();
        std::string why;
        const auto doc = paper::deckDocument(kit, d, &why);
        const auto pdf = doc ? paper::pdfBytes(*doc, &why) : std::nullopt;
        const std::clock_t c1 = std::clock();
        const auto t1 = Clock::now();
        if (!pdf) {
            std::fprintf(stderr, "%s: %s\n", d.id.c_str(), why.c_str());
            ++failures;
            continue;
        }
        const double wall = std::chrono::duration<double, std::milli>(t1 - t0).count();
        const double cpu = 1000.0 * static_cast<double>(c1 - c0) / CLOCKS_PER_SEC;
        std::printf("%-12s %6zu %6zu %12.0f %12.0f %10.2f\n", d.id.c_str(), d.cards.size(), doc->size(), wall, cpu,
                    static_cast<double>(pdf->size()) / (1024.0 * 1024.0));
    }
    return failures ? 1 : 0;
}
}  // namespace

std::vector<std::string> paperProblems(const DeckCatalog& catalog, const std::filesystem::path& assets) {
    paper::PaperKit kit(assets);
    std::vector<std::string> out;
    for (const Deck& d : catalog.decks)
        for (const auto& p : paper::deckPrintProblems(kit, d)) out.push_back(d.id + ": on paper: " + p);
    return out;
}

int runPrint(const Args& args) {
    const std::string deckId = option(args, "--deck");
    const std::string out = option(args, "-o");
    const DeckCatalog catalog = catalogOf(args);
    for (const auto& p : catalog.problems) std::fprintf(stderr, "%s\n", p.text().c_str());
    if (hasFlag(args, "--bench")) return bench(catalog, assetsOf(args), deckId);
    if (deckId.empty() || out.empty()) throw UsageError{"use `print --deck ID -o FILE.pdf` or `print --bench`"};
    const Deck* deck = catalog.find(deckId);
    if (!deck) {
        std::fprintf(stderr, "samenspel-cli print: no deck '%s'\n", deckId.c_str());
        return 1;
    }
    paper::PaperKit kit(assetsOf(args));
    std::string why;
    const auto doc = paper::deckDocument(kit, *deck, &why);
    std::size_t bytes = 0;
    if (!doc || !paper::writePdf(*doc, out, &why, &bytes)) {
        std::fprintf(stderr, "samenspel-cli print: %s\n", why.c_str());
        return 1;
    }
    std::printf("%s: %zu cards on %zu pages, %zu bytes -> %s\n", deck->id.c_str(), deck->cards.size(), doc->size(),
                bytes, out.c_str());
    return 0;
}

}  // namespace samenspel::cli
