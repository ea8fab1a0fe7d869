// Read-aloud on the desktop: a speech engine (espeak-ng's Dutch voice, a
// separate GPL process, never linked) runs in one worker thread, so the UI
// never waits for synthesis; the finished audio is played on the main thread
// through SDL audio (SDL_QueueAudio, no callback). The worker and the end of
// playback wake the app's event loop with an SDL event instead of polling:
// nothing draws while a text is prepared or heard.
// Supports: one text at a time (a new one replaces the old), three speeds,
// stop. Not: highlighting the word being heard (espeak-ng's WAV has no word
// timings), pausing.
#pragma once
#include <SDL.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "platform/read_aloud.h"
#include "platform/speech/speech.h"

namespace samenspel::platform {

class DesktopReadAloud final : public ReadAloud {
public:
    using EngineFactory = std::unique_ptr<speech::SpeechEngine> (*)();

    // `playAudio` false: prepare the speech but open no audio device (the
    // headless test runs). Nothing starts before start().
    DesktopReadAloud(EngineFactory factory, bool playAudio);
    ~DesktopReadAloud() override;
    DesktopReadAloud(const DesktopReadAloud&) = delete;
    DesktopReadAloud& operator=(const DesktopReadAloud&) = delete;

    // Starts the worker, which first checks that the voice works. `wakeEvent`
    // is an SDL event type (SDL_RegisterEvents) pushed whenever the app
    // should look again (a voice checked, audio ready, playback over).
    void start(Uint32 wakeEvent);
    // The main loop calls this when a wake event arrives.
    void onWake();

    bool available() override;
    void say(const std::string& text, SpeechSpeed speed) override;
    void stop() override;
    bool saying(const std::string& text) const override;
    const std::vector<std::string>& requests() const override { return requests_; }

private:
    struct Job {
        std::string text;
        int wordsPerMinute = speech::kNormalWpm;
        unsigned serial = 0;
    };
    struct Result {
        unsigned serial = 0;
        std::optional<speech::Audio> audio;
        std::string why;
    };
    void work();
    void wake() const;
    void play(const speech::Audio& audio);
    void cancelEndTimer();

    EngineFactory factory_;
    bool playAudio_;
    Uint32 wakeEvent_ = 0;

    // Shared with the worker, under mutex_.
    std::mutex mutex_;
    std::condition_variable changed_;
    int availability_ = -1;  // -1 not checked yet, 0 no voice, 1 a voice
    bool quit_ = false;
    std::optional<Job> job_;
    std::optional<Result> result_;
    std::thread worker_;

    // Main thread only.
    unsigned serial_ = 0;  // the newest request; older results are dropped
    std::string current_;  // the text being prepared or heard, "" when quiet
    bool preparing_ = false;
    Uint32 playUntilTicks_ = 0;
    SDL_AudioDeviceID device_ = 0;
    SDL_AudioSpec deviceSpec_{};
    bool audioFailed_ = false;  // no sound device: play as if heard at once
    SDL_TimerID endTimer_ = 0;
    std::vector<std::string> requests_;
};

}  // namespace samenspel::platform
