// Read-aloud end to end on the desktop platform, with SDL's "disk" audio
// driver standing in for a sound card: a speaker tap returns at once (the
// voice is prepared on the worker thread), the audio really reaches the
// device (non-silent samples in the file the driver writes), the app is woken
// by a few events rather than polling, and stop() silences it.
// Usage: samenspel_read_aloud_check FILE (the same as SDL_DISKAUDIOFILE).
#include <SDL.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <vector>

#include "platform/desktop/desktop_read_aloud.h"

using namespace samenspel;
using Clock = std::chrono::steady_clock;

namespace {
int passes = 0, failures = 0;
void expect(bool ok, const char* what) {
    std::printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    (ok ? passes : failures) += 1;
}
double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Runs the event loop as the app does (sleeping in SDL_WaitEventTimeout)
// until `done` or `limitMs`; returns how many wake events came.
template <class Done>
int pump(platform::DesktopReadAloud& voice, Uint32 wake, Done done, double limitMs) {
    int wakes = 0;
    const auto start = Clock::now();
    while (!done() && msSince(start) < limitMs) {
        SDL_Event e;
        if (SDL_WaitEventTimeout(&e, 200) && e.type == wake) {
            ++wakes;
            voice.onWake();
        }
    }
    return wakes;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE (SDL_DISKAUDIOFILE)\n", argv[0]);
        return 2;
    }
    if (SDL_Init(SDL_INIT_EVENTS) != 0) return 2;
    const Uint32 wake = SDL_RegisterEvents(1);
    {
        platform::DesktopReadAloud voice(&speech::makeEspeakEngine, true);
        voice.start(wake);
        expect(voice.available(), "a Dutch voice is there (espeak-ng)");

        const std::string text = "Klik. Voelen we elkaar goed aan? Is er een klik tussen ons?";
        const auto t0 = Clock::now();
        voice.say(text, platform::SpeechSpeed::Fast);
        const double sayMs = msSince(t0);
        std::printf("say() returned after %.2f ms\n", sayMs);
        expect(sayMs < 15, "say() does not wait for the voice (no frozen UI)");
        expect(voice.saying(text), "the button shows 'stop' at once");
        expect(voice.requests().size() == 1 && voice.requests()[0] == text, "the request is kept for the test driver");

        const int wakes = pump(
            voice, wake, [&] { return !voice.saying(text); }, 20000);
        std::printf("wake events while speaking: %d\n", wakes);
        expect(!voice.saying(text), "the speaking state ends when the audio has played");
        expect(wakes >= 1 && wakes <= 6, "woken by a few events, not a polling loop");

        // Stop: say something long, stop before it is heard.
        const std::string longText =
            "Dit is een lange tekst die niet helemaal wordt voorgelezen, want we stoppen meteen.";
        voice.say(longText, platform::SpeechSpeed::Slow);
        voice.stop();
        expect(!voice.saying(longText), "stop() silences it at once");
        pump(
            voice, wake, [] { return false; }, 600);
        expect(!voice.saying(longText), "a voice prepared after stop() is not played");
    }
    SDL_Quit();

    std::ifstream in(argv[1], std::ios::binary);
    std::vector<char> bytes{std::istreambuf_iterator<char>(in), {}};
    std::size_t loud = 0;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const auto s = static_cast<std::int16_t>(static_cast<unsigned char>(bytes[i]) |
                                                 (static_cast<unsigned char>(bytes[i + 1]) << 8));
        loud += s > 2000 || s < -2000;
    }
    std::printf("%zu bytes reached the audio device, %zu loud samples\n", bytes.size(), loud);
    expect(loud > 1000, "the speech reached the audio device");
    std::printf("%d passed, %d failed\n", passes, failures);
    return failures ? 1 : 0;
}
