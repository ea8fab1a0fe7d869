// Read-aloud as the screens see it: say a text, stop, and whether a text is
// being said. Each platform brings its own voice behind this: the desktop
// runs espeak-ng in a worker thread and plays the result through SDL audio
// (desktop_read_aloud.h); Android/iOS would wrap their system text-to-speech.
// Plain C++, no SDL.
#pragma once
#include <string>
#include <vector>

namespace samenspel::platform {

// The speeds a person can choose in Settings.
enum class SpeechSpeed { Slow = 0, Normal = 1, Fast = 2 };

class ReadAloud {
public:
    virtual ~ReadAloud() = default;

    // False when this device has no (Dutch) voice: the app then hides its
    // speaker buttons instead of showing broken ones.
    virtual bool available() = 0;
    // Starts saying `text`; whatever was being said stops. Returns at once:
    // the voice is prepared off the UI thread.
    virtual void say(const std::string& text, SpeechSpeed speed) = 0;
    virtual void stop() = 0;
    // True while `text` is being prepared or heard (the button shows "stop").
    virtual bool saying(const std::string& text) const = 0;
    // The texts asked for since start, oldest first (at most the last 64),
    // so the headless test driver can check that a speaker button worked.
    virtual const std::vector<std::string>& requests() const = 0;
};

// A device without a voice: every speaker button stays hidden.
class SilentReadAloud final : public ReadAloud {
public:
    bool available() override { return false; }
    void say(const std::string&, SpeechSpeed) override {}
    void stop() override {}
    bool saying(const std::string&) const override { return false; }
    const std::vector<std::string>& requests() const override { return none_; }

private:
    std::vector<std::string> none_;
};

}  // namespace samenspel::platform
