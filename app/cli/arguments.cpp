#include <algorithm>

#include "commands.h"

namespace samenspel::cli {

std::string option(const Args& args, const std::string& name, const std::string& fallback) {
    for (std::size_t i = 0; i < args.size(); ++i)
        if (args[i] == name) {
            if (i + 1 >= args.size()) throw UsageError{name + " needs a value"};
            return args[i + 1];
        }
    return fallback;
}

bool hasFlag(const Args& args, const std::string& name) {
    return std::find(args.begin(), args.end(), name) != args.end();
}

unsigned long long numberOption(const Args& args, const std::string& name, unsigned long long fallback,
                                unsigned long long max) {
    const std::string text = option(args, name);
    if (text.empty()) return fallback;
    if (text.size() > 20 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        throw UsageError{name + " must be a whole number, not '" + text + "'"};
    unsigned long long value = 0;
    for (char c : text) {
        const unsigned digit = static_cast<unsigned>(c - '0');
        if (value > (max - digit) / 10) throw UsageError{name + " must be at most " + std::to_string(max)};
        value = value * 10 + digit;
    }
    return value;
}

std::vector<std::string> positional(const Args& args, const std::vector<std::string>& flagsWithValue) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (std::find(flagsWithValue.begin(), flagsWithValue.end(), args[i]) != flagsWithValue.end()) {
            ++i;
            continue;
        }
        if (args[i].rfind("--", 0) == 0) continue;
        out.push_back(args[i]);
    }
    return out;
}

int runCommandLine(const char* program, const char* usage, const std::map<std::string, int (*)(const Args&)>& commands,
                   int argc, char** argv) {
    if (argc < 2) {
        std::fputs(usage, stderr);
        return 2;
    }
    const std::string command = argv[1];
    const Args args(argv + 2, argv + argc);
    if (command == "help" || command == "--help" || command == "-h") {
        std::fputs(usage, stdout);
        return 0;
    }
    auto it = commands.find(command);
    if (it == commands.end()) {
        std::fprintf(stderr, "%s: unknown command '%s' (try `%s help`)\n", program, command.c_str(), program);
        return 2;
    }
    try {
        return it->second(args);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "%s %s: %s\n", program, command.c_str(), e.message.c_str());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s %s: %s\n", program, command.c_str(), e.what());
        return 1;
    } catch (...) {
        std::fprintf(stderr, "%s %s: unexpected error\n", program, command.c_str());
        return 1;
    }
}

}  // namespace samenspel::cli
