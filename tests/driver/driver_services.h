// The platform as the app sees it under the driver: the real desktop
// platform, plus a stand-in on-screen keyboard on phone-sized headless
// runs (a real phone covers part of the screen while typing; the app must
// keep the field in view). Drawn into the frame so screenshots show it.
#pragma once
#include "platform/desktop/desktop_platform.h"

namespace samenspel::driver {

class DriverServices final : public platform::Services {
public:
    explicit DriverServices(platform::DesktopPlatform& p) : p_(p) {}
    bool standInKeyboard = true;

    float dpScale() const override { return p_.dpScale(); }
    const platform::Fonts& fonts() const override { return p_.fonts(); }
    int textStep() const override { return p_.textStep(); }
    void setTextStep(int step) override { p_.setTextStep(step); }
    platform::Picture pictogram(const std::string& name, int px) override { return p_.pictogram(name, px); }
    void pictogramSoon(const std::string& name, int px) override { p_.pictogramSoon(name, px); }
    void setTextInput(bool active) override { p_.setTextInput(active); }
    void setBackdrop(ImU32 colour) override { p_.setBackdrop(colour); }
    float keyboardHeight() const override;
    const std::string& typedText() const override { return p_.typedText(); }
    double nowMs() const override { return p_.nowMs(); }
    // --clock MS fixes the wall clock (dates on screen, record times) for
    // golden screenshots; -1: the real clock.
    long long fixedUnixMs = -1;
    long long unixMs() const override { return fixedUnixMs >= 0 ? fixedUnixMs : p_.unixMs(); }
    std::filesystem::path dataDir() const override { return p_.dataDir(); }
    std::filesystem::path assetsDir() const override { return p_.assetsDir(); }
    platform::HitTargets& targets() override { return p_.targets(); }
    platform::ReadAloud& readAloud() override { return p_.readAloud(); }
    std::optional<platform::BroughtFile> takeBroughtFile() override { return p_.takeBroughtFile(); }

    // Draws the stand-in keyboard over the frame (before the platform renders it).
    void drawStandInKeyboard() const;

private:
    platform::DesktopPlatform& p_;
};

}  // namespace samenspel::driver
