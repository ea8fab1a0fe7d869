// The game on the table without a screen: every refusal a person can hit
// and every way a save can fail, with sinks that fail, fill up and recover.
#include <catch2/catch.hpp>

#include <fstream>

#include "engine/autoplay.h"
#include "table/folder_sink.h"
#include "table/table.h"
#include "table_fakes.h"
#include "temp_dir.h"
#include "test_decks.h"

using namespace samenspel;
using samenspel::testing::MemorySink;

namespace {

DeckCatalog fixtureCatalog() {
    DeckCatalog c;
    c.decks.push_back(testing::samenleerFixture());
    c.decks.push_back(testing::tegenwichtFixture());
    return c;
}

constexpr std::uint64_t kSeed = 4242;

struct World {
    DeckCatalog catalog = fixtureCatalog();
    std::int64_t now = 1'700'000'000'000;
    Table table;
    explicit World(RecordSink& sink)
        : table(
              catalog, sink, std::string(32, 'a'), [this] { return now += 1000; }, [] { return kSeed; }) {}

    GameSetup setup(const std::string& deck) const {
        return defaultSetup(*catalog.find(deck), kSeed, deck == "tegenwicht" ? 3 : 2, 1);
    }
    // The moves of one whole game with this setup, as autoplay chose them.
    std::vector<Action> wholeGame(const std::string& deck) const {
        auto g = autoplay(*catalog.find(deck), setup(deck), 99);
        REQUIRE(g);
        std::vector<Action> out;
        for (const auto& l : g->log()) out.push_back(l.action);
        return out;
    }
};

// Plays every move but the last; returns the last.
Action playAllButLast(World& w, const std::vector<Action>& moves) {
    for (std::size_t i = 0; i + 1 < moves.size(); ++i) REQUIRE(w.table.play(moves[i]).outcome);
    return moves.back();
}

}  // namespace

SCENARIO("a game on the table is saved after every accepted move") {
    MemorySink sink;
    World w(sink);
    GIVEN("a started Samenleergesprek") {
        REQUIRE(w.table.start(w.setup("samenleer")));
        REQUIRE(w.table.game());
        CHECK(w.table.game()->setup().seed == kSeed);  // the seed source decides the shuffle
        CHECK(sink.saves == 1);
        WHEN("a move is accepted") {
            auto step = w.table.play(sl::agree(0));
            THEN("it is saved at once") {
                CHECK(step.outcome);
                CHECK(step.saved);
                CHECK(sink.saves == 2);
                CHECK(sink.records.at(w.table.gameId()).log.size() == 1);
            }
        }
        WHEN("the rules refuse a move") {
            const auto before = w.table.game()->log().size();
            auto step = w.table.play(sl::rate(0, 3));
            THEN("it is refused and nothing changes or is written") {
                CHECK(step.outcome.refusal == Refusal::MoveRefused);
                CHECK_FALSE(step.outcome.why.empty());
                CHECK(w.table.game()->log().size() == before);
                CHECK(sink.saves == 1);
            }
        }
    }
    GIVEN("no game on the table") {
        THEN("a move, a stop and an unknown deck are refused") {
            CHECK(w.table.play(sl::agree(0)).outcome.refusal == Refusal::NoGame);
            CHECK(w.table.stop().outcome.refusal == Refusal::NoGame);
            GameSetup s = w.setup("samenleer");
            s.deckId = "nope";
            CHECK(w.table.start(s).refusal == Refusal::UnknownDeck);
            CHECK(sink.saves == 0);
        }
    }
}

SCENARIO("a save that fails keeps the game in memory until a retry works") {
    MemorySink sink;
    World w(sink);
    REQUIRE(w.table.start(w.setup("samenleer")));
    GIVEN("the disk is full") {
        sink.failing = true;
        auto step = w.table.play(sl::agree(0));
        THEN("the move counts but the game is marked unsaved") {
            CHECK(step.outcome);
            CHECK_FALSE(step.saved);
            CHECK(step.saveWhy == "No space left on device");
            CHECK(w.table.unsaved());
            CHECK(w.table.game()->log().size() == 1);
            CHECK(sink.records.at(w.table.gameId()).log.empty());
        }
        AND_WHEN("another game is started or resumed over it") {
            const auto id = w.table.gameId();
            CHECK(w.table.start(w.setup("tegenwicht")).refusal == Refusal::UnsavedGame);
            CHECK(w.table.resume(RecordId::random().hex()).refusal == Refusal::UnsavedGame);
            THEN("the unsaved game stays on the table") {
                CHECK(w.table.gameId() == id);
                CHECK(w.table.game()->kind() == GameKind::Samenleer);
            }
        }
        AND_WHEN("leaving the game's screens") {
            THEN("it stays on the table") {
                CHECK_FALSE(w.table.leave());
                CHECK(w.table.game());
            }
        }
        AND_WHEN("the sessions are listed") {
            auto list = w.table.sessions();
            THEN("the unsaved game comes first") {
                REQUIRE(!list.empty());
                CHECK(list.front().unsaved);
                CHECK(list.front().id == w.table.gameId());
                CHECK(list.size() == 1);
            }
        }
        AND_WHEN("room is made and the person taps retry") {
            sink.recover();
            auto retry = w.table.retrySave();
            THEN("the record catches up") {
                CHECK(retry.saved);
                CHECK_FALSE(w.table.unsaved());
                CHECK(sink.records.at(w.table.gameId()).log.size() == 1);
                CHECK(w.table.start(w.setup("tegenwicht")));  // and a new game may start
            }
        }
        AND_WHEN("the retry fails too") {
            auto retry = w.table.retrySave();
            THEN("it is still unsaved") {
                CHECK_FALSE(retry.saved);
                CHECK(w.table.unsaved());
            }
        }
    }
    GIVEN("a disk that fills up after two more saves") {
        sink.savesLeft = 2;
        CHECK(w.table.play(sl::agree(0)).saved);
        CHECK(w.table.play(sl::agree(1)).saved);
        auto third = w.table.play(sl::pickMoment(0, "sl.m.klik"));
        THEN("the third fails and the game waits unsaved") {
            CHECK(third.outcome);
            CHECK_FALSE(third.saved);
            CHECK(w.table.unsaved());
            CHECK(sink.records.at(w.table.gameId()).log.size() == 2);
        }
    }
}

SCENARIO("a finished game leaves the table only once its record is saved") {
    MemorySink sink;
    World w(sink);
    REQUIRE(w.table.start(w.setup("tegenwicht")));
    const auto last = playAllButLast(w, w.wholeGame("tegenwicht"));
    const auto id = w.table.gameId();
    GIVEN("the last move's save fails") {
        sink.failing = true;
        auto step = w.table.play(last);
        THEN("the finished game stays on the table, unsaved") {
            CHECK(step.outcome);
            CHECK_FALSE(step.saved);
            CHECK_FALSE(step.left);
            REQUIRE(w.table.game());
            CHECK(w.table.game()->finished());
            CHECK(w.table.unsaved());
            CHECK(w.table.play(last).outcome.refusal == Refusal::AlreadyFinished);
            CHECK(w.table.stop().outcome.refusal == Refusal::AlreadyFinished);
        }
        AND_WHEN("a retry works") {
            sink.recover();
            auto retry = w.table.retrySave();
            THEN("the game leaves the table with its summary facts") {
                CHECK(retry.saved);
                REQUIRE(retry.left);
                CHECK(retry.left->facts.status == SessionStatus::Finished);
                CHECK(retry.left->facts.id == id);
                CHECK_FALSE(w.table.game());
                CHECK(sink.records.at(id).status == RecordStatus::Finished);
            }
        }
    }
    GIVEN("the last move saves") {
        auto step = w.table.play(last);
        THEN("the game leaves the table at once") {
            CHECK(step.saved);
            REQUIRE(step.left);
            CHECK(step.left->game.finished());
            CHECK_FALSE(w.table.game());
        }
    }
}

SCENARIO("stopping a game") {
    MemorySink sink;
    World w(sink);
    REQUIRE(w.table.start(w.setup("samenleer")));
    REQUIRE(w.table.play(sl::agree(0)).outcome);
    const auto id = w.table.gameId();
    WHEN("the game is stopped") {
        auto step = w.table.stop();
        THEN("it is kept as stopped and leaves the table") {
            CHECK(step.outcome);
            REQUIRE(step.left);
            CHECK(step.left->facts.status == SessionStatus::Stopped);
            CHECK(sink.records.at(id).status == RecordStatus::Abandoned);
            CHECK(w.table.stop().outcome.refusal == Refusal::NoGame);
        }
    }
    WHEN("the stop cannot be saved") {
        sink.failing = true;
        auto step = w.table.stop();
        THEN("the stopped game waits on the table until a retry") {
            CHECK_FALSE(step.saved);
            REQUIRE(w.table.game());
            CHECK(w.table.game()->abandoned());
            CHECK(w.table.stop().outcome.refusal == Refusal::AlreadyFinished);
            sink.recover();
            CHECK(w.table.retrySave().left);
        }
    }
}

SCENARIO("resuming a game") {
    MemorySink sink;
    World w(sink);
    REQUIRE(w.table.start(w.setup("samenleer")));
    REQUIRE(w.table.play(sl::agree(0)).outcome);
    const auto id = w.table.gameId();
    REQUIRE(w.table.leave());
    CHECK_FALSE(w.table.game());
    WHEN("an unknown id is resumed") {
        auto o = w.table.resume(RecordId::random().hex());
        THEN("it is refused") {
            CHECK(o.refusal == Refusal::UnknownRecord);
            CHECK_FALSE(w.table.game());
        }
    }
    WHEN("its id is resumed") {
        REQUIRE(w.table.resume(id.hex()));
        THEN("the game is back with its moves") {
            REQUIRE(w.table.game());
            CHECK(w.table.game()->log().size() == 1);
            CHECK(w.table.gameId() == id);
        }
    }
    WHEN("the record no longer replays") {
        sink.records.at(id).log.push_back({sl::rate(0, 3), 0});
        auto o = w.table.resume(id.hex());
        THEN("it is refused") {
            CHECK(o.refusal == Refusal::DoesNotReplay);
            CHECK_FALSE(w.table.game());
        }
    }
    WHEN("the app closes with a saved game") {
        std::string why;
        THEN("quit has nothing to do") { CHECK(w.table.quit(&why)); }
    }
}

SCENARIO("one last save when the app closes") {
    MemorySink sink;
    World w(sink);
    REQUIRE(w.table.start(w.setup("samenleer")));
    sink.failing = true;
    REQUIRE_FALSE(w.table.play(sl::agree(0)).saved);
    std::string why;
    WHEN("the disk has room again") {
        sink.recover();
        THEN("the last save works") {
            CHECK(w.table.quit(&why));
            CHECK(sink.records.at(w.table.gameId()).log.size() == 1);
        }
    }
    WHEN("the disk is still full") {
        THEN("quit reports it") {
            CHECK_FALSE(w.table.quit(&why));
            CHECK(why == "No space left on device");
        }
    }
}

SCENARIO("drafts and view state come back with the game") {
    MemorySink sink;
    World w(sink);
    REQUIRE(w.table.start(w.setup("samenleer")));
    const auto id = w.table.gameId();
    ViewDraft view;
    view.drafts["sl.talk.0.1"] = "Het ging goed, écht waar";
    view.numbers["sl.talk.moment"] = 1;
    view.numbers["scroll.gespreksblad"] = 240;
    REQUIRE(w.table.saveView(view));
    REQUIRE(w.table.leave());
    WHEN("the game is resumed") {
        REQUIRE(w.table.resume(id.hex()));
        THEN("the drafts are restored") { CHECK(w.table.restoredView() == view); }
    }
    WHEN("the sidecar is damaged") {
        sink.views[id] = "SSVW\x01\x00\xff\xff\xff\xff garbage";
        REQUIRE(w.table.resume(id.hex()));
        THEN("it is ignored with a log line and the game resumes") {
            CHECK(w.table.game());
            CHECK(w.table.restoredView().empty());
            auto problems = w.table.takeProblems();
            REQUIRE(problems.size() == 1);
            CHECK(problems[0].find("view sidecar") != std::string::npos);
        }
    }
    WHEN("the game is finished") {
        REQUIRE(w.table.resume(id.hex()));
        REQUIRE(w.table.stop().left);
        THEN("its sidecar is dropped") { CHECK(sink.views.count(id) == 0); }
    }
}

SCENARIO("the view sidecar format is bounded") {
    ViewDraft v;
    v.drafts["k"] = std::string(5000, 'x');
    v.drafts[std::string(100, 'k')] = "too long a key";
    for (int i = 0; i < 100; ++i) v.numbers["n" + std::to_string(i)] = i;
    std::string why;
    auto back = decodeViewDraft(encodeViewDraft(v), &why);
    REQUIRE(back);
    CHECK(back->drafts.at("k").size() == ViewDraft::kMaxDraftBytes);
    CHECK(back->drafts.size() == 1);
    CHECK(back->numbers.size() == ViewDraft::kMaxNumbers);
    CHECK_FALSE(decodeViewDraft("SSVW", &why));
    CHECK_FALSE(decodeViewDraft("XXXX\x01\x00", &why));
    CHECK_FALSE(decodeViewDraft(encodeViewDraft(v) + "x", &why));
    CHECK(why.find("left") != std::string::npos);
}

SCENARIO("sessions are typed facts and deleting one is guarded") {
    MemorySink sink;
    World w(sink);
    REQUIRE(w.table.start(w.setup("tegenwicht")));
    const auto running = w.table.gameId();
    REQUIRE(w.table.leave());
    REQUIRE(w.table.start(w.setup("samenleer")));
    const auto stopped = w.table.gameId();
    REQUIRE(w.table.stop().left);
    auto list = w.table.sessions();
    REQUIRE(list.size() == 2);
    const auto& sl = list[0].id == stopped ? list[0] : list[1];
    const auto& tw = list[0].id == running ? list[0] : list[1];
    CHECK(sl.status == SessionStatus::Stopped);
    CHECK(sl.kind == GameKind::Samenleer);
    CHECK(sl.seats == 2);
    CHECK(tw.status == SessionStatus::InProgress);
    CHECK(tw.rounds == 1);
    CHECK(tw.seats == 3);
    CHECK_FALSE(sl.exported);

    WHEN("a never exported session is deleted without confirming twice") {
        THEN("it is refused and kept") {
            CHECK(w.table.remove(stopped.hex(), false).refusal == Refusal::NeedsConfirmation);
            CHECK(sink.records.count(stopped));
        }
    }
    WHEN("it was confirmed twice") {
        THEN("it goes") {
            CHECK(w.table.remove(stopped.hex(), true));
            CHECK_FALSE(sink.records.count(stopped));
            CHECK(w.table.remove(stopped.hex(), true).refusal == Refusal::UnknownRecord);
        }
    }
    WHEN("it was exported") {
        REQUIRE(w.table.exportBundle(false, "").written == 1);
        THEN("it can go without a second confirmation") {
            CHECK(w.table.sessions()[0].exported + w.table.sessions()[1].exported == 1);
            CHECK(w.table.remove(stopped.hex(), false));
        }
    }
    WHEN("the game on the table is deleted") {
        REQUIRE(w.table.resume(running.hex()));
        THEN("it is refused") { CHECK(w.table.remove(running.hex(), true).refusal == Refusal::OnTable); }
    }
    WHEN("the store cannot delete") {
        sink.failDelete = true;
        THEN("it says so") { CHECK(w.table.remove(stopped.hex(), true).refusal == Refusal::StoreFailed); }
    }
}

SCENARIO("export writes nothing when nothing is new") {
    MemorySink sink;
    World w(sink);
    REQUIRE(w.table.start(w.setup("samenleer")));
    REQUIRE(w.table.stop().left);
    auto first = w.table.exportBundle(false, "geheim wachtwoord");
    CHECK(first.ok);
    CHECK(first.sealed);
    CHECK(first.written == 1);
    CHECK(w.table.exportCounts().fresh == 0);
    auto again = w.table.exportBundle(false, "");
    CHECK(again.ok);
    CHECK(again.file.empty());
    CHECK(sink.bundles.size() == 1);
    auto all = w.table.exportBundle(true, "");
    CHECK(all.written == 1);
    CHECK(sink.bundles.size() == 2);
    sink.failing = true;
    auto full = w.table.exportBundle(true, "");
    CHECK_FALSE(full.ok);
    CHECK(full.problem == BundleWrite::Problem::NotWritten);
}

SCENARIO("the folder sink keeps records, sidecars and bundles on disk") {
    TempDir dir;
    FolderSink sink(dir.path, false);
    World w(sink);
    REQUIRE(w.table.start(w.setup("samenleer")));
    const auto id = w.table.gameId();
    ViewDraft view;
    view.drafts["sl.closing.words"] = "Samen bellen";
    REQUIRE(w.table.saveView(view));
    CHECK(std::filesystem::exists(sink.viewFile(id)));
    REQUIRE(w.table.leave());
    REQUIRE(w.table.resume(id.hex()));
    CHECK(w.table.restoredView() == view);
    REQUIRE(w.table.stop().left);
    CHECK_FALSE(std::filesystem::exists(sink.viewFile(id)));
    auto e = w.table.exportBundle(false, "");
    CHECK(e.written == 1);
    CHECK(std::filesystem::exists(sink.exportsDir() / e.file));
    CHECK(w.table.exportBundle(false, "").file.empty());  // nothing new: no file
    CHECK(w.table.remove(id.hex(), false));
    CHECK(w.table.sessions().empty());
}

SCENARIO("a damaged sidecar on disk never blocks a resume") {
    TempDir dir;
    FolderSink sink(dir.path, false);
    World w(sink);
    REQUIRE(w.table.start(w.setup("samenleer")));
    const auto id = w.table.gameId();
    REQUIRE(w.table.leave());
    GIVEN("a sidecar with garbage") {
        std::ofstream(sink.viewFile(id), std::ios::binary) << "not a sidecar at all";
        THEN("the game resumes without drafts and the log says why") {
            REQUIRE(w.table.resume(id.hex()));
            CHECK(w.table.restoredView().empty());
            CHECK(w.table.takeProblems().size() == 1);
        }
    }
    GIVEN("a sidecar far larger than one can be") {
        std::ofstream(sink.viewFile(id), std::ios::binary) << std::string(ViewDraft::kMaxFileBytes + 1, 'x');
        THEN("it is not read and the game resumes") {
            REQUIRE(w.table.resume(id.hex()));
            CHECK(w.table.restoredView().empty());
            CHECK(w.table.takeProblems().size() == 1);
        }
    }
    GIVEN("a sidecar that claims a huge draft") {
        std::string bytes = encodeViewDraft(ViewDraft{{{"k", "v"}}, {}});
        bytes[4 + 1 + 2 + 7] = '\x7f';  // magic, endianness, version, then the draft count's high byte
        std::ofstream(sink.viewFile(id), std::ios::binary) << bytes;
        THEN("the claim is refused before anything grows") {
            REQUIRE(w.table.resume(id.hex()));
            CHECK(w.table.restoredView().empty());
        }
    }
}
