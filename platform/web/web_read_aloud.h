// Read-aloud in the browser: the device's own Dutch voice through the Web
// Speech API (speechSynthesis; Android and iOS ship good ones), and where
// the device has none, eSpeak's Dutch voice as a separate program in a Web
// Worker (voice-worker.js, built from Debian's `espeak` source package by
// .ci/web/voice.sh; GPL, so it runs beside the app, never linked into it),
// played through Web Audio. With neither, available() is false and the
// app hides its speaker buttons, as on the desktop.
#pragma once
#include <string>
#include <vector>

#include "platform/read_aloud.h"

namespace samenspel::platform {

class WebReadAloud final : public ReadAloud {
public:
    bool available() override;
    void say(const std::string& text, SpeechSpeed speed) override;
    void stop() override;
    bool saying(const std::string& text) const override;
    const std::vector<std::string>& requests() const override { return requests_; }

private:
    std::string current_;
    std::vector<std::string> requests_;
};

}  // namespace samenspel::platform
