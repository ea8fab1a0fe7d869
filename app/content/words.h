// The words of the app: every piece of UI copy, keyed, from
// assets/text/nl.json (Endless Sky's way: words are data, not code). The
// file holds one object per area ("kit", "shell", "tegenwicht",
// "samenleer", "cards", "table"); a key is "area.name", e.g.
// "shell.home.title". Values may hold named placeholders ("{n} rondes")
// that format() fills. A key used but missing shows as "[key]" and is
// remembered, so a test and the log can name it; a test also fails on a key
// in the file that no code uses (tests/ui_words_test.cpp).
#pragma once
#include <filesystem>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace samenspel {

class Words {
public:
    using Args = std::initializer_list<std::pair<std::string_view, std::string>>;

    Words() = default;
    Words(const Words& other) { *this = other; }
    Words& operator=(const Words& other);
    Words(Words&&) noexcept = default;  // the map's nodes, and so the index's views, move along
    Words& operator=(Words&&) noexcept = default;

    // Reads and validates the file (every value a non-empty string, keys of
    // [a-z0-9_.-], placeholders closed). On failure keeps what it had and
    // says why, with the file and line.
    bool load(const std::filesystem::path& file, std::string* why);
    bool loadText(const std::string& json, const std::string& fileName, std::string* why);

    // The text for `key`; "[key]" when there is none.
    const std::string& text(std::string_view key) const;
    // The text with {name} placeholders replaced by `args`.
    std::string format(std::string_view key, Args args) const;
    // "key.one" when n == 1, else "key.other", with {n} and `args` filled in.
    std::string count(std::string_view key, long n, Args args = {}) const;

    bool has(std::string_view key) const { return index_.count(key) != 0; }
    std::vector<std::string> keys() const;
    // Keys asked for that the file does not have.
    const std::set<std::string>& missing() const { return missing_; }

private:
    void reindex();

    std::map<std::string, std::string, std::less<>> texts_;
    // Every frame looks up dozens of keys: a hash of views into texts_'s
    // keys finds one without a string comparison per level of the tree.
    std::unordered_map<std::string_view, const std::string*> index_;
    mutable std::set<std::string> missing_;
    mutable std::map<std::string, std::string, std::less<>> shownMissing_;
};

// Fills {name} placeholders in `pattern`; unknown names stay as they are.
std::string fillPlaceholders(const std::string& pattern, Words::Args args);

}  // namespace samenspel
