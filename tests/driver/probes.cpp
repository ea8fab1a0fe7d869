#include "tests/driver/probes.h"

#include <algorithm>
#include <cmath>

#include "store/bundle.h"
#include "store/record_folder.h"
#include "store/sealed_file.h"
#include "tests/driver/ui_checks.h"
#include "ui/kit/people.h"

namespace samenspel::driver {

namespace {

bool keyValue(const std::string& w, std::string& k, std::string& v) {
    auto eq = w.find('=');
    if (eq == std::string::npos) return false;
    k = w.substr(0, eq), v = w.substr(eq + 1);
    return true;
}

// `check saved yes|no`, `check export sealed|plain [records=N]`; nullopt for other checks.
std::optional<std::string> savingCheck(platform::Services& sys, const ui::AppController& app,
                                       const std::vector<std::string>& words) {
    if (words.size() == 2 && words[0] == "saved") {
        const bool ok = !app.table().unsaved();
        if (words[1] != "yes" && words[1] != "no") return std::string("usage: check saved yes|no");
        return (words[1] == "yes") == ok ? std::string()
                                         : std::string("the game on the table is ") + (ok ? "saved" : "not saved");
    }
    if (words.empty() || words[0] != "export") return std::nullopt;
    // check export sealed|plain [records=N]: the newest bundle in exports/.
    if (words.size() < 2 || (words[1] != "sealed" && words[1] != "plain"))
        return std::string("usage: check export sealed|plain [records=N]");
    std::filesystem::path newest;
    std::filesystem::file_time_type newestTime{};
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(sys.dataDir() / "exports", ec)) {
        if (e.path().extension() != ".ssb") continue;
        const auto t = e.last_write_time(ec);
        if (newest.empty() || t > newestTime || (t == newestTime && e.path() > newest))
            newest = e.path(), newestTime = t;
    }
    if (newest.empty()) return std::string("no bundle in ") + (sys.dataDir() / "exports").string();
    const bool sealed = isSealedFile(newest);
    if (sealed != (words[1] == "sealed")) return newest.string() + " is " + (sealed ? "sealed" : "plain");
    BundleReader reader;
    std::string why;
    if (sealed) {
        // Without the passphrase it must not open.
        if (reader.open(newest, &why)) return newest.string() + " opens without a passphrase";
        return std::string();
    }
    if (!reader.open(newest, &why)) return newest.string() + ": " + why;
    std::size_t n = 0;
    RawRecord raw;
    while (reader.next(raw, &why) == BundleReader::Step::Record) ++n;
    for (std::size_t i = 2; i < words.size(); ++i)
        if (words[i] != "records=" + std::to_string(n))
            return newest.string() + " holds " + std::to_string(n) + " records, not " + words[i];
    return std::string();
}

// `check screen remember|same|is ID`; nullopt for other checks. The
// remembered id outlives a `relaunch` (it is the driver's, not the app's):
// that is how a script asks "did the resume bring back this very screen?".
std::optional<std::string> screenIdCheck(const ui::AppController& app, const std::vector<std::string>& words) {
    static std::string remembered;
    if (words.empty() || words[0] != "screen") return std::nullopt;
    auto shown = [](std::string s) {
        std::replace(s.begin(), s.end(), '\n', '|');  // title and subtitle of the older header form
        return "'" + s + "'";
    };
    const std::string& now = app.screenId();
    if (words.size() == 2 && words[1] == "remember") {
        if (now.empty()) return std::string("no screen was drawn yet");
        remembered = now;
        return std::string();
    }
    if (words.size() == 2 && words[1] == "same")
        return now == remembered ? std::string() : "screen is " + shown(now) + ", expected " + shown(remembered);
    if (words.size() == 3 && words[1] == "is") {  // the start of an id
        return now.rfind(words[2], 0) == 0 ? std::string()
                                           : "screen is " + shown(now) + ", expected " + shown(words[2]) + "...";
    }
    return std::string("usage: check screen remember|same|is ID");
}

// `check scroll remember|same`: how far the screen's list is scrolled,
// kept across a `relaunch` like the screen id. `remember` fails on a list
// that is not scrolled (the check would prove nothing).
std::optional<std::string> scrollCheck(const ui::AppController& app, const std::vector<std::string>& words) {
    static float remembered = -1;
    if (words.empty() || words[0] != "scroll") return std::nullopt;
    const float now = app.scrollDp();
    if (words.size() == 2 && words[1] == "remember") {
        if (now < 20) return "the list is scrolled " + std::to_string(now) + " dp: too little to prove a resume";
        remembered = now;
        return std::string();
    }
    if (words.size() == 2 && words[1] == "same")
        return std::fabs(now - remembered) <= 2
                   ? std::string()
                   : "the list is scrolled " + std::to_string(now) + " dp, expected " + std::to_string(remembered);
    return std::string("usage: check scroll remember|same");
}

}  // namespace

std::string check(platform::Services& sys, const ui::AppController& app, const std::vector<std::string>& words) {
    if (auto id = screenIdCheck(app, words)) return *id;             // remember, same (across a relaunch)
    if (auto scroll = scrollCheck(app, words)) return *scroll;       // remember, same (across a relaunch)
    if (auto screen = screenCheck(sys, words)) return *screen;       // touch-size, spoken
    if (auto saving = savingCheck(sys, app, words)) return *saving;  // saved, last export
    // check view-draft KEY TEXT: the draft the table restored at the last resume.
    if (!words.empty() && words[0] == "view-draft") {
        if (words.size() != 3) return "usage: check view-draft KEY TEXT";
        std::string want = words[2];
        std::replace(want.begin(), want.end(), '_', ' ');
        const auto& drafts = app.table().restoredView().drafts;
        const auto it = drafts.find(words[1]);
        const std::string actual = it == drafts.end() ? "(none)" : "'" + it->second + "'";
        return it != drafts.end() && it->second == want
                   ? std::string()
                   : "draft " + words[1] + " is " + actual + ", expected '" + want + "'";
    }
    // check record DECK STATUS [key=value ...]: the newest record of DECK
    // with STATUS (finished | in-progress | abandoned) exists, replays, and
    // has the given counts.
    // check exports N: N sync bundles in the data folder's exports/.
    if (words.size() == 2 && words[0] == "exports") {
        std::size_t n = 0;
        std::error_code ec;
        for (const auto& e : std::filesystem::directory_iterator(sys.dataDir() / "exports", ec))
            n += e.path().extension() == ".ssb";
        return std::to_string(n) == words[1] ? std::string()
                                             : "exports: " + std::to_string(n) + " bundles, expected " + words[1];
    }
    if (words.size() < 3 || words[0] != "record")
        return "usage: check record DECK STATUS [key=value ...] | check exports N";
    const std::string& deckId = words[1];
    const std::string& status = words[2];
    FolderLoad load = RecordFolder(sys.dataDir()).load(LoadMode::CheckOnly);
    const StoredRecord* best = nullptr;
    for (const auto* list : {&load.finished, &load.inProgress})
        for (const auto& s : *list)
            if (s.record.deckId == deckId && statusName(s.record.status) == status &&
                (!best || s.record.startedAtMs > best->record.startedAtMs))
                best = &s;
    if (!best) return "no " + status + " record of deck '" + deckId + "' in " + sys.dataDir().string();
    const Deck* deck = app.catalog().find(deckId);
    if (!deck) return "no deck '" + deckId + "'";
    std::string why;
    auto game = replayRecord(*deck, best->record, &why);
    if (!game) return "record " + best->record.id.hex() + " does not replay: " + why;
    for (std::size_t i = 3; i < words.size(); ++i) {
        std::string k, v;
        if (!keyValue(words[i], k, v)) return "bad check '" + words[i] + "'";
        std::string actual;
        if (k == "actions-logged") actual = std::to_string(game->log().size());
        else if (const auto* tw = game->tegenwicht()) {
            if (k == "seats") actual = std::to_string(tw->seatCount());
            else if (k == "rounds") actual = std::to_string(tw->rounds.size());
            else if (k == "decided") {
                int n = 0;
                for (const auto& r : tw->rounds) n += !r.decisiveCard.empty();
                actual = std::to_string(n);
            } else if (k == "placed") {
                int n = 0;
                for (const auto& r : tw->rounds)
                    for (const auto& c : r.revealed) n += c.weight.has_value();
                actual = std::to_string(n);
            } else if (k == "intentions") {
                int n = 0;
                for (const auto& s : tw->intentions) n += !s.empty();
                actual = std::to_string(n);
            } else if (k == "mode") actual = tw->setup.mode == TableMode::PassAndPlay ? "pass" : "shared";
            else if (k == "nickname0") actual = tw->setup.seats.empty() ? "" : tw->setup.seats[0].nickname;
            else return "unknown Tegenwicht check '" + k + "'";
        } else if (const auto* sl = game->samenleer()) {
            if (k == "moments") actual = std::to_string(sl->moments.size());
            else if (k == "actions") actual = std::to_string(sl->actions.size());
            else if (k == "ratings") actual = std::to_string(sl->ratings[0]) + "," + std::to_string(sl->ratings[1]);
            else if (k == "pickers") {
                for (const auto& m : sl->moments) actual += (actual.empty() ? "" : ",") + ui::roleName(m.pickedBy);
            } else if (k == "answers") {
                int n = 0;
                for (const auto& m : sl->moments)
                    for (const auto& a : m.answers) n += a.choice != AnswerChoice::None || !a.note.empty();
                actual = std::to_string(n);
            } else if (k == "own") {
                for (const auto& m : sl->moments)
                    if (!m.ownTopic.empty()) actual = m.ownTopic;
            } else if (k == "outcomes") {  // keep / change / none per moment (question C)
                for (const auto& m : sl->moments) {
                    const auto c = m.answers[kQuestions - 1].choice;
                    actual += std::string(actual.empty() ? "" : ",") + (c == AnswerChoice::Keep     ? "keep"
                                                                        : c == AnswerChoice::Change ? "change"
                                                                                                    : "none");
                }
            } else if (k == "action-cards") {
                for (const auto& a : sl->actions) actual += (actual.empty() ? "" : ",") + a.card;
            } else return "unknown Samenleer check '" + k + "'";
        } else if (const auto* rf = game->reflectie()) {
            auto list = [&](auto part) {
                for (const auto& r : rf->rounds) actual += std::string(actual.empty() ? "" : ",") + part(r);
            };
            if (k == "seats") actual = std::to_string(rf->seatCount());
            else if (k == "rounds") actual = std::to_string(rf->rounds.size());
            else if (k == "series") actual = std::string(1, static_cast<char>('A' + static_cast<int>(rf->series)));
            else if (k == "theme") actual = rf->theme;
            else if (k == "forms")
                list([](const ReflectieRound& r) { return r.form == ReflectieForm::Hard ? "hard" : "success"; });
            else if (k == "voornemen") list([](const ReflectieRound& r) { return r.voornemen.card; });
            else if (k == "strengths") list([](const ReflectieRound& r) { return std::to_string(r.strengths.size()); });
            else if (k == "learnings") list([](const ReflectieRound& r) { return std::to_string(r.learnings.size()); });
            else if (k == "prompts") list([](const ReflectieRound& r) { return std::to_string(r.prompts.size()); });
            else return "unknown Reflectie check '" + k + "'";
        }
        // Spaces cannot be in a script word: '_' stands for one.
        std::string want = v;
        std::replace(want.begin(), want.end(), '_', ' ');
        if (actual != want)
            return k + " is '" + actual + "', expected '" + want + "' (record " + best->record.id.hex() + ")";
    }
    return {};
}

}  // namespace samenspel::driver
