// RIFF/WAVE files with 16-bit PCM samples: what espeak-ng writes and what
// `samenspel-cli speak` hands back. Parsing never trusts a chunk length.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "platform/speech/speech.h"

namespace samenspel::speech {

std::optional<Audio> parseWav(std::string_view bytes, std::string* why);
std::string encodeWav(const Audio& audio);

}  // namespace samenspel::speech
