#include "action.h"

namespace samenspel {

bool GameSetup::operator==(const GameSetup& o) const {
    return deckId == o.deckId && seed == o.seed && seats == o.seats && mode == o.mode &&
           rounds == o.rounds && handSize == o.handSize && firstSeat == o.firstSeat;
}

std::size_t utf8Length(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

bool validUtf8(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
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
