// `records list|check|show|export|merge`: the coordinator's view of record
// folders and bundles. Reads never change a folder (damaged files are only
// reported); export writes a bundle or CSV, merge writes a bundle.
#include <cstdio>
#include <functional>
#include <optional>

#include "commands.h"
#include "content/deck_loader.h"
#include "store/atomic_file.h"
#include "store/bundle.h"
#include "store/key_sealed_file.h"
#include "store/record_codec.h"
#include "store/record_csv.h"
#include "store/record_folder.h"
#include "store/record_json.h"
#include "store/sealed_file.h"

namespace samenspel::cli {

namespace fs = std::filesystem;

namespace {

const char* kRecordsUsage =
    "usage: samenspel-cli records <command> ...\n"
    "  list DIR|BUNDLE|FILE              one line per record, id first\n"
    "  check DIR|BUNDLE|FILE             one line per damaged file or record; exit 1 if any\n"
    "  show FILE | show ID --dir DIR|BUNDLE   a record as text (ID may be a unique prefix)\n"
    "  export DIR -o FILE [--all]        records not yet exported (or all) to a bundle\n"
    "  export DIR -o FILE --to-key H.pub sealed to a coordinator's hub key (samenspel-hub keygen)\n"
    "  export DIR|BUNDLE --csv [-o FILE] one CSV row per pick, placement, answer ...\n"
    "  export DIR|BUNDLE --json [-o FILE] every record whole, with its action log\n"
    "  merge IN... -o FILE [--verify]    union of bundles and folders by record id;\n"
    "                                    records already in FILE are kept; --verify\n"
    "                                    decodes every record, not only its checksum\n"
    "  --decks DIR                       deck folder for show/check/csv (default: the bundled decks)\n"
    "  --passphrase-file F               read encrypted bundles with the passphrase in F (first line);\n"
    "                                    export and merge then write an encrypted bundle\n";

const std::vector<std::string> kValueFlags = {"-o", "--dir", "--decks", "--passphrase-file", "--to-key"};

// The passphrase from --passphrase-file, or empty. Throws UsageError with
// the reason when the file cannot be used.
std::string passphraseOf(const Args& args) {
    const std::string file = option(args, "--passphrase-file");
    if (file.empty()) return {};
    std::string passphrase, why;
    if (!readPassphraseFile(file, passphrase, &why)) throw UsageError{why};
    return passphrase;
}

void fail(const std::string& line) { std::fprintf(stderr, "samenspel-cli records: %s\n", line.c_str()); }

// Card ids, nicknames and notes come from files that may be hostile: never
// let them put control characters (terminal escapes) on the screen.
std::string printable(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7F) out += '?';
        else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) out += '?', ++i;
        else out += static_cast<char>(c);
    }
    return out;
}

// The decks, loaded once and only when a command needs them.
class DeckShelf {
public:
    explicit DeckShelf(const Args& args) : dir_(option(args, "--decks")) {}

    const Deck* find(const Record& r, std::string* why) {
        if (!catalog_) {
            if (dir_.empty()) catalog_ = loadBundledDecks();
            else catalog_ = loadDeckDirectory(dir_, fs::path(dir_).parent_path() / "pictograms");
        }
        const Deck* deck = catalog_->find(r.deckId);
        if (!deck) {
            if (why) *why = "deck '" + r.deckId + "' is not available";
            return nullptr;
        }
        if (!deck->replays(r.deckVersion)) {
            if (why)
                *why = "deck '" + r.deckId + "' is version " + deck->contentVersion + ", the record needs " +
                       r.deckVersion;
            return nullptr;
        }
        return deck;
    }

private:
    std::string dir_;
    std::optional<DeckCatalog> catalog_;
};

// Every record in a folder (finished and in progress), a bundle or one
// record file. Damaged ones go to onDamaged as "<where>: <reason>".
// Returns false when the input cannot be read at all.
bool forEachRecord(const fs::path& input, const std::string& passphrase, const std::function<void(Record&&)>& onRecord,
                   const std::function<void(const std::string&)>& onDamaged, bool withInProgress = true) {
    const std::string name = input.string();
    switch (inputKindOf(input)) {
    case InputKind::Missing: onDamaged(name + ": no such file or folder"); return false;
    case InputKind::Unknown: onDamaged(name + ": not a Samenspel bundle, record or record folder"); return false;
    case InputKind::Folder: {
        if (!RecordFolder::looksLikeFolder(input)) {
            onDamaged(name + ": not a record folder (it has no records/ or in-progress/)");
            return false;
        }
        FolderLoad loaded = RecordFolder(input).load(LoadMode::CheckOnly);
        for (const auto& p : loaded.problems) onDamaged(p);
        for (const auto& d : loaded.damaged) onDamaged(d.line());
        for (auto& s : loaded.finished) onRecord(std::move(s.record));
        if (withInProgress)
            for (auto& s : loaded.inProgress) onRecord(std::move(s.record));
        return true;
    }
    case InputKind::RecordFile: {
        std::string why;
        if (auto r = readRecordFile(input, &why)) {
            if (withInProgress || r->status != RecordStatus::InProgress) onRecord(std::move(*r));
        } else {
            onDamaged(name + ": " + why);
        }
        return true;
    }
    case InputKind::Bundle: {
        BundleReader reader(false);  // decoded right here, once
        std::string why;
        if (!reader.open(input, &why, passphrase)) {
            onDamaged(name + ": " + why);
            return false;
        }
        RawRecord raw;
        for (BundleReader::Step step; (step = reader.next(raw, &why)) != BundleReader::Step::End;) {
            if (step == BundleReader::Step::Damaged) {
                onDamaged(name + ": " + why);
                continue;
            }
            if (auto r = decodeRecord(raw.frame, &why)) {
                if (withInProgress || r->status != RecordStatus::InProgress) onRecord(std::move(*r));
            } else {
                onDamaged(name + ": record " + raw.id.hex() + ": " + why);
            }
        }
        return true;
    }
    }
    return false;
}

std::string seatName(const Record& r, int seat) {
    if (seat < 0 || static_cast<std::size_t>(seat) >= r.setup.seats.size()) return "the group";
    const Seat& s = r.setup.seats[seat];
    std::string out = "seat " + std::to_string(seat + 1) + " (" + printable(s.avatar);
    if (!s.nickname.empty()) out += " \"" + printable(s.nickname) + "\"";
    return out + ")";
}

std::string cardName(const Deck& deck, const std::string& id) {
    const Card* c = deck.card(id);
    std::string out = printable(id);
    if (c) out += " \"" + printable(c->label) + "\" [" + printable(c->group) + "]";
    return out;
}

std::string moveNameOf(const Deck* deck, std::uint16_t type) {
    const auto kind = deck ? gameKindOf(*deck) : std::nullopt;
    return kind ? moveName(*kind, type) : "move-" + std::to_string(type);
}

// "rounds 5" / "moments 2" from a replay; "?" when the deck is not here.
std::string progressOf(const Record& r, DeckShelf& decks) {
    const Deck* deck = decks.find(r, nullptr);
    if (!deck) return "rounds ?";
    auto game = replayRecord(*deck, r, nullptr);
    if (!game) return "does not replay";
    if (const auto* t = game->tegenwicht()) return "rounds " + std::to_string(t->rounds.size());
    if (const auto* s = game->samenleer()) return "moments " + std::to_string(s->moments.size());
    if (const auto* s = game->reflectie()) return "rounds " + std::to_string(s->rounds.size());
    return "";
}

int listRecords(const fs::path& input, const std::string& passphrase, DeckShelf& decks) {
    std::size_t damaged = 0;
    const bool readable = forEachRecord(
        input, passphrase,
        [&](Record&& r) {
            std::printf("%s  %s %s  %s  %s  seats %zu  %s  actions %zu\n", r.id.hex().c_str(),
                        printable(r.deckId).c_str(), printable(r.deckVersion).c_str(), statusName(r.status),
                        isoDateUtc(r.startedAtMs).c_str(), r.setup.seats.size(), progressOf(r, decks).c_str(),
                        r.log.size());
        },
        [&](const std::string& line) {
            ++damaged;
            fail(printable(line));
        });
    return readable && damaged == 0 ? 0 : 1;
}

int checkRecords(const fs::path& input, const std::string& passphrase, DeckShelf& decks) {
    std::size_t good = 0, damaged = 0, unchecked = 0;
    const bool readable = forEachRecord(
        input, passphrase,
        [&](Record&& r) {
            std::string why;
            const Deck* deck = decks.find(r, &why);
            if (!deck) {
                ++unchecked;  // readable, but its rules cannot be checked here
                ++good;
                return;
            }
            if (!replayRecord(*deck, r, &why)) {
                ++damaged;
                std::printf("%s: record %s does not replay: %s\n", input.string().c_str(), r.id.hex().c_str(),
                            printable(why).c_str());
                return;
            }
            ++good;
        },
        [&](const std::string& line) {
            ++damaged;
            std::printf("%s\n", printable(line).c_str());
        });
    std::printf("%zu records ok, %zu damaged", good, damaged);
    if (unchecked) std::printf(" (%zu not replayed: their deck version is not here)", unchecked);
    std::printf("\n");
    if (!readable) return 1;
    return damaged == 0 ? 0 : 1;
}

void showTegenwicht(const Deck& deck, const Record& r, const TegenwichtState& s) {
    auto steps = deck.cardsOfKind(CardKind::Step);
    for (const auto& round : s.rounds) {
        std::printf("\nround %u, inbrenger %s\n", round.number, seatName(r, round.inbrenger).c_str());
        for (const auto& c : round.revealed) {
            const char* w = !c.weight                    ? "not placed"
                            : *c.weight == Weight::Heavy ? "heavy"
                            : *c.weight == Weight::Light ? "light"
                                                         : "unnoticed";
            std::printf("  %s picked %s -> %s\n", seatName(r, c.seat).c_str(), cardName(deck, c.card).c_str(), w);
        }
        for (const auto& [seat, card] : round.hiddenPicks)
            std::printf("  %s picked %s (not revealed)\n", seatName(r, seat).c_str(), cardName(deck, card).c_str());
        if (round.decided()) {
            std::string step = std::to_string(round.decisiveStep);
            if (round.decisiveStep >= 0 && static_cast<std::size_t>(round.decisiveStep) < steps.size())
                step += " " + printable(steps[round.decisiveStep]->label);
            if (round.noneDecisive()) std::printf("  decisive factor: none of these, step %s\n", step.c_str());
            else
                std::printf("  decisive factor %s, step %s\n", cardName(deck, round.decisiveCard).c_str(),
                            step.c_str());
        }
        for (const auto& c : round.counterCards) std::printf("  counter card %s\n", cardName(deck, c).c_str());
    }
    bool anyIntention = false;
    for (std::size_t seat = 0; seat < s.intentions.size(); ++seat)
        if (!s.intentions[seat].empty()) {
            if (!anyIntention) std::printf("\nintentions\n");
            anyIntention = true;
            std::printf("  %s: %s\n", seatName(r, static_cast<int>(seat)).c_str(),
                        printable(s.intentions[seat]).c_str());
        }
    // Counts only: the study ranks its top 15 but gives no share per cluster.
    std::printf("\ncards per cluster (the clusters are the app's own grouping)\n");
    for (const auto& w : summariseTegenwicht(deck, s))
        std::printf("  %-14s heavy %d light %d unnoticed %d decisive %d\n", printable(w.group).c_str(), w.heavy,
                    w.light, w.unnoticed, w.decisive);
}

void showSamenleer(const Deck& deck, const Record& r, const SamenleerState& s) {
    static const char* letters[kQuestions] = {"A", "B", "C"};
    std::printf("\ncoach %s, jobseeker %s\n", seatName(r, kCoach).c_str(), seatName(r, kJobseeker).c_str());
    for (std::size_t i = 0; i < s.moments.size(); ++i) {
        const auto& m = s.moments[i];
        std::printf("\nmoment %zu: %s, chosen by %s\n", i + 1, cardName(deck, m.card).c_str(),
                    seatName(r, m.pickedBy).c_str());
        if (!m.ownTopic.empty()) std::printf("  own topic: %s\n", printable(m.ownTopic).c_str());
        for (int q = 0; q < kQuestions; ++q) {
            const auto& a = m.answers[q];
            if (a.choice == AnswerChoice::None && a.note.empty()) continue;
            const char* choice = a.choice == AnswerChoice::Keep     ? "keep"
                                 : a.choice == AnswerChoice::Change ? "change"
                                                                    : "-";
            std::printf("  %s: %s%s%s (%s)\n", letters[q], choice, a.note.empty() ? "" : ", ",
                        printable(a.note).c_str(), seatName(r, a.by).c_str());
        }
    }
    if (!s.actions.empty()) std::printf("\nactions agreed\n");
    for (const auto& a : s.actions)
        std::printf("  %s%s%s, added by %s\n", cardName(deck, a.card).c_str(), a.text.empty() ? "" : ": ",
                    printable(a.text).c_str(), seatName(r, a.addedBy).c_str());
    std::printf("\nratings\n");
    for (int seat = 0; seat < 2; ++seat)
        std::printf("  %s: %s\n", seatName(r, seat).c_str(),
                    s.ratings[seat] ? std::to_string(s.ratings[seat]).c_str() : "not rated");
}

std::string noteText(const Deck& deck, const CardNote& n) {
    std::string out = cardName(deck, n.card);
    if (!n.text.empty()) out += ": " + printable(n.text);
    return out;
}

void showReflectie(const Deck& deck, const Record& r, const ReflectieState& s) {
    std::printf("\nseries %c, theme %s\n", 'A' + static_cast<int>(s.series), cardName(deck, s.theme).c_str());
    for (const auto& round : s.rounds) {
        std::printf("\nround %u, gespreksleider %s\n", round.number,
                    round.leader < 0 ? "from outside" : seatName(r, round.leader).c_str());
        for (const auto& p : round.proposals)
            std::printf("  %s named a %s: %s%s%s\n", seatName(r, p.seat).c_str(),
                        p.form == ReflectieForm::Hard ? "hard experience" : "success",
                        p.card.empty() ? "" : cardName(deck, p.card).c_str(),
                        p.card.empty() || p.text.empty() ? "" : ", ", printable(p.text).c_str());
        if (!round.chosen()) continue;
        std::printf("  inbrenger %s (%s)\n", seatName(r, round.inbrenger).c_str(),
                    round.form == ReflectieForm::Hard ? "hard experience" : "success");
        for (const auto& d : round.dealt)
            std::printf("  %s asks from %s\n", seatName(r, d.seat).c_str(), cardName(deck, d.card).c_str());
        for (const auto& [seat, f] : round.factors)
            std::printf("  %s noted %s%s\n", seatName(r, seat).c_str(), noteText(deck, f).c_str(),
                        round.revealed ? "" : " (not revealed)");
        for (const auto& p : round.prompts) std::printf("  gespreksleider played %s\n", cardName(deck, p).c_str());
        if (!round.norm.empty()) std::printf("  norm that weighed most: %s\n", cardName(deck, round.norm).c_str());
        for (const auto& [card, v] : round.model) std::printf("  model %s: %d of 3\n", cardName(deck, card).c_str(), v);
        if (!round.stanceNow.empty()) std::printf("  stood as %s\n", cardName(deck, round.stanceNow).c_str());
        if (!round.stanceWant.empty())
            std::printf("  wants to stand as %s\n", cardName(deck, round.stanceWant).c_str());
        for (const auto& [seat, k] : round.strengths)
            std::printf("  %s heard the strength %s\n", seatName(r, seat).c_str(), noteText(deck, k).c_str());
        if (!round.voornemen.empty()) std::printf("  voornemen %s\n", noteText(deck, round.voornemen).c_str());
        for (const auto& [seat, l] : round.learnings)
            std::printf("  %s learns %s\n", seatName(r, seat).c_str(), noteText(deck, l).c_str());
    }
}

void showRecord(const Record& r, DeckShelf& decks) {
    std::printf("record   %s\n", r.id.hex().c_str());
    std::printf("status   %s\n", statusName(r.status));
    std::printf("deck     %s, content %s\n", printable(r.deckId).c_str(), printable(r.deckVersion).c_str());
    std::printf("app      %s on device %s\n", printable(r.appVersion).c_str(), r.deviceId.c_str());
    std::printf("started  %s\n", isoDateUtc(r.startedAtMs).c_str());
    std::printf("ended    %s\n", r.status == RecordStatus::InProgress ? "-" : isoDateUtc(r.endedAtMs).c_str());
    std::printf("seed     %llu\n", static_cast<unsigned long long>(r.setup.seed));
    std::string mode = r.setup.mode == TableMode::SharedTable ? "shared table" : "pass and play";
    if (r.setup.rounds) mode += ", rounds " + std::to_string(r.setup.rounds);
    mode += ", hand size " + (r.setup.handSize ? std::to_string(r.setup.handSize) : std::string("by the deck"));
    std::printf("mode     %s, first %s\n", mode.c_str(), seatName(r, r.setup.firstSeat).c_str());
    if (r.setup.roundTimerSeconds || r.setup.speakTimerSeconds)
        std::printf("timers   round %us, speaking %us (0 = off)\n", static_cast<unsigned>(r.setup.roundTimerSeconds),
                    static_cast<unsigned>(r.setup.speakTimerSeconds));
    for (std::size_t i = 0; i < r.setup.seats.size(); ++i)
        std::printf("seat     %s\n", seatName(r, static_cast<int>(i)).c_str());

    std::string why;
    const Deck* deck = decks.find(r, &why);
    std::optional<Game> game;
    if (deck) game = replayRecord(*deck, r, &why);
    if (!game) {
        std::printf("\n(no replay: %s)\n", printable(why).c_str());
    } else if (const auto* t = game->tegenwicht()) {
        showTegenwicht(*deck, r, *t);
    } else if (const auto* s = game->samenleer()) {
        showSamenleer(*deck, r, *s);
    } else if (const auto* s = game->reflectie()) {
        showReflectie(*deck, r, *s);
    }

    std::printf("\nlog (%zu actions)\n", r.log.size());
    for (std::size_t i = 0; i < r.log.size(); ++i) {
        const auto& [a, atMs] = r.log[i];
        std::string line = "  " + std::to_string(i + 1) + "  +" + std::to_string((atMs - r.startedAtMs) / 1000) +
                           "s  " + moveNameOf(deck, a.type);
        if (a.round) line += " round " + std::to_string(a.round);
        if (a.seat >= 0) line += " seat " + std::to_string(a.seat + 1);
        if (a.value) line += " value " + std::to_string(a.value);
        if (!a.card.empty()) line += " card " + printable(a.card);
        if (!a.text.empty()) line += " \"" + printable(a.text) + "\"";
        std::printf("%s\n", line.c_str());
    }
}

int showCommand(const std::vector<std::string>& words, const Args& args, DeckShelf& decks) {
    if (words.size() != 2) throw UsageError{"use `records show FILE` or `records show ID --dir DIR|BUNDLE`"};
    const std::string target = words[1];
    const std::string dir = option(args, "--dir");
    std::error_code ec;
    if (dir.empty()) {
        if (!fs::is_regular_file(target, ec)) {
            fail(target + ": no such record file (to find a record by id, add --dir DIR|BUNDLE)");
            return 1;
        }
        std::string why;
        auto r = readRecordFile(target, &why);
        if (!r) {
            fail(target + ": " + why);
            return 1;
        }
        showRecord(*r, decks);
        return 0;
    }
    if (target.size() < 4 || target.size() > 32 || !RecordId::fromHex(target + std::string(32 - target.size(), '0'))) {
        fail("'" + printable(target) + "' is not a record id (4 to 32 lowercase hex characters)");
        return 1;
    }
    std::vector<Record> found;
    forEachRecord(
        dir, passphraseOf(args),
        [&](Record&& r) {
            if (r.id.hex().compare(0, target.size(), target) == 0 && found.size() < 2) found.push_back(std::move(r));
        },
        [](const std::string&) {});
    if (found.empty()) {
        fail("no record " + target + " in " + dir);
        return 1;
    }
    if (found.size() > 1) {
        fail("more than one record starts with " + target + "; give more of the id");
        return 1;
    }
    showRecord(found.front(), decks);
    return 0;
}

// CSV (one row per choice, for a spreadsheet) or JSON (every record whole,
// with its action log, for other programs) of every finished record.
int exportTable(const fs::path& input, const std::string& passphrase, const std::string& out, DeckShelf& decks,
                bool json) {
    std::string csv = csvHeader();
    RecordJsonWriter jsonOut;
    std::size_t records = 0, skipped = 0;
    forEachRecord(
        input, passphrase,
        [&](Record&& r) {
            std::string why;
            const Deck* deck = decks.find(r, &why);
            if (json) {
                jsonOut.add(r, deck);
                ++records;
                return;
            }
            std::optional<std::string> lines;
            if (deck) lines = csvRows(*deck, r, &why);
            if (!lines) {
                ++skipped;
                fail("record " + r.id.hex() + " left out: " + printable(why));
                return;
            }
            csv += *lines;
            ++records;
        },
        [&](const std::string& line) {
            ++skipped;
            fail(printable(line));
        },
        /*withInProgress=*/false);
    const std::string text = json ? jsonOut.finish() : std::move(csv);
    if (out.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
    } else {
        std::string why;
        if (!writeFileAtomically(out, text, &why)) {
            fail(why);
            return 1;
        }
        std::printf("wrote %zu records to %s\n", records, out.c_str());
    }
    return skipped == 0 ? 0 : 1;
}

int exportCommand(const std::vector<std::string>& words, const Args& args, DeckShelf& decks) {
    if (words.size() != 2)
        throw UsageError{"use `records export DIR -o FILE [--all]` or `records export DIR|BUNDLE --csv [-o FILE]`"};
    const fs::path input = words[1];
    const std::string out = option(args, "-o");
    const std::string passphrase = passphraseOf(args);
    if (hasFlag(args, "--csv") || hasFlag(args, "--json"))
        return exportTable(input, passphrase, out, decks, hasFlag(args, "--json"));
    if (out.empty()) throw UsageError{"export needs -o FILE for the bundle"};
    if (inputKindOf(input) != InputKind::Folder || !RecordFolder::looksLikeFolder(input)) {
        fail(input.string() + ": not a record folder (a bundle is exported with --csv, or merged)");
        return 1;
    }
    ExportReport report;
    std::string why;
    const std::string toKey = option(args, "--to-key");
    std::optional<HubPublicKey> hubKey;
    if (!toKey.empty()) {
        if (!passphrase.empty()) throw UsageError{"--to-key and --passphrase-file: choose one"};
        hubKey = readHubPublicKey(toKey, &why);
        if (!hubKey) {
            fail(why);
            return 1;
        }
    }
    const bool ok =
        hubKey ? exportBundleToKey(RecordFolder(input), out, hasFlag(args, "--all"), *hubKey, report, &why)
               : exportBundle(RecordFolder(input), out, hasFlag(args, "--all"), report, &why, true, passphrase);
    for (const auto& p : report.problems) fail(printable(p));
    if (!ok) {
        fail(why);
        return 1;
    }
    if (report.written == 0) {
        std::printf("nothing new to export (%zu exported before); no file written\n", report.alreadyExported);
        return report.problems.empty() ? 0 : 1;
    }
    std::printf("exported %zu records to %s%s (%zu exported before)\n", report.written, out.c_str(),
                hubKey               ? ", sealed to the hub's key"
                : passphrase.empty() ? ", NOT encrypted: the file holds personal data"
                                     : ", encrypted",
                report.alreadyExported);
    return report.problems.empty() ? 0 : 1;
}

int mergeCommand(const std::vector<std::string>& words, const Args& args) {
    const std::string out = option(args, "-o");
    if (words.size() < 2 || out.empty()) throw UsageError{"use `records merge IN... -o FILE`"};
    // Frames, CRCs and ids are always checked; --verify decodes every record too.
    const bool verify = hasFlag(args, "--verify");
    const std::string passphrase = passphraseOf(args);
    RecordUnion merged;
    MergeReport report;
    std::error_code ec;
    // The output's own records are kept: merging into a bundle never loses one.
    const bool outExists = fs::exists(out, ec);
    if (outExists && !merged.addInput(out, report, verify, passphrase)) {
        for (const auto& p : report.problems) fail(printable(p));
        fail(out + " exists but is not a bundle this app reads; not overwriting it");
        return 1;
    }
    for (const auto& p : report.problems) fail(printable(p));
    if (report.damaged) {
        // Rewriting it would drop its damaged records for good; keep it for
        // whoever can still recover them.
        fail(out + " has damaged records; merge into a new file and keep " + out + " as it is");
        return 1;
    }
    const std::size_t before = merged.size();
    report = MergeReport{};
    std::size_t inputs = 0;
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (outExists && fs::equivalent(words[i], out, ec)) continue;  // already in
        merged.addInput(words[i], report, verify, passphrase);
        ++inputs;
    }
    for (const auto& p : report.problems) fail(printable(p));
    std::string why;
    if (!merged.write(out, &why, true, passphrase)) {
        fail(why);
        return 1;
    }
    std::printf("merged %zu input%s into %s: %zu records (%zu new), %zu duplicates, %zu conflicts, %zu damaged", inputs,
                inputs == 1 ? "" : "s", out.c_str(), merged.size(), merged.size() - before, report.duplicates,
                report.conflicts, report.damaged);
    if (report.inProgressSkipped) std::printf(", %zu games in progress left out", report.inProgressSkipped);
    std::printf("\n");
    return report.damaged == 0 ? 0 : 1;
}

}  // namespace

int runRecords(const Args& args) {
    const auto words = positional(args, kValueFlags);
    const std::string sub = words.empty() ? "" : words.front();
    if (sub == "help" || sub.empty()) {
        std::fputs(kRecordsUsage, sub.empty() ? stderr : stdout);
        return sub.empty() ? 2 : 0;
    }
    DeckShelf decks(args);
    if (sub == "list" || sub == "check") {
        if (words.size() != 2) throw UsageError{"use `records " + sub + " DIR|BUNDLE|FILE`"};
        const std::string passphrase = passphraseOf(args);
        return sub == "list" ? listRecords(words[1], passphrase, decks) : checkRecords(words[1], passphrase, decks);
    }
    if (sub == "show") return showCommand(words, args, decks);
    if (sub == "export") return exportCommand(words, args, decks);
    if (sub == "merge") return mergeCommand(words, args);
    throw UsageError{"unknown records command '" + printable(sub) + "' (try `records help`)"};
}

}  // namespace samenspel::cli
