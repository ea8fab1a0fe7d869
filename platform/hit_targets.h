// Where the app's widgets drew each tappable thing in the last frame, by
// visible label and by id. The headless test driver taps by name through
// this; plain data, no SDL.
#pragma once
#include <string>
#include <vector>

namespace samenspel::platform {

struct HitRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool contains(float x, float y) const { return x >= x0 && x < x1 && y >= y0 && y < y1; }
    float cx() const { return (x0 + x1) / 2; }
    float cy() const { return (y0 + y1) / 2; }
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

struct HitTarget {
    std::string label;  // what a person reads on it (may be empty for a pictogram-only button)
    std::string id;     // stable id, e.g. "home.start.tegenwicht"
    HitRect rect;       // where it was drawn, in pixels
    HitRect clip;       // the part of the screen its list shows (it may be scrolled out)
    bool enabled = true;
    bool tappable = true;  // false: only there to be seen (a badge, a drop zone); no 48 dp rule
};

class HitTargets {
public:
    void beginFrame() { current_.clear(); }
    void endFrame() { last_.swap(current_); }
    void add(HitTarget t) { current_.push_back(std::move(t)); }
    // Targets of the last finished frame.
    const std::vector<HitTarget>& last() const { return last_; }

    // Finds by exact id first, then by exact label, then by a label that
    // starts with `name`. Visible targets win over ones scrolled out of view.
    const HitTarget* find(const std::string& name) const {
        const HitTarget* best = nullptr;
        int bestScore = 0;
        for (const auto& t : last_) {
            int score = t.id == name ? 6 : t.label == name ? 4 : (!name.empty() && t.label.rfind(name, 0) == 0) ? 2 : 0;
            if (!score) continue;
            if (visible(t)) score += 1;
            if (score > bestScore) best = &t, bestScore = score;
        }
        return best;
    }
    static bool visible(const HitTarget& t) {
        return t.rect.cy() >= t.clip.y0 && t.rect.cy() < t.clip.y1 && t.rect.cx() >= t.clip.x0 &&
               t.rect.cx() < t.clip.x1;
    }

private:
    std::vector<HitTarget> current_, last_;
};

}  // namespace samenspel::platform
