// `speak --card ID [--deck D] --wav FILE [--speed WPM]` or `speak --text T
// --wav FILE`: what the app's speaker button says, written as a WAV file.
#include <cstdio>
#include <fstream>

#include "commands.h"
#include "content/deck_loader.h"
#include "platform/speech/speech.h"
#include "platform/speech/wav.h"

namespace samenspel::cli {

int runSpeak(const Args& args) {
    const std::string cardId = option(args, "--card");
    const std::string text = option(args, "--text");
    const std::string wav = option(args, "--wav");
    if (wav.empty()) throw UsageError{"--wav FILE is required"};
    if (cardId.empty() == text.empty()) throw UsageError{"give either --card ID or --text TEXT"};
    const int wpm = static_cast<int>(numberOption(args, "--speed", speech::kNormalWpm, 400));

    std::string say = text;
    if (!cardId.empty()) {
        const DeckCatalog catalog = loadBundledDecks();
        const std::string deckId = option(args, "--deck");
        const Card* card = nullptr;
        for (const auto& deck : catalog.decks)
            if (deckId.empty() || deck.id == deckId)
                if ((card = deck.card(cardId))) break;
        if (!card) {
            std::fprintf(stderr, "samenspel-cli speak: no card '%s'\n", cardId.c_str());
            return 1;
        }
        say = speech::cardSpeech(card->label, card->text);
    }
    auto engine = speech::makeEspeakEngine();
    if (!engine->available()) {
        std::fprintf(stderr, "samenspel-cli speak: no Dutch voice (install espeak-ng)\n");
        return 1;
    }
    std::string why;
    auto audio = engine->speak(say, wpm, &why);
    if (!audio) {
        std::fprintf(stderr, "samenspel-cli speak: %s\n", why.c_str());
        return 1;
    }
    std::ofstream out(wav, std::ios::binary);
    out << speech::encodeWav(*audio);
    if (!out.flush()) {
        std::fprintf(stderr, "samenspel-cli speak: cannot write %s\n", wav.c_str());
        return 1;
    }
    std::printf("%s: %.1f s\n", wav.c_str(), audio->seconds());
    return 0;
}

}  // namespace samenspel::cli
