// Sessions from another device (issue 9): a bundle exported on the old
// phone comes onto the new one through the import screen's logic. Plain,
// passphrase-sealed (right and wrong passphrase), sealed to a
// coordinator's key (refused: only the hub opens it), damaged and cut off
// (refused, nothing changed), twice (nothing added twice), and a disk that
// fills up part-way (whole sessions only, the rest on a second try).
#include <catch2/catch.hpp>

#include <fstream>

#include "engine/autoplay.h"
#include "file_bytes.h"
#include "store/bundle.h"
#include "store/key_sealed_file.h"
#include "store/record_codec.h"
#include "table/folder_sink.h"
#include "table_fakes.h"
#include "temp_dir.h"
#include "test_decks.h"
#include "ui/shell/session_import.h"

using namespace samenspel;
using samenspel::ui::ImportResult;
using samenspel::ui::importSessions;
namespace fs = std::filesystem;
using O = ImportResult::Outcome;

namespace {

// Finished games from the engine, as the old phone kept them.
std::vector<Record> oldPhone(std::size_t n, std::uint64_t seed) {
    static const Deck tegenwicht = testing::tegenwichtFixture();
    static const Deck samenleer = testing::samenleerFixture();
    std::vector<Record> out;
    for (std::size_t i = 0; i < n; ++i) {
        const Deck& deck = i % 2 ? samenleer : tegenwicht;
        const bool group = &deck == &tegenwicht;
        auto game = autoplay(deck, defaultSetup(deck, seed + i, group ? 3 : 2, group ? 2 : 0), seed * 7 + i,
                             1714550400000, 20000);
        REQUIRE(game);
        out.push_back(recordOf(*game, RecordId::random(), "00112233445566778899aabbccddeeff", 1714550400000,
                               game->log().back().atMs));
    }
    return out;
}

RecordUnion unionOf(const std::vector<Record>& records) {
    RecordUnion u;
    std::string why;
    for (const auto& r : records) {
        auto frame = encodeRecord(r, &why);
        REQUIRE(frame);
        u.add({r.id, *frame});
    }
    return u;
}

// The record files of a data folder, name -> bytes: "nothing changed" means equal.
std::map<std::string, std::string> filesOf(const fs::path& dataDir) {
    std::map<std::string, std::string> out;
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(dataDir, ec))
        if (e.is_regular_file()) out[fs::relative(e.path(), dataDir).string()] = slurp(e.path());
    return out;
}

}  // namespace

SCENARIO("a coach brings the sessions of an old phone onto a new one") {
    TempDir tmp;
    const fs::path data = tmp.path / "new-phone";
    FolderSink newPhone(data, false);
    const auto records = oldPhone(4, 11);
    std::string why;

    GIVEN("a plain bundle") {
        const fs::path file = tmp.path / "samenspel-20240501-120000.ssb";
        REQUIRE(unionOf(records).write(file, &why, false));
        WHEN("it is imported") {
            const ImportResult r = importSessions(newPhone, file.string(), {});
            THEN("every session is on the new phone, byte for byte as exported") {
                CHECK(r.outcome == O::Done);
                CHECK(r.added == 4);
                CHECK(r.already == 0);
                CHECK(r.name == "samenspel-20240501-120000.ssb");
                const FolderLoad load = newPhone.loadRecords();
                REQUIRE(load.finished.size() == 4);
                CHECK(load.damaged.empty());
                const RecordUnion expected = unionOf(records);
                for (const auto& s : load.finished) CHECK(s.frame == expected.frames().at(s.record.id));
            }
            AND_WHEN("the same file is imported again") {
                const auto before = filesOf(data);
                const ImportResult again = importSessions(newPhone, file.string(), {});
                THEN("nothing is added twice and nothing changes") {
                    CHECK(again.outcome == O::Done);
                    CHECK(again.added == 0);
                    CHECK(again.already == 4);
                    CHECK(filesOf(data) == before);
                }
            }
        }
        WHEN("the new phone already has two of them, and a session of its own") {
            const auto own = oldPhone(1, 99);
            REQUIRE(newPhone.saveRecord(own[0], &why));
            REQUIRE(newPhone.saveRecord(records[0], &why));
            REQUIRE(newPhone.saveRecord(records[1], &why));
            const ImportResult r = importSessions(newPhone, file.string(), {});
            THEN("only the two missing ones are added, and its own session stays") {
                CHECK(r.outcome == O::Done);
                CHECK(r.added == 2);
                CHECK(r.already == 2);
                CHECK(newPhone.loadRecords().finished.size() == 5);
            }
        }
    }

    GIVEN("a bundle sealed with a passphrase") {
        const fs::path file = tmp.path / "sealed.ssb";
        REQUIRE(unionOf(records).write(file, &why, false, "vier woorden op een rij"));
        THEN("without a passphrase the app asks for one, and nothing changes") {
            const ImportResult r = importSessions(newPhone, file.string(), {});
            CHECK(r.outcome == O::NeedsPassphrase);
            CHECK(r.path == file.string());
            CHECK(newPhone.loadRecords().finished.empty());
        }
        THEN("a wrong passphrase is told apart, and nothing changes") {
            const ImportResult r = importSessions(newPhone, file.string(), "vier woorden op een rij.");
            CHECK(r.outcome == O::WrongPassphrase);
            CHECK(newPhone.loadRecords().finished.empty());
        }
        THEN("the right passphrase brings every session") {
            const ImportResult r = importSessions(newPhone, file.string(), "vier woorden op een rij");
            CHECK(r.outcome == O::Done);
            CHECK(r.added == 4);
            CHECK(newPhone.loadRecords().finished.size() == 4);
        }
        WHEN("the download was cut off") {
            std::string bytes = slurp(file);
            bytes.resize(bytes.size() - 40);
            spit(file, bytes);
            const ImportResult r = importSessions(newPhone, file.string(), "vier woorden op een rij");
            THEN("it is damaged, not a wrong passphrase, and nothing changes") {
                CHECK(r.outcome == O::Damaged);
                CHECK(newPhone.loadRecords().finished.empty());
            }
        }
        WHEN("one byte inside the sealed part changed") {
            std::string bytes = slurp(file);
            bytes[bytes.size() - 40] ^= 0x01;
            spit(file, bytes);
            const ImportResult r = importSessions(newPhone, file.string(), "vier woorden op een rij");
            THEN("it is refused and nothing changes (in the first chunk, a change and a wrong passphrase look alike)") {
                CHECK((r.outcome == O::Damaged || r.outcome == O::WrongPassphrase));
                CHECK(newPhone.loadRecords().finished.empty());
            }
        }
    }

    GIVEN("a bundle sealed to a coordinator's key") {
        REQUIRE(writeHubKeyPair(tmp.path / "hub", &why));
        const auto key = readHubPublicKey(tmp.path / "hub.pub", &why);
        REQUIRE(key);
        const fs::path file = tmp.path / "to-hub.ssb";
        REQUIRE(unionOf(records).writeSealedToKey(file, *key, &why, false));
        const ImportResult r = importSessions(newPhone, file.string(), "any passphrase");
        THEN("the app says only the coordinator's hub opens it, and nothing changes") {
            CHECK(r.outcome == O::ForCoordinator);
            CHECK(newPhone.loadRecords().finished.empty());
        }
    }

    GIVEN("a download that was cut off, or changed in the middle") {
        const fs::path file = tmp.path / "cut.ssb";
        REQUIRE(unionOf(records).write(file, &why, false));
        std::string bytes = slurp(file);
        const bool cut = GENERATE(true, false);
        if (cut) bytes.resize(bytes.size() - 30);
        else bytes[bytes.size() / 2] ^= 0x20;
        spit(file, bytes);
        REQUIRE(newPhone.saveRecord(oldPhone(1, 5)[0], &why));
        const auto before = filesOf(data);
        const ImportResult r = importSessions(newPhone, file.string(), {});
        THEN("nothing is taken, not even the good sessions, and the phone's own stay as they were") {
            CHECK(r.outcome == O::Damaged);
            CHECK(r.damaged >= 1);
            CHECK(r.added == 0);
            CHECK(filesOf(data) == before);
        }
    }

    GIVEN("files that are no bundle") {
        const fs::path text = tmp.path / "notes.txt";
        std::ofstream(text) << "boodschappen: brood, kaas\n";
        const fs::path empty = tmp.path / "empty.ssb";
        std::ofstream{empty};
        THEN("each is refused as not a Samenspel file") {
            CHECK(importSessions(newPhone, text.string(), {}).outcome == O::NotABundle);
            CHECK(importSessions(newPhone, empty.string(), {}).outcome == O::NotABundle);
            CHECK(importSessions(newPhone, (tmp.path / "missing.ssb").string(), {}).outcome == O::NotABundle);
            CHECK(importSessions(newPhone, tmp.path.string(), {}).outcome == O::NotABundle);  // a folder
            CHECK(newPhone.loadRecords().finished.empty());
        }
    }
}

SCENARIO("the new phone's disk fills up during an import") {
    TempDir tmp;
    testing::MemorySink phone;
    const auto records = oldPhone(5, 21);
    const fs::path file = tmp.path / "move.ssb";
    std::string why;
    REQUIRE(unionOf(records).write(file, &why, false));
    phone.savesLeft = 2;
    const ImportResult first = importSessions(phone, file.string(), {});
    THEN("the sessions saved are whole, and the app says the rest is not in") {
        CHECK(first.outcome == O::NotSaved);
        CHECK(first.added == 2);
        CHECK(phone.records.size() == 2);
    }
    WHEN("room is made and the same file is imported again") {
        phone.recover();
        const ImportResult second = importSessions(phone, file.string(), {});
        THEN("the rest comes in, and nothing twice") {
            CHECK(second.outcome == O::Done);
            CHECK(second.added == 3);
            CHECK(second.already == 2);
            CHECK(phone.records.size() == 5);
            for (const auto& r : records) CHECK(phone.records.at(r.id) == r);
        }
    }
}
