// Read-aloud: Dutch text in, audio samples out, fully offline. One small
// interface so each platform brings its own engine (espeak-ng as a separate
// process on desktop Linux; Android/iOS their system text-to-speech).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace samenspel::speech {

struct Audio {
    int sampleRate = 0;
    int channels = 1;
    std::vector<std::int16_t> samples;  // interleaved when channels > 1
    double seconds() const;
    double rms() const;  // 0..1, to tell speech from silence
};

// Speaking speed steps the person can choose; words per minute.
constexpr int kSlowWpm = 120, kNormalWpm = 150, kFastWpm = 180;

class SpeechEngine {
public:
    virtual ~SpeechEngine() = default;
    // False when no engine or no Dutch voice is installed: the app then hides
    // its speaker buttons instead of showing broken ones.
    virtual bool available() const = 0;
    virtual std::optional<Audio> speak(const std::string& text, int wordsPerMinute, std::string* why) = 0;
};

// espeak-ng with its Dutch voice, run as a separate program (it is GPL-3,
// so it is never linked), writing a WAV file that is read back.
std::unique_ptr<SpeechEngine> makeEspeakEngine();

// What one card says when read aloud: its short label, then its full text.
std::string cardSpeech(const std::string& label, const std::string& text);

constexpr std::size_t kMaxSpeechChars = 2000;

}  // namespace samenspel::speech
