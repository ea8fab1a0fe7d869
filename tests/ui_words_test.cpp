// The words of the app are data (assets/text/nl.json): every key the code
// asks for is in the file, every key in the file is asked for by some code,
// and no Dutch sentence is left in app/ C++ outside comments.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "content/words.h"

namespace fs = std::filesystem;
using samenspel::Words;

namespace {

const fs::path kRoot = SAMENSPEL_SOURCE_ROOT;

std::string slurpText(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<fs::path> appSources() {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(kRoot / "app")) {
        const auto ext = e.path().extension();
        if (ext == ".cpp" || ext == ".h") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The code without its comments, string literals kept (good enough for our
// style: no comment markers inside strings that matter here).
std::string withoutComments(const std::string& src) {
    std::string out;
    out.reserve(src.size());
    bool inString = false;
    for (std::size_t i = 0; i < src.size(); ++i) {
        const char c = src[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < src.size()) out += src[++i];
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') inString = true, out += c;
        else if (c == '/' && i + 1 < src.size() && src[i + 1] == '/') {
            while (i < src.size() && src[i] != '\n') ++i;
            out += '\n';
        } else if (c == '/' && i + 1 < src.size() && src[i + 1] == '*') {
            i += 2;
            while (i + 1 < src.size() && !(src[i] == '*' && src[i + 1] == '/')) ++i;
            ++i;
        } else out += c;
    }
    return out;
}

const std::regex kKeyUse(
    R"re(\b(t|tf|tn|text|format|count)\(\s*"((kit|cards|shell|table|tegenwicht|samenleer|reflectie)\.[a-z0-9_.\-]+)")re");

}  // namespace

SCENARIO("every word key in the code is in nl.json and every key in nl.json is used") {
    Words words;
    std::string why;
    REQUIRE(words.load(kRoot / "assets" / "text" / "nl.json", &why));
    std::set<std::string> used, missing;
    for (const auto& file : appSources()) {
        const std::string code = withoutComments(slurpText(file));
        for (std::sregex_iterator it(code.begin(), code.end(), kKeyUse), end; it != end; ++it) {
            const std::string fn = (*it)[1], key = (*it)[2];
            if (fn == "tn" || fn == "count") {
                used.insert(key + ".one"), used.insert(key + ".other");
                if (!words.has(key + ".one") || !words.has(key + ".other")) missing.insert(key + ".one|.other");
            } else {
                used.insert(key);
                if (!words.has(key)) missing.insert(key + " (" + file.filename().string() + ")");
            }
        }
    }
    std::set<std::string> unused;
    for (const auto& k : words.keys())
        if (!used.count(k)) unused.insert(k);
    INFO("missing in nl.json: " << [&] {
        std::string s;
        for (auto& k : missing) s += k + " ";
        return s;
    }());
    CHECK(missing.empty());
    INFO("in nl.json but used nowhere: " << [&] {
        std::string s;
        for (auto& k : unused) s += k + " ";
        return s;
    }());
    CHECK(unused.empty());
}

SCENARIO("no Dutch sentence is left in the app's C++ code") {
    // A literal with two or more words of which one is a common Dutch word.
    const std::regex literal(R"re("((?:[^"\\]|\\.)*)")re");
    const std::regex dutch(
        R"re(\b(de|het|een|je|jij|jullie|niet|van|en|op|wat|wie|dit|dat|kan|kies|tik|naar|met|voor|nog|geen|ronde|spel|kaart|kaarten|bewaard|sessie|sessies)\b)re",
        std::regex::icase);
    std::vector<std::string> found;
    for (const auto& file : appSources()) {
        const auto rel = fs::relative(file, kRoot).string();
        if (rel.rfind("app/cli/", 0) == 0) continue;  // the coordinator's tool speaks English
        const std::string code = withoutComments(slurpText(file));
        for (std::sregex_iterator it(code.begin(), code.end(), literal), end; it != end; ++it) {
            const std::string s = (*it)[1];
            if (s.find(' ') == std::string::npos) continue;
            if (std::regex_search(s, dutch)) found.push_back(rel + ": \"" + s + "\"");
        }
    }
    std::string list;
    for (const auto& f : found) list += f + "\n";
    INFO(found.size() << " Dutch literals:\n" << list);
    CHECK(found.empty());
}

SCENARIO("a damaged words file is refused with file and line, and the words in use stay") {
    Words w;
    std::string why;
    REQUIRE(w.loadText(R"({"shell": {"home.title": "Samenspel"}})", "nl.json", &why));
    CHECK(w.text("shell.home.title") == "Samenspel");
    CHECK_FALSE(w.loadText("{\"shell\": {\n\"home.title\": 3}}", "nl.json", &why));
    CHECK(why == "nl.json:2: 'shell.home.title' must be a string");
    CHECK_FALSE(w.loadText("{\"shell\": {\n\"x\": \"open {n\"}}", "nl.json", &why));
    CHECK(why.find("unclosed") != std::string::npos);
    CHECK_FALSE(w.loadText("{\"shell\": {\"x\": \"\"}}", "nl.json", &why));
    CHECK_FALSE(w.loadText("{\"shell\": ", "nl.json", &why));
    CHECK(why.rfind("nl.json:1: not valid JSON", 0) == 0);
    CHECK(w.text("shell.home.title") == "Samenspel");  // the earlier words stay
    CHECK(w.text("shell.nope") == "[shell.nope]");
    CHECK(w.missing().count("shell.nope") == 1);
}

SCENARIO("placeholders and counts") {
    Words w;
    std::string why;
    REQUIRE(w.loadText(R"({"shell": {"r.one": "{n} ronde", "r.other": "{n} rondes", "hi": "Hoi {name}, {name}!"}})",
                       "nl.json", &why));
    CHECK(w.count("shell.r", 1) == "1 ronde");
    CHECK(w.count("shell.r", 3) == "3 rondes");
    CHECK(w.format("shell.hi", {{"name", "Anna"}}) == "Hoi Anna, Anna!");
    CHECK(samenspel::fillPlaceholders("{x} {y}", {{"x", "1"}}) == "1 {y}");
}
