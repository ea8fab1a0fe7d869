// How strong a bundle passphrase is: a simple, honest estimate from its
// length and the kinds of characters in it (lower case, upper case, digits,
// spaces and signs, other letters), with repeats and runs ("aaaa", "1234")
// counted at half weight. It knows no dictionary, so the app calls it an
// estimate. The export screen shows it; the app refuses only a passphrase
// shorter than kMinPassphraseChars.
#pragma once
#include <cstddef>
#include <string_view>

namespace samenspel {

constexpr std::size_t kMinPassphraseChars = 10;

enum class PassphraseLevel { TooShort, Weak, Fair, Strong };

struct PassphraseStrength {
    PassphraseLevel level = PassphraseLevel::TooShort;
    std::size_t chars = 0;  // Unicode code points
    double bits = 0;        // the estimate behind the level
};

PassphraseStrength estimatePassphrase(std::string_view passphrase);

}  // namespace samenspel
