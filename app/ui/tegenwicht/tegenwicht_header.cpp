#include "ui/tegenwicht/tegenwicht_header.h"

#include "ui/kit/widgets.h"

namespace samenspel::ui {

HowTo tegenwichtHowTo(const Ui& ui) {
    return {kTegenwichtHowToId,
            {{"handshake", ui.t("tegenwicht.how_to.1")},
             {"shield", ui.t("tegenwicht.how_to.safe")},
             {"speaking-head", ui.t("tegenwicht.how_to.2")},
             {"shushing-face", ui.t("tegenwicht.how_to.3")},
             {"eye", ui.t("tegenwicht.how_to.4")},
             {"scale", ui.t("tegenwicht.how_to.5")},
             {"bullseye", ui.t("tegenwicht.how_to.6")},
             {"magnifying-glass", ui.t("tegenwicht.how_to.7")}}};
}

bool beginTegenwichtScreen(Ui& ui, const std::string& id, const std::string& title, const std::string& subtitle,
                           bool canGoBack) {
    ScreenHeader h;
    h.id = id + "\n" + subtitle;
    h.title = title;
    h.subtitle = subtitle;
    h.canGoBack = canGoBack;
    h.howTo = tegenwichtHowTo(ui);
    return beginScreen(ui, h);
}

}  // namespace samenspel::ui
