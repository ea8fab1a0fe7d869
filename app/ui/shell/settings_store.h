// The person's settings (text size step, Beeldmodus, speech speed) and
// their file, settings.txt in the data folder: "key=value" lines, written
// atomically (store/atomic_file.h) and read defensively: a damaged, huge or
// half file gives the defaults for what it cannot read, never a crash.
#pragma once
#include <filesystem>
#include <string>

#include "platform/read_aloud.h"

namespace samenspel::ui {

struct Settings {
    int textStep = 0;  // 0..2 (platform::kTextSteps)
    bool beeldmodus = false;
    platform::SpeechSpeed speechSpeed = platform::SpeechSpeed::Normal;

    bool operator==(const Settings& o) const {
        return textStep == o.textStep && beeldmodus == o.beeldmodus && speechSpeed == o.speechSpeed;
    }
};

// `problem` (may be null) says what was ignored, for the log; "" when the file was fine or absent.
Settings loadSettings(const std::filesystem::path& file, std::string* problem = nullptr);
bool saveSettings(const std::filesystem::path& file, const Settings& settings, std::string* why = nullptr);

}  // namespace samenspel::ui
