// "Zo werkt het gesprek": how a Samenleergesprek goes, in five cards
// (kit/how_to.h). It opens by itself once at the start of each talk
// (SamenleerView::howToSeen, so a restart does not show it again) and from
// the header's "?" on every Samenleer screen.
#pragma once
#include <string>
#include <utility>

#include "ui/kit/step_header.h"
#include "ui/kit/ui.h"

namespace samenspel::ui {

inline constexpr const char* kTalkHowTo = "samenleer.talk";

inline HowTo talkHowTo(const Ui& ui) {
    return {kTalkHowTo,
            {{"people-holding-hands", ui.t("samenleer.how_to.1")},
             {"people", ui.t("samenleer.how_to.2")},
             {"speech-balloon", ui.t("samenleer.how_to.3")},
             {"handshake", ui.t("samenleer.how_to.4")},
             {"thumbs-up", ui.t("samenleer.how_to.5")}}};
}

// The header every Samenleer screen shows: back, its title, and the "?".
inline ScreenHeader samenleerHeader(const Ui& ui, std::string id, std::string title, std::string subtitle) {
    return stepHeader(std::move(id), std::move(title), std::move(subtitle), talkHowTo(ui));
}

}  // namespace samenspel::ui
