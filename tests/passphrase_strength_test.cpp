// The export screen's passphrase estimate: honest about length and variety,
// never "strong" for a repeat or a run, and refusing what is too short.
#include <catch2/catch.hpp>

#include "store/passphrase_strength.h"

using namespace samenspel;

SCENARIO("a passphrase's strength is estimated from its length and variety") {
    THEN("anything under the minimum is too short, whatever its characters") {
        CHECK(estimatePassphrase("").level == PassphraseLevel::TooShort);
        CHECK(estimatePassphrase("Kx9!qZ").level == PassphraseLevel::TooShort);
        CHECK(estimatePassphrase("abcdefghi").chars == 9);
        CHECK(estimatePassphrase("abcdefghi").level == PassphraseLevel::TooShort);
    }
    THEN("characters are counted, not bytes") {
        CHECK(estimatePassphrase("ééééééééé").chars == 9);
        CHECK(estimatePassphrase("ééééééééé").level == PassphraseLevel::TooShort);
    }
    THEN("repeats and runs of the minimum length are weak") {
        CHECK(estimatePassphrase("aaaaaaaaaaaa").level == PassphraseLevel::Weak);
        CHECK(estimatePassphrase("1234567890").level == PassphraseLevel::Weak);
        CHECK(estimatePassphrase("abcdefghijkl").level == PassphraseLevel::Weak);
    }
    THEN("one plain word is weak, a mixed one is fair, a sentence is strong") {
        CHECK(estimatePassphrase("wachtwoord").level == PassphraseLevel::Weak);
        CHECK(estimatePassphrase("Zomer2024!").level == PassphraseLevel::Fair);
        CHECK(estimatePassphrase("kat boom fiets regen").level == PassphraseLevel::Strong);
        CHECK(estimatePassphrase("zes woorden die niemand kan raden").level == PassphraseLevel::Strong);
    }
    THEN("more variety at the same length never lowers the estimate") {
        CHECK(estimatePassphrase("Kat boom fiets regen").bits >= estimatePassphrase("kat boom fiets regen").bits);
        CHECK(estimatePassphrase("kat boom fiets regen 7").bits > estimatePassphrase("kat boom fiets regen").bits);
    }
    THEN("a broken UTF-8 sequence does not crash and counts as characters") {
        CHECK(estimatePassphrase(std::string("\xC3\xC3\xC3\xC3\xC3\xC3\xC3\xC3\xC3\xC3", 10)).chars >= 5);
    }
}
