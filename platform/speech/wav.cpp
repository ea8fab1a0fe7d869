#include "platform/speech/wav.h"

#include <cmath>

namespace samenspel::speech {

namespace {
std::uint32_t le32(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24;
}
std::uint16_t le16(std::string_view b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
void put32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void put16(std::string& out, std::uint16_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
}
}  // namespace

double Audio::seconds() const {
    if (sampleRate <= 0 || channels <= 0) return 0;
    return static_cast<double>(samples.size()) / channels / sampleRate;
}

double Audio::rms() const {
    if (samples.empty()) return 0;
    double sum = 0;
    for (auto s : samples) sum += static_cast<double>(s) * s;
    return std::sqrt(sum / static_cast<double>(samples.size())) / 32768.0;
}

std::optional<Audio> parseWav(std::string_view b, std::string* why) {
    auto fail = [&](const char* m) -> std::optional<Audio> {
        if (why) *why = std::string("not a usable WAV file: ") + m;
        return std::nullopt;
    };
    if (b.size() < 12 || b.substr(0, 4) != "RIFF" || b.substr(8, 4) != "WAVE") return fail("no RIFF/WAVE header");
    Audio audio;
    bool haveFormat = false;
    std::size_t at = 12;
    while (at + 8 <= b.size()) {
        const std::string_view id = b.substr(at, 4);
        // espeak-ng writes 0x7FFFFFFF-ish sizes when it streams; clamp to what is there.
        const std::size_t size = std::min<std::size_t>(le32(b, at + 4), b.size() - (at + 8));
        const std::size_t body = at + 8;
        if (id == "fmt ") {
            if (size < 16) return fail("short fmt chunk");
            if (le16(b, body) != 1) return fail("not PCM");
            audio.channels = le16(b, body + 2);
            audio.sampleRate = static_cast<int>(le32(b, body + 4));
            if (le16(b, body + 14) != 16) return fail("not 16-bit samples");
            if (audio.channels < 1 || audio.channels > 2 || audio.sampleRate < 8000 || audio.sampleRate > 192000)
                return fail("odd channel count or sample rate");
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat) return fail("data before fmt");
            audio.samples.resize(size / 2);
            for (std::size_t i = 0; i < audio.samples.size(); ++i)
                audio.samples[i] = static_cast<std::int16_t>(le16(b, body + 2 * i));
            return audio;
        }
        at = body + size + (size & 1);
    }
    return fail("no data chunk");
}

std::string encodeWav(const Audio& a) {
    const auto dataBytes = static_cast<std::uint32_t>(a.samples.size() * 2);
    std::string out = "RIFF";
    put32(out, 36 + dataBytes);
    out += "WAVEfmt ";
    put32(out, 16);
    put16(out, 1);
    put16(out, static_cast<std::uint16_t>(a.channels));
    put32(out, static_cast<std::uint32_t>(a.sampleRate));
    put32(out, static_cast<std::uint32_t>(a.sampleRate * a.channels * 2));
    put16(out, static_cast<std::uint16_t>(a.channels * 2));
    put16(out, 16);
    out += "data";
    put32(out, dataBytes);
    for (auto s : a.samples) put16(out, static_cast<std::uint16_t>(s));
    return out;
}

}  // namespace samenspel::speech
