// Text kept exactly as typed. ImGui 1.86 as Debian builds it keeps 16-bit
// characters: a code point above U+FFFF ("Anna 🙂") comes back from an
// InputText as U+FFFD and is drawn as "?". A text field therefore hands
// ImGui an editable copy in which each such code point is a private-use
// stand-in (U+E000, U+E001, ...) and maps the stand-ins back when the value
// is read. Pure code (no ImGui), header-only so the unit tests use it too.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace samenspel::ui {

// The stand-ins handed out so far; a table only grows, so a stand-in still in
// ImGui's buffer always maps back to the same character.
class StandIns {
public:
    static constexpr char32_t kFirst = 0xE000;
    static constexpr char32_t kLast = 0xF8FF;  // the end of the BMP private-use area

    // The stand-in for `cp` (above U+FFFF); 0 when the table is full.
    char32_t standInFor(char32_t cp) {
        for (std::size_t i = 0; i < table_.size(); ++i)
            if (table_[i] == cp) return kFirst + static_cast<char32_t>(i);
        if (kFirst + table_.size() > kLast) return 0;
        table_.push_back(cp);
        return kFirst + static_cast<char32_t>(table_.size() - 1);
    }
    // The character a stand-in stands for; 0 when `c` is none of ours.
    char32_t original(char32_t c) const {
        if (c < kFirst || c > kLast) return 0;
        const std::size_t i = c - kFirst;
        return i < table_.size() ? table_[i] : 0;
    }
    std::size_t size() const { return table_.size(); }

private:
    std::vector<char32_t> table_;
};

// ---- UTF-8 -------------------------------------------------------------------

// Decodes one code point at `i` and moves `i` past it; an invalid byte
// sequence yields U+FFFD and moves one byte.
inline char32_t decodeUtf8(const std::string& s, std::size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    char32_t cp = 0;
    if (c < 0x80) return ++i, c;
    if ((c >> 5) == 0x6) n = 1, cp = c & 0x1F;
    else if ((c >> 4) == 0xE) n = 2, cp = c & 0x0F;
    else if ((c >> 3) == 0x1E) n = 3, cp = c & 0x07;
    else return ++i, 0xFFFD;
    for (std::size_t k = 1; k <= n; ++k) {
        if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return ++i, 0xFFFD;
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not text.
    static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return ++i, 0xFFFD;
    i += n + 1;
    return cp;
}

inline void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Code points in `s` (what a length limit counts).
inline std::size_t codePoints(const std::string& s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) decodeUtf8(s, i);
    return n;
}

// ---- the mapping ---------------------------------------------------------------

// True for the stand-ins a field draws its own glyph for.
inline bool isStandIn(char32_t c) { return c >= StandIns::kFirst && c <= StandIns::kLast; }

// What ImGui edits: every code point above U+FFFF replaced by its stand-in.
// Returns false (and leaves such a character as U+FFFD) only when the
// stand-in table is full.
inline bool toEditable(const std::string& exact, StandIns& standIns, std::string& editable) {
    editable.clear();
    bool all = true;
    for (std::size_t i = 0; i < exact.size();) {
        char32_t cp = decodeUtf8(exact, i);
        // A private-use character typed as such gets a stand-in too, so it
        // is never mistaken for one of ours.
        if (cp > 0xFFFF || isStandIn(cp)) {
            const char32_t s = standIns.standInFor(cp);
            if (!s) all = false;
            cp = s ? s : 0xFFFD;
        }
        appendUtf8(editable, cp);
    }
    return all;
}

// The exact text back from what ImGui holds: our stand-ins become the
// characters they stand for; everything else stays as it is.
inline std::string fromEditable(const std::string& editable, const StandIns& standIns) {
    std::string out;
    out.reserve(editable.size());
    for (std::size_t i = 0; i < editable.size();) {
        const char32_t cp = decodeUtf8(editable, i);
        const char32_t orig = standIns.original(cp);
        appendUtf8(out, orig ? orig : cp);
    }
    return out;
}

}  // namespace samenspel::ui
