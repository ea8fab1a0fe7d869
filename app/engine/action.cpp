#include "action.h"

namespace samenspel {

bool GameSetup::operator==(const GameSetup& o) const {
    return deckId == o.deckId && seed == o.seed && seats == o.seats && mode == o.mode && rounds == o.rounds &&
           handSize == o.handSize && firstSeat == o.firstSeat && roundTimerSeconds == o.roundTimerSeconds &&
           speakTimerSeconds == o.speakTimerSeconds;
}

std::size_t utf8Length(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above
// U+10FFFF, so every stored text means one thing to every reader.
bool validUtf8(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len;
        std::uint32_t cp;
        if (c < 0x80) len = 1, cp = c;
        else if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1Fu;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0Fu;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07u;
        else return false;
        if (i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        static const std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kSmallest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
    }
    return true;
}

Verdict checkText(const std::string& s, std::size_t maxChars, const char* what) {
    if (s.size() > 4 * maxChars || !validUtf8(s)) return Verdict::no(std::string(what) + " is not valid text");
    if (utf8Length(s) > maxChars)
        return Verdict::no(std::string(what) + " is longer than " + std::to_string(maxChars) + " characters");
    return Verdict::yes();
}

}  // namespace samenspel

namespace samenspel {

Verdict checkTimers(const GameSetup& setup) {
    if (setup.roundTimerSeconds > limits::kMaxTimerSeconds)
        return Verdict::no("the round timer must be off or at most 60 minutes");
    if (setup.speakTimerSeconds > limits::kMaxTimerSeconds)
        return Verdict::no("the speaking timer must be off or at most 60 minutes");
    return Verdict::yes();
}

}  // namespace samenspel
