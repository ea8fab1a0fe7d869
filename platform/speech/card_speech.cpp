// What a card says when read aloud, the same for every voice (espeak-ng on
// the desktop, the browser's own voice on the web).
#include "platform/speech/speech.h"

namespace samenspel::speech {

std::string cardSpeech(const std::string& label, const std::string& text) {
    if (text.empty() || text == label) return label;
    // A pause between the label and the text, as a person reading aloud would make.
    return label + ". " + text;
}

}  // namespace samenspel::speech
