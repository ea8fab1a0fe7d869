#include "platform/web/web_read_aloud.h"

#include <emscripten.h>

#include "platform/speech/speech.h"

namespace samenspel::platform {

namespace {

// The page's voice (site/samenspel-page.js): 0 none (yet), 1 the device's
// Dutch voice, 2 the eSpeak worker.
EM_JS(int, web_voice_kind, (), { return Module.samenspelVoice ? Module.samenspelVoice.kind() : 0; });
EM_JS(void, web_voice_say, (const char* text, int speed),
      { Module.samenspelVoice.say(UTF8ToString(text), speed); });
EM_JS(void, web_voice_stop, (), {
    if (Module.samenspelVoice) Module.samenspelVoice.stop();
});
EM_JS(int, web_voice_busy, (), { return Module.samenspelVoice && Module.samenspelVoice.busy() ? 1 : 0; });

}  // namespace

bool WebReadAloud::available() { return web_voice_kind() != 0; }

void WebReadAloud::say(const std::string& text, SpeechSpeed speed) {
    requests_.push_back(text);
    if (requests_.size() > 64) requests_.erase(requests_.begin());
    if (!available() || text.empty()) return;
    current_ = text.size() > speech::kMaxSpeechChars ? text.substr(0, speech::kMaxSpeechChars) : text;
    web_voice_say(current_.c_str(), static_cast<int>(speed));
}

void WebReadAloud::stop() {
    current_.clear();
    web_voice_stop();
}

bool WebReadAloud::saying(const std::string& text) const {
    return !current_.empty() && (text == current_ || text.substr(0, current_.size()) == current_) && web_voice_busy();
}

}  // namespace samenspel::platform
