#include "tests/driver/script_driver.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

namespace samenspel::driver {

namespace {

std::vector<std::string> words(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

bool number(const std::string& s, float& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    out = std::strtof(s.c_str(), &end);
    return end && *end == 0;
}

std::string trim(std::string s) {
    auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
    return s;
}

// The rest of a line after its first word.
std::string rest(const std::string& line) {
    auto sp = line.find_first_of(" \t");
    return sp == std::string::npos ? std::string() : trim(line.substr(sp + 1));
}

std::string visibleLabels(const HitTargets& targets) {
    std::string out;
    for (const auto& t : targets.last()) {
        if (!HitTargets::visible(t)) continue;
        if (!out.empty()) out += ", ";
        out += "'" + (t.label.empty() ? t.id : t.label) + "'";
        if (!t.label.empty() && !t.id.empty()) out += " [" + t.id + "]";
    }
    return out.empty() ? "(none)" : out;
}

}  // namespace

bool ScriptDriver::loadFile(const std::string& path, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = "cannot read script " + path;
        return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    loadText(ss.str(), path);
    return true;
}

void ScriptDriver::loadText(const std::string& text, const std::string& name) {
    name_ = name;
    lines_.clear();
    std::istringstream in(text);
    int n = 0;
    for (std::string line; std::getline(in, line);) {
        ++n;
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        lines_.push_back({n, line});
    }
    next_ = 0;
}

SDL_Event ScriptDriver::mouseEvent(Uint32 type, float x, float y) const {
    SDL_Event e{};
    e.type = type;
    const Uint32 windowId = window_ ? SDL_GetWindowID(window_) : 0;
    const int ix = static_cast<int>(std::lround(x)), iy = static_cast<int>(std::lround(y));
    if (type == SDL_MOUSEMOTION) {
        e.motion.windowID = windowId;
        e.motion.which = SDL_TOUCH_MOUSEID;  // the driver plays a finger, as on a phone
        e.motion.x = ix, e.motion.y = iy;
        e.motion.state = 0;
    } else {
        e.button.windowID = windowId;
        e.button.which = SDL_TOUCH_MOUSEID;
        e.button.button = SDL_BUTTON_LEFT;
        e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        e.button.clicks = 1;
        e.button.x = ix, e.button.y = iy;
    }
    return e;
}

void ScriptDriver::queueTap(float x, float y) {
    batches_.push_back({mouseEvent(SDL_MOUSEMOTION, x, y), mouseEvent(SDL_MOUSEBUTTONDOWN, x, y)});
    batches_.push_back({mouseEvent(SDL_MOUSEBUTTONUP, x, y)});
}

void ScriptDriver::queueDrag(float x1, float y1, float x2, float y2, int steps, bool hold) {
    batches_.push_back({mouseEvent(SDL_MOUSEMOTION, x1, y1), mouseEvent(SDL_MOUSEBUTTONDOWN, x1, y1)});
    for (int i = 1; i <= steps; ++i) {
        float t = static_cast<float>(i) / steps;
        batches_.push_back({mouseEvent(SDL_MOUSEMOTION, x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)});
    }
    if (hold)  // a finger that rests before it lifts: no fling
        for (int i = 0; i < 4; ++i) batches_.push_back({mouseEvent(SDL_MOUSEMOTION, x2, y2)});
    batches_.push_back({mouseEvent(SDL_MOUSEBUTTONUP, x2, y2)});
}

void ScriptDriver::queueKey(SDL_Scancode sc, SDL_Keycode key) {
    SDL_Event down{};
    down.type = SDL_KEYDOWN;
    down.key.windowID = window_ ? SDL_GetWindowID(window_) : 0;
    down.key.state = SDL_PRESSED;
    down.key.keysym.scancode = sc;
    down.key.keysym.sym = key;
    SDL_Event up = down;
    up.type = SDL_KEYUP;
    up.key.state = SDL_RELEASED;
    batches_.push_back({down});
    batches_.push_back({up});
}

void ScriptDriver::fail(const Line& line, const std::string& why, const HitTargets* targets) {
    failed_ = true;
    error_ = name_ + ":" + std::to_string(line.number) + ": " + line.text + ": " + why;
    if (targets) error_ += "\n  visible: " + visibleLabels(*targets);
}

int ScriptDriver::poll(bool settled, double nowMs, const HitTargets& targets) {
    if (done_ || failed_) return -1;
    if (batch_ < batches_.size()) {
        if (frameSincePush_) {
            for (auto& e : batches_[batch_]) SDL_PushEvent(&e);
            ++batch_;
            frameSincePush_ = false;
        }
        return 0;
    }
    batches_.clear();
    batch_ = 0;
    if (waitUntilMs_ >= 0) {
        if (nowMs < waitUntilMs_) return static_cast<int>(waitUntilMs_ - nowMs) + 1;
        waitUntilMs_ = -1;
        idleCounting_ = false;
        if (frameRange_) {
            const FrameRange r = *std::exchange(frameRange_, std::nullopt);
            if (idleFrames_ < r.min || idleFrames_ > r.max) {
                fail(r.line, std::to_string(idleFrames_) + " frames drawn, expected " + std::to_string(r.min) + " to " +
                                 std::to_string(r.max));
                return -1;
            }
        }
    }
    if (!settled || !shotPath_.empty()) return -1;
    while (!failed_ && next_ < lines_.size() && batches_.empty() && waitUntilMs_ < 0 && shotPath_.empty())
        run(lines_[next_], nowMs, targets);
    if (!failed_ && next_ >= lines_.size() && batches_.empty() && waitUntilMs_ < 0 && shotPath_.empty()) done_ = true;
    if (!batches_.empty()) return 0;
    if (waitUntilMs_ >= 0) return std::max(0, static_cast<int>(waitUntilMs_ - nowMs) + 1);
    return -1;
}

void ScriptDriver::frameDrawn(double workMs, bool animating) {
    frameSincePush_ = true;
    if (idleCounting_) ++idleFrames_;
    if (animCounting_ && animating) animFrames_.push_back(workMs);
}

std::string ScriptDriver::takeShotPath() {
    std::string p;
    p.swap(shotPath_);
    return p;
}

void ScriptDriver::run(const Line& line, double nowMs, const HitTargets& targets) {
    const auto w = words(line.text);
    const std::string& cmd = w[0];
    const std::string arg = rest(line.text);
    auto px = [&](float dp) { return dp * scale_; };
    int winW = 0, winH = 0;
    if (window_) SDL_GetWindowSize(window_, &winW, &winH);

    if (cmd == "tap" || (cmd == "drag" && w.size() >= 4)) {
        float x = 0, y = 0, x2 = 0, y2 = 0;
        if (cmd == "tap" && w.size() == 3 && number(w[1], x) && number(w[2], y)) {
            queueTap(px(x), px(y));
        } else if (cmd == "drag" && w.size() == 5 && number(w[1], x) && number(w[2], y) && number(w[3], x2) &&
                   number(w[4], y2)) {
            queueDrag(px(x), px(y), px(x2), px(y2), 10, true);
        } else {
            std::string label = arg;
            const auto toPos = line.text.find(" to ");
            if (cmd == "drag" && toPos != std::string::npos) {
                // drag LABEL to LABEL: from one widget's centre to another's.
                const std::string from = trim(line.text.substr(4, toPos - 4)), to = trim(line.text.substr(toPos + 4));
                const HitTarget* a = targets.find(from);
                const HitTarget* b = targets.find(to);
                if (!a) return fail(line, "no widget '" + from + "' was drawn", &targets);
                if (!b) return fail(line, "no widget '" + to + "' was drawn", &targets);
                queueDrag(a->rect.cx(), a->rect.cy(), b->rect.cx(), b->rect.cy(), 12, true);
                ++next_;
                return;
            }
            if (cmd == "drag") {
                if (!number(w[w.size() - 2], x2) || !number(w.back(), y2))
                    return fail(line, "drag wants X1 Y1 X2 Y2 or LABEL X2 Y2");
                auto cut = line.text.rfind(w[w.size() - 2]);
                label = trim(line.text.substr(4, cut - 4));
            }
            if (label.empty()) return fail(line, cmd + " needs a label, an id or X Y");
            const HitTarget* t = targets.find(label);
            if (!t) return fail(line, "no widget '" + label + "' was drawn", &targets);
            if (!t->enabled) return fail(line, "'" + label + "' is drawn but disabled", &targets);
            if (!HitTargets::visible(*t)) {
                // Scrolled out of its list: scroll the list the way a person would.
                if (++retries_ > 12 || t->clip.empty())
                    return fail(line, "'" + label + "' stays out of view", &targets);
                const float cy = t->clip.cy(), h = t->clip.y1 - t->clip.y0;
                const float dy = std::clamp(t->rect.cy() - cy, -0.4f * h, 0.4f * h);
                const float cx = std::clamp(t->rect.cx(), t->clip.x0 + 4, t->clip.x1 - 4);
                queueDrag(cx, cy + dy / 2, cx, cy - dy / 2, 8, true);
                return;  // the same line runs again once the list has moved
            }
            retries_ = 0;
            if (cmd == "tap") queueTap(t->rect.cx(), t->rect.cy());
            else queueDrag(t->rect.cx(), t->rect.cy(), px(x2), px(y2), 12, true);
        }
    } else if (cmd == "swipe") {
        const float W = static_cast<float>(winW), H = static_cast<float>(winH);
        if (arg == "left") queueDrag(W * 0.8f, H * 0.45f, W * 0.2f, H * 0.45f, 8, false);
        else if (arg == "right") queueDrag(W * 0.2f, H * 0.45f, W * 0.8f, H * 0.45f, 8, false);
        else if (arg == "up") queueDrag(W * 0.5f, H * 0.7f, W * 0.5f, H * 0.3f, 8, false);
        else if (arg == "down") queueDrag(W * 0.5f, H * 0.3f, W * 0.5f, H * 0.7f, 8, false);
        else return fail(line, "swipe wants left, right, up or down");
    } else if (cmd == "type") {
        if (!SDL_IsTextInputActive()) return fail(line, "no text field has the keyboard", &targets);
        std::vector<SDL_Event> batch;
        std::size_t i = 0;
        while (i < arg.size()) {
            std::size_t n = 0;  // whole UTF-8 characters that fit in one event
            while (i + n < arg.size()) {
                unsigned char c = static_cast<unsigned char>(arg[i + n]);
                std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
                // A stray byte (a script may type invalid UTF-8 on purpose)
                // never reads past the end of the text.
                len = std::min(len, arg.size() - i - n);
                if (n + len >= SDL_TEXTINPUTEVENT_TEXT_SIZE) break;
                n += len;
            }
            SDL_Event e{};
            e.type = SDL_TEXTINPUT;
            e.text.windowID = window_ ? SDL_GetWindowID(window_) : 0;
            std::copy(arg.begin() + i, arg.begin() + i + n, e.text.text);
            batch.push_back(e);
            i += n;
        }
        batches_.push_back(batch);
    } else if (cmd == "drop") {
        // A file dragged from the file manager onto the window; the
        // platform frees the path, as SDL expects of whoever takes the event.
        SDL_Event e{};
        e.type = SDL_DROPFILE;
        e.drop.file = SDL_strdup(arg.c_str());
        e.drop.windowID = window_ ? SDL_GetWindowID(window_) : 0;
        batches_.push_back({e});
    } else if (cmd == "key") {
        if (arg == "escape" || arg == "back") queueKey(SDL_SCANCODE_ESCAPE, SDLK_ESCAPE);
        else if (arg == "return" || arg == "enter") queueKey(SDL_SCANCODE_RETURN, SDLK_RETURN);
        else if (arg == "backspace") queueKey(SDL_SCANCODE_BACKSPACE, SDLK_BACKSPACE);
        else if (arg == "tab") queueKey(SDL_SCANCODE_TAB, SDLK_TAB);
        else return fail(line, "key wants escape, return, backspace or tab");
    } else if (cmd == "wait" || cmd == "bench-idle") {
        float ms = 0;
        if (!number(arg, ms) || ms < 0 || ms > 600000) return fail(line, cmd + " wants milliseconds");
        waitUntilMs_ = nowMs + ms;
        if (cmd == "bench-idle") idleCounting_ = true, idleFrames_ = 0;
    } else if (cmd == "frames") {
        float ms = 0, lo = 0, hi = 0;
        if (w.size() != 4 || !number(w[1], ms) || !number(w[2], lo) || !number(w[3], hi) || ms < 0 || ms > 600000 ||
            lo < 0 || hi < lo)
            return fail(line, "frames wants MS MIN MAX");
        waitUntilMs_ = nowMs + ms;
        idleCounting_ = true, idleFrames_ = 0;
        frameRange_ = FrameRange{line, static_cast<int>(lo), static_cast<int>(hi)};
    } else if (cmd == "shot") {
        if (arg.empty() || arg.find('/') != std::string::npos) return fail(line, "shot wants a plain NAME");
        if (shotsDir_.empty()) return fail(line, "shot needs --shots DIR");
        shotPath_ = shotsDir_ + "/" + arg + ".png";
    } else if (cmd == "expect" || cmd == "expect-not") {
        if (arg.empty()) return fail(line, cmd + " needs a label or id");
        const HitTarget* t = targets.find(arg);
        const bool seen = t && HitTargets::visible(*t);
        if (cmd == "expect" && !t) return fail(line, "no widget '" + arg + "' was drawn", &targets);
        if (cmd == "expect-not" && seen) return fail(line, "'" + arg + "' is on screen", &targets);
    } else if (cmd == "check") {
        if (!probe_) return fail(line, "the app has no checks");
        std::vector<std::string> rw(w.begin() + 1, w.end());
        if (std::string why = probe_(rw); !why.empty()) return fail(line, why);
    } else if (cmd == "disk" || cmd == "relaunch" || cmd == "clock") {
        if (!control_) return fail(line, "the app has no fault switch");
        if (std::string why = control_(w); !why.empty()) return fail(line, why);
        // A new app drew nothing yet: the next line waits for its first frame
        // (an empty batch), so it never reads the old app's widgets.
        // The clock moved: likewise, the next line reads a frame drawn at the new time.
        if (cmd == "relaunch" || cmd == "clock") batches_.push_back({});
    } else if (cmd == "bench-anim-begin") {
        animCounting_ = true;
    } else if (cmd == "bench-anim-end") {
        animCounting_ = false;
    } else {
        return fail(line, "unknown command '" + cmd + "'");
    }
    ++next_;
}

}  // namespace samenspel::driver
