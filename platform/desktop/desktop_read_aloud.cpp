#include "platform/desktop/desktop_read_aloud.h"

#include <cstdio>

namespace samenspel::platform {

namespace {

constexpr std::size_t kKeptRequests = 64;

int wordsPerMinute(SpeechSpeed s) {
    switch (s) {
    case SpeechSpeed::Slow: return speech::kSlowWpm;
    case SpeechSpeed::Fast: return speech::kFastWpm;
    case SpeechSpeed::Normal: break;
    }
    return speech::kNormalWpm;
}

// SDL's timer thread: playback is over, wake the main loop.
Uint32 pushWake(Uint32, void* param) {
    SDL_Event e{};
    e.type = *static_cast<const Uint32*>(param);
    SDL_PushEvent(&e);
    return 0;  // once
}

}  // namespace

DesktopReadAloud::DesktopReadAloud(EngineFactory factory, bool playAudio) : factory_(factory), playAudio_(playAudio) {}

DesktopReadAloud::~DesktopReadAloud() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        quit_ = true;
    }
    changed_.notify_all();
    if (worker_.joinable()) worker_.join();
    cancelEndTimer();
    if (device_) SDL_CloseAudioDevice(device_);
}

void DesktopReadAloud::start(Uint32 wakeEvent) {
    wakeEvent_ = wakeEvent;
    if (playAudio_ && SDL_InitSubSystem(SDL_INIT_AUDIO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "samenspel: no sound for read-aloud: %s\n", SDL_GetError());
        audioFailed_ = true;
    }
    worker_ = std::thread([this] { work(); });
}

void DesktopReadAloud::wake() const {
    if (!wakeEvent_) return;
    SDL_Event e{};
    e.type = wakeEvent_;
    SDL_PushEvent(&e);  // thread-safe
}

void DesktopReadAloud::work() {
    // Checking the voice runs espeak-ng once; here it overlaps the app's start.
    auto engine = factory_ ? factory_() : nullptr;
    const bool ok = engine && engine->available();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        availability_ = ok ? 1 : 0;
    }
    changed_.notify_all();
    wake();
    if (!ok) return;
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            changed_.wait(lock, [&] { return quit_ || job_.has_value(); });
            if (quit_) return;
            job = std::move(*job_);
            job_.reset();
        }
        Result r;
        r.serial = job.serial;
        r.audio = engine->speak(job.text, job.wordsPerMinute, &r.why);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            result_ = std::move(r);
        }
        wake();
    }
}

bool DesktopReadAloud::available() {
    std::unique_lock<std::mutex> lock(mutex_);
    // Only the first frame can wait here, for the one check at start.
    if (worker_.joinable()) changed_.wait(lock, [&] { return availability_ >= 0; });
    return availability_ == 1;
}

void DesktopReadAloud::say(const std::string& text, SpeechSpeed speed) {
    if (text.empty() || !available()) return;
    requests_.push_back(text);
    if (requests_.size() > kKeptRequests) requests_.erase(requests_.begin());
    stop();
    current_ = text;
    preparing_ = true;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        job_ = Job{text, wordsPerMinute(speed), serial_};
    }
    changed_.notify_all();
}

void DesktopReadAloud::stop() {
    ++serial_;  // a result still on its way is for an old request now
    current_.clear();
    preparing_ = false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        job_.reset();
        result_.reset();
    }
    if (device_) SDL_ClearQueuedAudio(device_);
    cancelEndTimer();
}

bool DesktopReadAloud::saying(const std::string& text) const { return !current_.empty() && current_ == text; }

void DesktopReadAloud::onWake() {
    std::optional<Result> r;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        r.swap(result_);
    }
    if (r && r->serial == serial_ && preparing_) {
        preparing_ = false;
        if (r->audio) {
            play(*r->audio);
        } else {
            std::fprintf(stderr, "samenspel: read-aloud failed: %s\n", r->why.c_str());
            current_.clear();
        }
    }
    if (!current_.empty() && !preparing_ && SDL_TICKS_PASSED(SDL_GetTicks(), playUntilTicks_)) current_.clear();
}

void DesktopReadAloud::play(const speech::Audio& audio) {
    const Uint32 ms = static_cast<Uint32>(audio.seconds() * 1000.0);
    if (playAudio_ && !audioFailed_) {
        const bool sameFormat =
            device_ && deviceSpec_.freq == audio.sampleRate && deviceSpec_.channels == audio.channels;
        if (!sameFormat) {
            if (device_) SDL_CloseAudioDevice(device_);
            SDL_AudioSpec want{};
            want.freq = audio.sampleRate;
            want.format = AUDIO_S16SYS;
            want.channels = static_cast<Uint8>(audio.channels);
            want.samples = 2048;
            device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &deviceSpec_, 0);  // SDL converts if it must
            deviceSpec_.freq = audio.sampleRate;
            deviceSpec_.channels = static_cast<Uint8>(audio.channels);
            if (!device_) {
                std::fprintf(stderr, "samenspel: no sound device for read-aloud: %s\n", SDL_GetError());
                audioFailed_ = true;
            }
        }
        if (device_) {
            SDL_ClearQueuedAudio(device_);
            SDL_QueueAudio(device_, audio.samples.data(),
                           static_cast<Uint32>(audio.samples.size() * sizeof(std::int16_t)));
            SDL_PauseAudioDevice(device_, 0);
        }
    }
    if (!device_) {
        current_.clear();  // no sound here: heard at once
        return;
    }
    playUntilTicks_ = SDL_GetTicks() + ms;
    cancelEndTimer();
    endTimer_ = SDL_AddTimer(ms + 30, pushWake, &wakeEvent_);
}

void DesktopReadAloud::cancelEndTimer() {
    if (endTimer_) SDL_RemoveTimer(endTimer_);
    endTimer_ = 0;
}

}  // namespace samenspel::platform
