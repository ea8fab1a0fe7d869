#include "store/passphrase_strength.h"

#include <cmath>
#include <vector>

namespace samenspel {

namespace {

// Decodes UTF-8 leniently: a broken sequence counts as one character.
std::vector<char32_t> codePoints(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        std::size_t j = 1;
        for (; j < len && i + j < s.size(); ++j) cp = (cp << 6) | (static_cast<unsigned char>(s[i + j]) & 0x3F);
        out.push_back(cp);
        i += j;
    }
    return out;
}

}  // namespace

PassphraseStrength estimatePassphrase(std::string_view passphrase) {
    PassphraseStrength out;
    const auto cps = codePoints(passphrase);
    out.chars = cps.size();
    bool lower = false, upper = false, digit = false, sign = false, other = false;
    double effective = 0;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        if (c >= 'a' && c <= 'z') lower = true;
        else if (c >= 'A' && c <= 'Z') upper = true;
        else if (c >= '0' && c <= '9') digit = true;
        else if (c < 0x80) sign = true;  // space and punctuation
        else other = true;               // é, ë, ß and the rest
        // A repeat or a step of one ("aa", "ab", "21") adds little.
        const bool run = i > 0 && (c == cps[i - 1] || c == cps[i - 1] + 1 || c + 1 == cps[i - 1]);
        effective += run ? 0.5 : 1.0;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (sign ? 33 : 0) + (other ? 64 : 0);
    out.bits = pool > 1 ? effective * std::log2(static_cast<double>(pool)) : 0;
    if (out.chars < kMinPassphraseChars) out.level = PassphraseLevel::TooShort;
    else if (out.bits < 50) out.level = PassphraseLevel::Weak;
    else if (out.bits < 70) out.level = PassphraseLevel::Fair;
    else out.level = PassphraseLevel::Strong;
    return out;
}

}  // namespace samenspel
