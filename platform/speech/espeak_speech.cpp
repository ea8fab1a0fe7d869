// espeak-ng as a separate process: text goes in through a file (never a
// shell, never an argument it could mistake for an option), a WAV comes out.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include "platform/speech/speech.h"
#include "platform/speech/wav.h"

extern char** environ;

namespace samenspel::speech {

namespace fs = std::filesystem;

namespace {

fs::path findOnPath(const std::string& name) {
    if (const char* own = std::getenv("SAMENSPEL_ESPEAK"); own && *own) return own;
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const auto end = dirs.find(':', start);
        const fs::path candidate = fs::path(dirs.substr(start, end - start)) / name;
        if (access(candidate.c_str(), X_OK) == 0) return candidate;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return {};
}

// Runs argv[0] with its output thrown away; returns its exit status.
int run(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

struct ScratchFiles {
    fs::path text, wav;
    ScratchFiles() {
        std::random_device rd;
        const auto stem =
            fs::temp_directory_path() / ("samenspel-speech-" + std::to_string(rd()) + std::to_string(rd()));
        text = stem.string() + ".txt";
        wav = stem.string() + ".wav";
    }
    ~ScratchFiles() {
        std::error_code ec;
        fs::remove(text, ec);
        fs::remove(wav, ec);
    }
};

class EspeakEngine : public SpeechEngine {
public:
    EspeakEngine() : program_(findOnPath("espeak-ng")) {
        // Available only if the Dutch voice really speaks: a missing voice
        // must hide the speaker buttons, not break them.
        std::string why;
        available_ = !program_.empty() && synthesize("ja", kNormalWpm, &why).has_value();
    }

    bool available() const override { return available_; }

    std::optional<Audio> speak(const std::string& text, int wpm, std::string* why) override {
        if (!available_) {
            if (why) *why = "no Dutch voice for read-aloud on this device";
            return std::nullopt;
        }
        return synthesize(text, wpm, why);
    }

private:
    fs::path program_;
    bool available_ = false;

    std::optional<Audio> synthesize(const std::string& text, int wpm, std::string* why) {
        auto fail = [&](const std::string& m) -> std::optional<Audio> {
            if (why) *why = m;
            return std::nullopt;
        };
        if (text.empty()) return fail("there is no text to read aloud");
        if (text.size() > kMaxSpeechChars * 4) return fail("the text is too long to read aloud");
        wpm = std::clamp(wpm, 80, 400);
        ScratchFiles files;
        {
            std::ofstream out(files.text, std::ios::binary);
            out << text;
            if (!out) return fail("cannot prepare the text for read-aloud");
        }
        const int status = run({program_.string(), "-v", "nl", "-b", "1", "-s", std::to_string(wpm), "-w",
                                files.wav.string(), "-f", files.text.string()});
        if (status != 0) return fail("espeak-ng could not read the text aloud (exit " + std::to_string(status) + ")");
        std::ifstream in(files.wav, std::ios::binary);
        std::string bytes{std::istreambuf_iterator<char>(in), {}};
        return parseWav(bytes, why);
    }
};

}  // namespace

std::unique_ptr<SpeechEngine> makeEspeakEngine() { return std::make_unique<EspeakEngine>(); }

}  // namespace samenspel::speech
