// `bench [--quick]`: timings of the store against its budgets, as
// `key: value` lines. Games come from the engine's autoplay on the bundled
// decks; the bulk merge uses copies of a few real games with fresh ids.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

#include "commands.h"
#include "content/deck_loader.h"
#include "engine/autoplay.h"
#include "store/bundle.h"
#include "store/record_codec.h"
#include "store/record_folder.h"

namespace samenspel::cli {

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kStartMs = 1714550400000;  // 2024-05-01, any fixed day will do

double millisecondsOf(const std::function<void()>& work) {
    const auto t0 = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// A scratch folder that is removed again, whatever happens.
struct ScratchDir {
    fs::path path;
    ScratchDir() {
        path = fs::temp_directory_path() / ("samenspel-bench-" + RecordId::random().hex().substr(0, 12));
        fs::create_directories(path);
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

struct BenchError {
    std::string message;
};

Record playedRecord(const Deck& deck, std::uint64_t seed, std::size_t seats, std::uint16_t rounds,
                    const std::string& device) {
    std::string why;
    auto game = autoplay(deck, defaultSetup(deck, seed, seats, rounds), seed * 7919 + 1, kStartMs, 15000, &why);
    if (!game) throw BenchError{"autoplay on deck '" + deck.id + "' failed: " + why};
    const std::int64_t end = game->log().empty() ? kStartMs : game->log().back().atMs;
    return recordOf(*game, RecordId::random(), device, kStartMs, end);
}

// A mix like a field day: Tegenwicht groups of 3 to 6 for 2 to 6 rounds,
// and Samenleergesprekken.
std::vector<Record> templates(const DeckCatalog& catalog, const std::string& device) {
    std::vector<Record> out;
    const Deck* tw = catalog.firstOfKind(GameKind::Tegenwicht);
    const Deck* sl = catalog.firstOfKind(GameKind::Samenleer);
    for (std::uint64_t i = 0; i < 12; ++i) {
        if (tw) out.push_back(playedRecord(*tw, 100 + i, 3 + i % 4, static_cast<std::uint16_t>(2 + i % 5), device));
        if (sl) out.push_back(playedRecord(*sl, 200 + i, 2, 0, device));
    }
    if (out.empty()) throw BenchError{"no deck to play: neither a Tegenwicht nor a Samenleer deck loaded"};
    return out;
}

void writeBundle(const fs::path& file, const std::vector<Record>& models, std::size_t first, std::size_t count) {
    RecordUnion bundle;
    std::string why;
    for (std::size_t i = first; i < first + count; ++i) {
        Record r = models[i % models.size()];
        // Ids that depend only on i, so the two bundles overlap exactly where intended.
        for (std::size_t k = 0; k < 8; ++k)
            r.id.bytes[k] = static_cast<std::uint8_t>((i * 0x9E3779B97F4A7C15ULL) >> (8 * k));
        for (std::size_t k = 8; k < 16; ++k) r.id.bytes[k] = static_cast<std::uint8_t>(i >> (8 * (k - 8)));
        r.startedAtMs += static_cast<std::int64_t>(i) * 60000;
        auto frame = encodeRecord(r, &why);
        if (!frame) throw BenchError{why};
        bundle.add({r.id, std::move(*frame)});
    }
    if (!bundle.write(file, &why, false)) throw BenchError{why};
}

}  // namespace

int runBench(const Args& args) {
    const bool quick = hasFlag(args, "--quick");
    const DeckCatalog catalog = loadBundledDecks();
    const Deck* tw = catalog.firstOfKind(GameKind::Tegenwicht);
    if (!tw) {
        std::fprintf(stderr, "samenspel-cli bench: no Tegenwicht deck loaded\n");
        return 1;
    }
    try {
        ScratchDir scratch;
        const std::string device = newDeviceId();

        // One full game: 8 seats, 30 rounds, saved the way the app saves (fsync).
        {
            const Record big = playedRecord(*tw, 42, 8, 30, device);
            RecordFolder folder(scratch.path / "save");
            std::string why;
            std::vector<double> times;
            for (int i = 0; i < (quick ? 5 : 15); ++i)
                times.push_back(millisecondsOf([&] {
                    if (!folder.save(big, &why)) throw BenchError{why};
                }));
            auto bytes = encodeRecord(big, &why);
            std::printf("record_bytes_tegenwicht_30_rounds: %zu\n", bytes ? bytes->size() : 0);
            std::printf("save_tegenwicht_30_rounds_ms: %.2f\n", median(times));
            std::printf("save_tegenwicht_30_rounds_budget_ms: 10\n");
        }

        const std::vector<Record> models = templates(catalog, device);

        // A folder of 1000 finished records, loaded the way the app loads it.
        {
            RecordFolder folder(scratch.path / "load", false);
            std::string why;
            for (std::size_t i = 0; i < 1000; ++i) {
                Record r = models[i % models.size()];
                r.id = RecordId::random();
                if (!folder.save(r, &why)) throw BenchError{why};
            }
            std::vector<double> times;
            std::size_t loaded = 0;
            for (int i = 0; i < (quick ? 1 : 3); ++i)
                times.push_back(millisecondsOf([&] { loaded = folder.load(LoadMode::CheckOnly).finished.size(); }));
            if (loaded != 1000) throw BenchError{"loaded " + std::to_string(loaded) + " of 1000 records"};
            std::printf("load_1000_records_ms: %.2f\n", median(times));
            std::printf("load_1000_records_budget_ms: 200\n");
        }

        // Two bundles of n records each, a fifth of them in both.
        {
            const std::size_t n = quick ? 5000 : 50000;
            const std::size_t overlap = n / 5;
            const fs::path a = scratch.path / "a.ssb", b = scratch.path / "b.ssb", out = scratch.path / "out.ssb";
            writeBundle(a, models, 0, n);
            writeBundle(b, models, n - overlap, n);
            // As `records merge` does it: frames, CRCs and ids checked; and
            // as `records merge --verify` does it: every record decoded too.
            for (const bool verify : {false, true}) {
                MergeReport report;
                RecordUnion merged;
                std::string why;
                const double ms = millisecondsOf([&] {
                    merged.addInput(a, report, verify);
                    merged.addInput(b, report, verify);
                    if (!merged.write(out, &why)) throw BenchError{why};
                });
                if (merged.size() != 2 * n - overlap || report.damaged || report.conflicts)
                    throw BenchError{"the merge came out wrong: " + std::to_string(merged.size()) + " records"};
                std::printf("merge_2x%zu%s_ms: %.2f\n", n, verify ? "_verified" : "", ms);
            }
            std::error_code ec;
            std::printf("merge_records_per_bundle: %zu\n", n);
            std::printf("merge_bundle_mb: %.1f\n", static_cast<double>(fs::file_size(a, ec)) / (1 << 20));
            std::printf("merge_2x%zu_budget_ms: 2000\n", n);
        }

        // A coordinator's day: 100 devices' bundles of 1000 records, each
        // sharing 100 records with the next, merged at once; then sealed.
        {
            const std::size_t bundles = quick ? 10 : 100, perBundle = 1000, step = 900;
            std::vector<fs::path> inputs;
            for (std::size_t b = 0; b < bundles; ++b) {
                inputs.push_back(scratch.path / ("device-" + std::to_string(b) + ".ssb"));
                writeBundle(inputs.back(), models, step * b, perBundle);
            }
            MergeReport report;
            RecordUnion merged;
            std::string why;
            const double ms = millisecondsOf([&] {
                for (const auto& input : inputs) merged.addInput(input, report);
                if (!merged.write(scratch.path / "all.ssb", &why)) throw BenchError{why};
            });
            const std::size_t expected = step * (bundles - 1) + perBundle;
            if (merged.size() != expected || report.duplicates != (bundles - 1) * (perBundle - step))
                throw BenchError{"the coordinator merge came out wrong: " + std::to_string(merged.size()) + " records"};
            std::printf("merge_%zux%zu_ms: %.2f\n", bundles, perBundle, ms);
            const double sealMs = millisecondsOf([&] {
                if (!merged.write(scratch.path / "all-sealed.ssb", &why, true, "bench passphrase"))
                    throw BenchError{why};
            });
            std::printf("seal_%zu_records_ms: %.2f\n", merged.size(), sealMs);
            const double openMs = millisecondsOf([&] {
                RecordUnion back;
                MergeReport r;
                if (!back.addInput(scratch.path / "all-sealed.ssb", r, false, "bench passphrase") ||
                    back.size() != merged.size())
                    throw BenchError{"the sealed bundle did not read back"};
            });
            std::printf("open_sealed_%zu_records_ms: %.2f\n", merged.size(), openMs);
        }
    } catch (const BenchError& e) {
        std::fprintf(stderr, "samenspel-cli bench: %s\n", e.message.c_str());
        return 1;
    }
    return 0;
}

}  // namespace samenspel::cli
