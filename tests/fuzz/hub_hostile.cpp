// Hostile inputs to `samenspel-hub import` that a fuzzer would not find
// quickly, each with the outcome it must have, checked under ASan + UBSan
// with the same law as fuzz_hub_import. It also writes every input it makes
// (and sealed, cut and bit-flipped variants of the plain seeds) into a
// folder, which run_fuzzers.sh replays through fuzz_hub_import as extra
// corpus, so they run under its memory limit too.
//   hub_hostile SEED_DIR OUT_DIR
#include <sodium.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "hub_import_law.h"
#include "store/bundle.h"
#include "store/frame.h"
#include "store/record_codec.h"

using namespace samenspel;
using namespace samenspel::hubfuzz;
namespace fs = std::filesystem;

namespace {

using Outcome = HubLawBench::Outcome;
// Empty when the outcome is the one wanted; else what is wrong.
using Expect = std::function<std::string(const Outcome&)>;

struct Run {
    HubLawBench& bench;
    fs::path out;
    int failed = 0;

    Outcome check(const std::string& name, const std::string& bytes, const Expect& expect = {}) {
        const fs::path file = out / name;
        writeFile(file, bytes);
        const Outcome o = bench.importAndCheck(file);
        std::string wrong = o.broken.empty() ? std::string() : "the import law broke: " + o.broken;
        if (wrong.empty() && expect) wrong = expect(o);
        const std::string said = o.imported ? hub::reportLine("imported", o.counts) : "refused: " + o.why;
        if (!wrong.empty()) {
            ++failed;
            std::printf("FAIL %-34s %s\n     %s\n", name.c_str(), said.c_str(), wrong.c_str());
        } else if (expect) {
            std::printf("ok   %-34s %s\n", name.c_str(), said.c_str());
        }
        return o;
    }
};

Expect refused() {
    return [](const Outcome& o) { return o.imported ? std::string("it imported; it must be refused") : ""; };
}
Expect refusedSaying(const std::string& words) {
    return [words](const Outcome& o) {
        if (o.imported) return std::string("it imported; it must be refused");
        if (o.why.find(words) == std::string::npos) return "the reason does not say '" + words + "'";
        return std::string();
    };
}
Expect imported(std::size_t fresh, std::size_t duplicates, std::size_t conflicts, std::size_t minDamaged) {
    return [=](const Outcome& o) {
        const auto& c = o.counts;
        if (!o.imported) return std::string("refused; it must import");
        if (c.fresh != fresh || c.duplicates != duplicates || c.conflicts != conflicts || c.damaged < minDamaged)
            return "wanted " + std::to_string(fresh) + " new, " + std::to_string(duplicates) + " duplicate, " +
                   std::to_string(conflicts) + " conflict, at least " + std::to_string(minDamaged) + " damaged";
        return std::string();
    };
}

std::string withU32(std::string bytes, std::size_t at, std::uint32_t v) {
    std::string le;
    putU32(le, v);
    return bytes.replace(at, 4, le);
}

// A bundle of these frames, in this order, with a right header.
std::string bundleOf(const std::vector<std::string>& frames) {
    std::string b = bundleHeader(static_cast<std::uint32_t>(frames.size()));
    for (const auto& f : frames) b += f;
    return b;
}

std::string encoded(const Record& r) {
    std::string why;
    auto f = encodeRecord(r, &why);
    if (!f) {
        std::fprintf(stderr, "cannot encode a hostile record: %s\n", why.c_str());
        std::exit(2);
    }
    return *f;
}

long peakRssKiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// Sealed, cut and bit-flipped variants of one plain seed: no expected
// outcome but the law.
void variants(Run& run, const std::string& stem, const std::string& plain) {
    unsigned char pub[32];
    fuzzHubPublicKey(pub);
    std::string why;
    if (!writeKeySealed(plain, run.out / (stem + ".key.ssb"), pub, &why) ||
        !writeCheapPassphraseSealed(plain, run.out / (stem + ".pass.ssb"), &why)) {
        std::fprintf(stderr, "cannot seal %s: %s\n", stem.c_str(), why.c_str());
        std::exit(2);
    }
    for (const char* kind : {".key.ssb", ".pass.ssb"}) {
        const std::string sealed = readFile(run.out / (stem + kind));
        run.check(stem + kind + ".as-is", sealed, [](const Outcome& o) {
            return o.imported && o.counts.damaged == 0 ? "" : "a sealed seed must import whole: " + o.why;
        });
        fs::remove(run.out / (stem + kind));
        for (std::size_t cut : {std::size_t{8}, std::size_t{59}, sealed.size() / 2, sealed.size() - 1})
            run.check(stem + kind + ".cut-" + std::to_string(cut), sealed.substr(0, cut), refused());
        std::string flipped = sealed;
        flipped[sealed.size() - 20] = static_cast<char>(flipped[sealed.size() - 20] ^ 0x01);
        run.check(stem + kind + ".flip-tail", flipped, refused());
    }
    const std::size_t n = plain.size();
    for (std::size_t cut :
         {std::size_t{0}, std::size_t{10}, std::size_t{19}, std::size_t{20}, std::size_t{21}, n / 3, n / 2, n - 1})
        run.check(stem + ".cut-" + std::to_string(cut), plain.substr(0, cut));
    for (int i = 0; i < 8; ++i) {
        std::string flipped = plain;
        const std::size_t at = (n * static_cast<std::size_t>(2 * i + 1)) / 16;
        flipped[at] = static_cast<char>(flipped[at] ^ (1 << i));
        run.check(stem + ".flip-" + std::to_string(at), flipped);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: hub_hostile SEED_DIR OUT_DIR\n");
        return 2;
    }
    const fs::path seeds = argv[1], out = argv[2];
    fs::create_directories(out);
    const fs::path base = SAMENSPEL_FUZZ_HUB_BASE;
    HubLawBench bench(fs::temp_directory_path() / ("samenspel-hub-hostile-" + std::to_string(getpid())), base);
    Run run{bench, out};

    const std::string plain = readFile(base);
    std::vector<RawRecord> held;
    {
        BundleReader reader(true);
        std::string why;
        if (!reader.open(base, &why)) {
            std::fprintf(stderr, "cannot read %s: %s\n", base.c_str(), why.c_str());
            return 2;
        }
        RawRecord r;
        while (reader.next(r, &why) == BundleReader::Step::Record) held.push_back(r);
    }
    const std::size_t k = held.size();
    if (k < 2) {
        std::fprintf(stderr, "the base bundle needs at least two records\n");
        return 2;
    }
    std::string why;
    Record first = *decodeRecord(held[0].frame, &why);
    RecordId freshId = first.id;
    freshId.bytes[0] ^= 0xA5;  // an id the hub does not hold
    Record other = first;
    other.id = freshId;

    std::printf("== the base bundle again, and counts the file cannot hold\n");
    run.check("base-again.ssb", plain, imported(0, k, 0, 0));
    run.check("count-huge.ssb", withU32(plain, 12, 0xFFFFFFFFu), [&](const Outcome& o) {
        return imported(0, k, 0, 1)(o);  // the header CRC no longer matches
    });
    {
        // The same claim with a header CRC that matches: the cap and the
        // file size refuse the count, never an allocation.
        std::string capped = withU32(plain, 12, kMaxBundleRecords + 1);
        capped = withU32(capped, 16, crc32(capped.data(), 16));
        run.check("count-over-cap.ssb", capped, imported(0, k, 0, 1));
        std::string atCap = withU32(plain, 12, kMaxBundleRecords);
        atCap = withU32(atCap, 16, crc32(atCap.data(), 16));
        run.check("count-at-cap.ssb", atCap, imported(0, k, 0, 1));
    }
    const long rssBefore = peakRssKiB();
    {
        // Record frames that claim 4 GiB, the 4 MiB cap, and one byte over
        // it, each followed by a good record: the claim costs only itself.
        const std::string good = encoded(other);
        for (std::uint32_t len : {0xFFFFFFFFu, kMaxRecordPayload, kMaxRecordPayload + 1}) {
            const std::string liar = withU32(held[1].frame, 12, len);
            run.check("record-length-" + std::to_string(len) + ".ssb", bundleOf({liar, good}), imported(1, 0, 0, 1));
            run.check("record-file-length-" + std::to_string(len) + ".ssr", liar, [](const Outcome& o) {
                return o.imported && o.counts.damaged != 1 ? "a lying record file must count as damaged" : "";
            });
        }
    }
    const long rssGrowth = peakRssKiB() - rssBefore;
    std::printf("     peak RSS grew %ld KiB over the lying lengths\n", rssGrowth);
    if (rssGrowth > 32 * 1024) {
        ++run.failed;
        std::printf("FAIL a length the file claims cost %ld KiB\n", rssGrowth);
    }

    {
        // A header that counts one record, then a record whose CRC holds but
        // which does not decode (a broken device id), then a good one. The
        // import keeps neither: the reader calls the good one "trailing
        // bytes", while `records merge --verify` keeps it
        // (BundleReader::next only notices the damage when it decodes).
        std::string undecodable = encoded(other);
        undecodable[kFrameHeaderBytes + 1 + 4 + 16 + 8] = 'Z';  // the device id's first character
        repairCrcs(undecodable);
        Record good = other;
        good.id.bytes[3] ^= 0x77;
        run.check("count-short-after-undecodable.ssb",
                  bundleHeader(1) + undecodable + encoded(good));  // the law only, for now
    }

    std::printf("== records whose action log the rules refuse\n");
    {
        // A move in the middle of the game (finish, abandon and an intention
        // carry no round the rules look at) for a round seven rounds on.
        Record late = other;
        auto& middle = late.log[late.log.size() / 2].action;
        middle.round = static_cast<std::uint16_t>(middle.round + 7);
        Record unknownMove = other;
        unknownMove.id.bytes[1] ^= 0x5A;
        unknownMove.log.front().action.type = 0xFFFF;
        Record doubled = other;
        doubled.id.bytes[2] ^= 0x3C;
        doubled.log.insert(doubled.log.begin() + 1, doubled.log[1]);
        doubled.log.insert(doubled.log.begin() + 1, doubled.log[1]);
        auto illegal = [](std::size_t n) {
            return [n](const Outcome& o) {
                if (!o.imported || o.counts.fresh != n)
                    return std::string("it must import, as " + std::to_string(n) + " new");
                if (o.replayFailed != n || o.counts.notDerived != n || o.counts.replayFailed != n)
                    return std::string("every one must be kept with derived = 'replay-failed'");
                if (hub::reportLine("x", o.counts).find("kept whose moves do not replay") == std::string::npos)
                    return std::string("the report line must say the moves do not replay, not that a deck is missing");
                return std::string();
            };
        };
        run.check("illegal-round.ssb", bundleOf({encoded(late)}), illegal(1));
        run.check("illegal-moves.ssb", bundleOf({encoded(unknownMove), encoded(doubled)}), illegal(2));
        run.check("illegal-round.ssr", encoded(late), illegal(1));
    }

    std::printf("== one id, different bytes, inside one bundle\n");
    {
        Record later = other;
        later.endedAtMs += 1;
        const std::string a = encoded(other), b = encoded(later);
        const Outcome ab = run.check("same-id-ab.ssb", bundleOf({a, b}), imported(1, 0, 1, 0));
        const Outcome ba = run.check("same-id-ba.ssb", bundleOf({b, a}), imported(1, 0, 1, 0));
        // Which of the two stays depends on their bytes (the smaller one);
        // then each copy of it is a duplicate and each copy of the other a conflict.
        auto oneIdManyCopies = [](std::size_t copies) {
            return [copies](const Outcome& o) {
                const auto& c = o.counts;
                if (!o.imported || c.fresh != 1 || c.conflicts == 0 || c.fresh + c.duplicates + c.conflicts != copies)
                    return std::string("wanted 1 new, the rest duplicates or conflicts, at least one conflict");
                return std::string();
            };
        };
        run.check("same-id-aba.ssb", bundleOf({a, b, a}), oneIdManyCopies(3));
        run.check("same-id-abba.ssb", bundleOf({a, b, b, a}), oneIdManyCopies(4));
        if (ab.content != ba.content) {
            ++run.failed;
            std::printf("FAIL same-id-ab and same-id-ba leave different databases\n");
        }
        Record changedHeld = first;
        changedHeld.endedAtMs += 1;
        run.check("same-id-as-held.ssb", bundleOf({encoded(changedHeld)}), imported(0, 0, 1, 0));
    }

    std::printf("== sealed bundles: cut, wrong key, wrong passphrase\n");
    {
        unsigned char pub[32], otherPub[32], otherSecret[32];
        fuzzHubPublicKey(pub);
        crypto_box_keypair(otherPub, otherSecret);
        const fs::path keySealed = out / "sealed-key.tmp", passSealed = out / "sealed-pass.tmp";
        if (!writeKeySealed(plain, keySealed, pub, &why) || !writeCheapPassphraseSealed(plain, passSealed, &why)) {
            std::fprintf(stderr, "cannot seal: %s\n", why.c_str());
            return 2;
        }
        const std::string ks = readFile(keySealed), ps = readFile(passSealed);
        fs::remove(keySealed);
        fs::remove(passSealed);
        run.check("sealed-key-whole.ssb", ks, imported(0, k, 0, 0));
        run.check("sealed-pass-whole.ssb", ps, imported(0, k, 0, 0));
        for (std::size_t cut : {std::size_t{12}, ks.size() / 2, ks.size() - 1})
            run.check("sealed-key-cut-" + std::to_string(cut) + ".ssb", ks.substr(0, cut), refused());
        for (std::size_t cut : {std::size_t{30}, ps.size() / 2, ps.size() - 1})
            run.check("sealed-pass-cut-" + std::to_string(cut) + ".ssb", ps.substr(0, cut), refused());
        run.check("sealed-key-extra-byte.ssb", ks + "x", refused());
        const fs::path wrong = out / "wrong.tmp";
        if (!writeKeySealed(plain, wrong, otherPub, &why)) return 2;
        run.check("sealed-wrong-key.ssb", readFile(wrong), refusedSaying("key"));
        if (!writeCheapPassphraseSealed(plain, wrong, &why, "another passphrase")) return 2;
        run.check("sealed-wrong-passphrase.ssb", readFile(wrong), refusedSaying("wrong passphrase"));
        fs::remove(wrong);
    }

    std::printf("== every statement of an import fails in turn: refused, the database as before\n");
    {
        // A changed copy of a record the hub holds that sorts before it (it
        // replaces the held one, which goes aside) and one that sorts after.
        std::string smaller, larger;
        for (std::int64_t delta = 1; delta < 200 && (smaller.empty() || larger.empty()); ++delta) {
            Record changed = first;
            changed.endedAtMs += delta;
            const std::string f = encoded(changed);
            (f < held[0].frame ? smaller : larger) = f;
        }
        std::vector<std::pair<std::string, std::string>> inputs = {
            {"fail-new.ssb", readFile(seeds / "sim-2-2.ssb")},
            {"fail-replaces-held.ssb", bundleOf({smaller})},
            {"fail-aside.ssb", bundleOf({larger})},
            {"fail-key-sealed.ssb", readFile(out / "sealed-key-whole.ssb")},
        };
        for (const auto& [name, bytes] : inputs) {
            const fs::path file = out / name;
            writeFile(file, bytes);
            std::size_t sent = 0, n = 1;
            bool ok = true;
            for (;; ++n) {
                const Outcome o = bench.importAndCheck(file, n, &sent);
                if (!o.broken.empty() || (n <= sent && o.imported)) {
                    ++run.failed;
                    ok = false;
                    std::printf("FAIL %s with statement %zu failing: %s\n", name.c_str(), n,
                                o.broken.empty() ? "it imported" : o.broken.c_str());
                    break;
                }
                if (n > sent) break;  // nothing failed: the import went through
            }
            if (ok)
                std::printf("ok   %-34s each of its %zu statements failed once: refused, nothing changed\n",
                            name.c_str(), sent);
        }
    }

    std::printf("== files too short to be what their first bytes say\n");
    for (const std::string& magic :
         {std::string(kBundleMagic), std::string(kRecordMagic), std::string(kSealMagic), std::string(kKeySealMagic)}) {
        for (std::size_t extra : {std::size_t{0}, std::size_t{11}})
            run.check("short-" + magic + "-" + std::to_string(magic.size() + extra) + ".bin",
                      magic + std::string(extra, '\0'), refused());
    }
    run.check("empty.bin", "", refusedSaying("not a Samenspel bundle"));

    std::printf("== variants of the seeds (law only)\n");
    std::vector<fs::path> seedFiles;
    for (const auto& e : fs::directory_iterator(seeds))
        if (e.path().extension() == ".ssb") seedFiles.push_back(e.path());
    std::sort(seedFiles.begin(), seedFiles.end());
    for (const auto& s : seedFiles) variants(run, s.stem().string(), readFile(s));

    std::printf("%s: %d failed\n", run.failed ? "hostile bundles" : "hostile bundles: all as required", run.failed);
    return run.failed ? 1 : 0;
}
