#include "ui/kit/ui.h"

#include <cmath>
#include <utility>

namespace samenspel::ui {

void Ui::beginFrame() {
    scale_ = sys.dpScale();
    now_ = sys.nowMs();
    animating_ = false;
    wakeMs_ = -1;
    bodyScrollDp_ = 0;
    bodyScrollNoted_ = bodyBegun_ = false;
    dragClaimedLast_ = dragClaimed_;
    dragClaimed_ = false;
    textActiveLast_ = textActive_;
    textActive_ = false;
    backTapped_ = false;
    seenNow_.clear();
    shownHowTo_ = {};
}

void Ui::endFrame() {
    // Keys not drawn this frame are forgotten, so a card that comes back enters again.
    firstSeen_.swap(seenNow_);
    typed_.clear();  // the platform passes each frame's typed text anew
    // A finger that still holds a drag keeps its claim until it lifts.
    if (!ImGui::IsMouseDown(0)) dragClaimed_ = false;
}

namespace {
// The last ImGui item as the test driver sees it: where it was drawn and the
// part of the screen its list shows.
platform::HitTarget lastItem(const std::string& label, const std::string& id) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 ca = dl->GetClipRectMin(), cb = dl->GetClipRectMax();
    platform::HitTarget t;
    t.label = label;
    t.id = id;
    t.rect = {a.x, a.y, b.x, b.y};
    t.clip = {ca.x, ca.y, cb.x, cb.y};
    return t;
}
}  // namespace

void Ui::target(const std::string& label, const std::string& id, bool enabled) {
    platform::HitTarget t = lastItem(label, id);
    t.enabled = enabled;
    sys.targets().add(std::move(t));
}

void Ui::marker(const std::string& label, const std::string& id) {
    platform::HitTarget t = lastItem(label, id);
    t.tappable = false;
    sys.targets().add(std::move(t));
}

float Ui::scrollToRestore(float currentPx) {
    if (std::exchange(bodyBegun_, true) || scrollRestore_.framesLeft <= 0) return -1;
    // Another screen came first (the resumed game shows a privacy screen,
    // say): the position belongs to a screen no longer shown.
    if (scrollRestore_.screen != screen_) {
        scrollRestore_.framesLeft = 0;
        return -1;
    }
    const float target = dp(scrollRestore_.dp);
    if (std::fabs(currentPx - target) < 1 || --scrollRestore_.framesLeft <= 0) {
        scrollRestore_.framesLeft = 0;
        return -1;
    }
    keepAnimating();  // the next frame tries again, once the content is laid out
    return target;
}

float Ui::appear(const std::string& key, double ms, double delayMs) {
    double first = now_;
    if (auto it = firstSeen_.find(key); it != firstSeen_.end()) first = it->second;
    seenNow_[key] = first;
    double t = (now_ - first - delayMs) / ms;
    if (t < 1) keepAnimating();
    return static_cast<float>(t < 0 ? 0 : t > 1 ? 1 : t);
}

}  // namespace samenspel::ui
