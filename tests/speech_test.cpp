// Read-aloud: every Samenleer card must produce Dutch speech that is really
// there (not silence) and of a plausible length for its words.
#include <catch2/catch.hpp>

#include <sstream>

#include "content/deck_loader.h"
#include "platform/speech/speech.h"
#include "platform/speech/wav.h"

using namespace samenspel;

namespace {
std::size_t words(const std::string& s) {
    std::istringstream in(s);
    std::size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}
}  // namespace

SCENARIO("every Samenleer card can be read aloud") {
    auto engine = speech::makeEspeakEngine();
    // The set-up command installs espeak-ng; without it this test must fail,
    // not pass silently.
    REQUIRE(engine->available());
    const auto catalog = loadBundledDecks();
    const Deck* deck = catalog.find("samenleer");
    REQUIRE(deck);
    for (const auto& card : deck->cards) {
        const std::string text = speech::cardSpeech(card.label, card.text);
        std::string why;
        auto audio = engine->speak(text, speech::kNormalWpm, &why);
        INFO(card.id << ": " << why);
        REQUIRE(audio);
        const double secondsPerWord = audio->seconds() / static_cast<double>(words(text));
        INFO(card.id << " " << audio->seconds() << " s for " << words(text) << " words");
        CHECK(audio->rms() > 0.02);    // speech, not silence
        CHECK(secondsPerWord > 0.15);  // not cut off
        CHECK(secondsPerWord < 1.5);   // not stuck
    }
}

SCENARIO("slower speech takes longer") {
    auto engine = speech::makeEspeakEngine();
    REQUIRE(engine->available());
    std::string why;
    auto slow = engine->speak("We kiezen samen een kaart.", speech::kSlowWpm, &why);
    auto fast = engine->speak("We kiezen samen een kaart.", speech::kFastWpm, &why);
    REQUIRE(slow);
    REQUIRE(fast);
    CHECK(slow->seconds() > fast->seconds() * 1.2);
}

SCENARIO("WAV files round-trip and hostile ones are refused") {
    speech::Audio a;
    a.sampleRate = 22050;
    a.samples = {0, 1000, -1000, 32767, -32768};
    std::string why;
    auto back = speech::parseWav(speech::encodeWav(a), &why);
    REQUIRE(back);
    CHECK(back->samples == a.samples);
    CHECK(back->sampleRate == 22050);
    std::string huge = speech::encodeWav(a);
    huge[40] = huge[41] = huge[42] = huge[43] = '\xff';  // data chunk claims 4 GiB
    auto clamped = speech::parseWav(huge, &why);
    REQUIRE(clamped);
    CHECK(clamped->samples.size() == 5);
    CHECK_FALSE(speech::parseWav("RIFF....WAVE", &why));
    CHECK_FALSE(speech::parseWav("", &why));
}
