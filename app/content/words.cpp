#include "content/words.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <fstream>
#include <sstream>

namespace samenspel {

namespace {

constexpr std::size_t kMaxWordsFileBytes = 1 << 20;
constexpr std::size_t kMaxTextBytes = 4000;

bool validKey(std::string_view k) {
    if (k.empty() || k.size() > 80) return false;
    for (char c : k)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) return false;
    return true;
}

int lineOf(const std::string& json, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < json.size(); ++i) line += json[i] == '\n';
    return line;
}

// The line of `"key"` in the file, for messages (0 when not found).
int lineOfKey(const std::string& json, const std::string& key) {
    const auto at = json.find("\"" + key + "\"");
    return at == std::string::npos ? 0 : lineOf(json, at);
}

bool placeholdersClosed(const std::string& s) {
    bool open = false;
    for (char c : s) {
        if (c == '{') {
            if (open) return false;
            open = true;
        } else if (c == '}') {
            if (!open) return false;
            open = false;
        }
    }
    return !open;
}

}  // namespace

std::string fillPlaceholders(const std::string& pattern, Words::Args args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern[i] == '{') {
            const auto end = pattern.find('}', i);
            if (end != std::string::npos) {
                const std::string_view name(pattern.data() + i + 1, end - i - 1);
                bool filled = false;
                for (const auto& [k, v] : args)
                    if (k == name) {
                        out += v;
                        filled = true;
                        break;
                    }
                if (filled) {
                    i = end + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

bool Words::load(const std::filesystem::path& file, std::string* why) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        if (why) *why = file.string() + ": cannot be read";
        return false;
    }
    std::string json;
    char buf[8192];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        json.append(buf, static_cast<std::size_t>(in.gcount()));
        if (json.size() > kMaxWordsFileBytes) {
            if (why) *why = file.string() + ": larger than 1 MiB";
            return false;
        }
    }
    return loadText(json, file.filename().string(), why);
}

bool Words::loadText(const std::string& json, const std::string& fileName, std::string* why) {
    auto fail = [&](int line, const std::string& msg) {
        if (why) *why = fileName + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + msg;
        return false;
    };
    if (json.size() > kMaxWordsFileBytes) return fail(0, "larger than 1 MiB");
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseStopWhenDoneFlag>(json.c_str(), json.size());
    if (doc.HasParseError())
        return fail(lineOf(json, doc.GetErrorOffset()),
                    std::string("not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()));
    if (!doc.IsObject()) return fail(1, "the file must be one object of areas");
    std::map<std::string, std::string, std::less<>> texts;
    for (auto area = doc.MemberBegin(); area != doc.MemberEnd(); ++area) {
        const std::string areaName(area->name.GetString(), area->name.GetStringLength());
        if (!validKey(areaName) || areaName.find('.') != std::string::npos)
            return fail(lineOfKey(json, areaName), "area '" + areaName + "' is not a plain lower-case name");
        if (!area->value.IsObject())
            return fail(lineOfKey(json, areaName), "area '" + areaName + "' must be an object of texts");
        for (auto m = area->value.MemberBegin(); m != area->value.MemberEnd(); ++m) {
            const std::string name(m->name.GetString(), m->name.GetStringLength());
            const std::string key = areaName + "." + name;
            // Looked up only for a message: every key's line would scan the
            // file once per key, a quadratic cost on every start.
            auto line = [&] { return lineOfKey(json, name); };
            if (!validKey(name)) return fail(line(), "key '" + key + "' has characters other than a-z 0-9 _ . -");
            if (!m->value.IsString()) return fail(line(), "'" + key + "' must be a string");
            std::string value(m->value.GetString(), m->value.GetStringLength());
            if (value.empty()) return fail(line(), "'" + key + "' is empty");
            if (value.size() > kMaxTextBytes) return fail(line(), "'" + key + "' is longer than 4000 bytes");
            if (!placeholdersClosed(value)) return fail(line(), "'" + key + "' has an unclosed {placeholder}");
            if (!texts.emplace(key, std::move(value)).second) return fail(line(), "'" + key + "' appears twice");
        }
    }
    texts_ = std::move(texts);
    reindex();
    missing_.clear();
    return true;
}

Words& Words::operator=(const Words& other) {
    if (this == &other) return *this;
    texts_ = other.texts_;
    missing_ = other.missing_;
    shownMissing_ = other.shownMissing_;
    reindex();
    return *this;
}

void Words::reindex() {
    index_.clear();
    index_.reserve(texts_.size());
    for (const auto& [key, value] : texts_) index_.emplace(std::string_view(key), &value);
}

const std::string& Words::text(std::string_view key) const {
    if (auto it = index_.find(key); it != index_.end()) return *it->second;
    missing_.insert(std::string(key));
    auto [it, inserted] = shownMissing_.emplace(std::string(key), std::string());
    if (inserted) it->second = "[" + std::string(key) + "]";
    return it->second;
}

std::string Words::format(std::string_view key, Args args) const { return fillPlaceholders(text(key), args); }

std::string Words::count(std::string_view key, long n, Args args) const {
    const std::string k = std::string(key) + (n == 1 ? ".one" : ".other");
    std::string out = fillPlaceholders(text(k), {{"n", std::to_string(n)}});
    return fillPlaceholders(out, args);
}

std::vector<std::string> Words::keys() const {
    std::vector<std::string> out;
    out.reserve(texts_.size());
    for (const auto& [k, v] : texts_) out.push_back(k);
    return out;
}

}  // namespace samenspel
