// A writer killed (SIGKILL) at random moments while it saves must never
// leave a damaged record or lose one it had already saved: every file holds
// either the old or the new version.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>

#include <chrono>
#include <random>
#include <set>
#include <thread>

#include "engine/autoplay.h"
#include "store/record_folder.h"
#include "temp_dir.h"
#include "test_decks.h"

using namespace samenspel;

namespace {

// The record of `game` with only its first `steps` actions: what the app
// saves after each action while a game is in progress.
Record prefixRecord(const Game& game, const RecordId& id, std::size_t steps, RecordStatus status) {
    Record r = recordOf(game, id, std::string(32, 'a'), 1000, 2000);
    r.log.resize(std::min(steps, r.log.size()));
    r.status = status;
    return r;
}

// Child process: saves forever. Reports on `pipeFd` every record id whose
// save has returned (so the parent knows what must survive).
[[noreturn]] void writeForever(const std::filesystem::path& dir, const Game& game, int pipeFd, unsigned seed) {
    RecordFolder folder(dir);
    std::mt19937 rng(seed);
    std::string why;
    for (;;) {
        RecordId id = RecordId::random();
        const std::size_t total = game.log().size();
        for (std::size_t step = 1; step <= total; step += 1 + rng() % 7) {
            if (!folder.save(prefixRecord(game, id, step, RecordStatus::InProgress), &why)) _exit(3);
        }
        if (!folder.save(prefixRecord(game, id, total, RecordStatus::Finished), &why)) _exit(3);
        if (write(pipeFd, id.bytes.data(), id.bytes.size()) != 16) _exit(4);
    }
}

}  // namespace

SCENARIO("a writer killed at random moments loses nothing and damages nothing") {
    const Deck deck = testing::tegenwichtFixture();
    auto game = autoplay(deck, defaultSetup(deck, 9, 4, 2), 9);
    REQUIRE(game);
    TempDir dir;
    std::mt19937 rng(20261123);
    std::set<RecordId> confirmed;
    const int kills = 200;
    for (int k = 0; k < kills; ++k) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            close(fds[0]);
            writeForever(dir.path, *game, fds[1], static_cast<unsigned>(k));
        }
        close(fds[1]);
        const auto wait = std::chrono::microseconds(200 + rng() % 15000);
        if (k % 20 == 0) {
            // Every 20th writer is let run until it has confirmed one record
            // (at most 5 s): on a busy machine a few milliseconds may never
            // reach the end of a game, and then nothing would be checked.
            pollfd p{fds[0], POLLIN, 0};
            poll(&p, 1, 5000);
        }
        std::this_thread::sleep_for(wait);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status));  // it was still writing, not failing
        RecordId id;
        while (read(fds[0], id.bytes.data(), 16) == 16) confirmed.insert(id);
        close(fds[0]);
    }

    // The kills are costly, so the probes below run once, not as Catch sections.
    {
        RecordFolder folder(dir.path);
        auto loaded = folder.load(LoadMode::CheckOnly);
        {  // no file is damaged
            for (const auto& d : loaded.damaged) FAIL_CHECK(d.line());
            CHECK(loaded.damaged.empty());
        }
        {  // every record the writer had saved is there, whole
            std::set<RecordId> found;
            for (const auto& s : loaded.finished) {
                found.insert(s.record.id);
                CHECK(s.record.log.size() == game->log().size());
            }
            for (const auto& id : confirmed) CHECK(found.count(id) == 1);
            INFO("confirmed " << confirmed.size() << " finished records over " << kills << " kills");
            CHECK(confirmed.size() > 0);
        }
        {  // every game in progress decodes to some saved prefix of its log, which replays
            for (const auto& s : loaded.inProgress) {
                CHECK(s.record.log.size() <= game->log().size());
                for (std::size_t i = 0; i < s.record.log.size(); ++i) CHECK(s.record.log[i] == game->log()[i]);
                CHECK(replayRecord(deck, s.record, nullptr));
            }
        }
        {  // loading for the app clears the leftovers of interrupted writes
            auto again = folder.load(LoadMode::SetAside);
            CHECK(again.damaged.empty());
            std::size_t leftovers = 0;
            for (const auto& sub : {folder.recordsDir(), folder.inProgressDir()})
                for (const auto& e : std::filesystem::directory_iterator(sub))
                    leftovers += e.path().string().find(".tmp-") != std::string::npos;
            CHECK(leftovers == 0);
        }
    }
}

SCENARIO("a full disk makes a save fail clearly, keeps the old file, and the next save succeeds") {
    const Deck deck = testing::tegenwichtFixture();
    auto game = autoplay(deck, defaultSetup(deck, 4, 8, 30), 4);
    REQUIRE(game);
    TempDir dir;
    const RecordId id = RecordId::random();
    const Record small = prefixRecord(*game, id, 3, RecordStatus::InProgress);
    const Record big = prefixRecord(*game, id, game->log().size(), RecordStatus::InProgress);
    std::string why;
    REQUIRE(RecordFolder(dir.path).save(small, &why));

    // The child lowers its file-size limit (as a full disk would stop it)
    // and tries to save the bigger version.
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(fds[0]);
        std::signal(SIGXFSZ, SIG_IGN);  // get EFBIG instead of being killed
        rlimit limit{512, 512};
        setrlimit(RLIMIT_FSIZE, &limit);
        std::string childWhy;
        const bool ok = RecordFolder(dir.path).save(big, &childWhy);
        const std::string report = (ok ? "saved" : "failed: ") + childWhy;
        (void)!write(fds[1], report.data(), report.size());
        _exit(ok ? 0 : 1);
    }
    close(fds[1]);
    char buf[512] = {};
    const auto n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    const std::string report(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
    INFO(report);
    REQUIRE(big.log.size() > 100);  // the big record does not fit in 512 bytes
    THEN("the save failed with a reason") {
        CHECK(WEXITSTATUS(status) == 1);
        CHECK_THAT(report, Catch::StartsWith("failed: "));
    }
    THEN("the earlier version is still there, whole, and no temp file is left") {
        auto loaded = RecordFolder(dir.path).load(LoadMode::CheckOnly);
        CHECK(loaded.damaged.empty());
        REQUIRE(loaded.inProgress.size() == 1);
        CHECK(loaded.inProgress[0].record == small);
        for (const auto& e : std::filesystem::directory_iterator(RecordFolder(dir.path).inProgressDir()))
            CHECK(e.path().string().find(".tmp-") == std::string::npos);
    }
    THEN("with space back, the same save succeeds") {
        REQUIRE(RecordFolder(dir.path).save(big, &why));
        auto loaded = RecordFolder(dir.path).load(LoadMode::CheckOnly);
        REQUIRE(loaded.inProgress.size() == 1);
        CHECK(loaded.inProgress[0].record == big);
    }
}
