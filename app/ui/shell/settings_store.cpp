#include "ui/shell/settings_store.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include "store/atomic_file.h"

namespace samenspel::ui {

namespace {

constexpr std::uintmax_t kMaxSettingsBytes = 4096;  // a few short lines; more is not ours
// platform::kTextSteps - 1 (services.h pulls in ImGui, which this part does without).
constexpr int kLargestTextStep = 2;

bool intIn(const std::string& text, int lo, int hi, int& out) {
    int v = 0;
    const char* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || p != end || v < lo || v > hi) return false;
    out = v;
    return true;
}

}  // namespace

Settings loadSettings(const std::filesystem::path& file, std::string* problem) {
    Settings s;
    std::string ignored;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return s;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec || size > kMaxSettingsBytes) {
        if (problem) *problem = file.string() + ": " + (ec ? ec.message() : "too large") + "; using the defaults";
        return s;
    }
    std::ifstream in(file, std::ios::binary);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const auto eq = line.find('=');
        const std::string key = line.substr(0, eq), value = eq == std::string::npos ? "" : line.substr(eq + 1);
        int v = 0;
        bool ok = eq != std::string::npos;
        if (ok && key == "text-step") ok = intIn(value, 0, kLargestTextStep, v) && ((s.textStep = v), true);
        else if (ok && key == "beeldmodus") ok = intIn(value, 0, 1, v) && ((s.beeldmodus = v == 1), true);
        else if (ok && key == "speech-speed")
            ok = intIn(value, 0, 2, v) && ((s.speechSpeed = static_cast<platform::SpeechSpeed>(v)), true);
        else ok = false;
        if (!ok) ignored += (ignored.empty() ? "" : ", ") + std::string("'") + line.substr(0, 40) + "'";
    }
    if (problem) *problem = ignored.empty() ? std::string() : file.string() + ": ignored " + ignored;
    return s;
}

bool saveSettings(const std::filesystem::path& file, const Settings& s, std::string* why) {
    std::ostringstream out;
    out << "text-step=" << s.textStep << "\n";
    out << "beeldmodus=" << (s.beeldmodus ? 1 : 0) << "\n";
    out << "speech-speed=" << static_cast<int>(s.speechSpeed) << "\n";
    return writeFileAtomically(file, out.str(), why);
}

}  // namespace samenspel::ui
