// The subcommands of samenspel-cli. Each takes the words after its own name
// and returns the process exit code: 0 on success, non-zero after printing a
// one-line reason to stderr.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "content/deck_loader.h"

namespace samenspel::cli {

using Args = std::vector<std::string>;

int runDecks(const Args& args);     // decks validate|list [--dir D]
int runShuffle(const Args& args);   // shuffle --deck ID --seed N [--runs K]
int runSimulate(const Args& args);  // simulate --deck ID --seed N [--seats S] [--rounds R] --dir DIR
int runRecords(const Args& args);   // records list|check|show|export|merge ...
int runBench(const Args& args);     // bench [--quick]
int runSpeak(const Args& args);     // speak --card ID|--text T --wav FILE [--speed WPM]
// Paper: print_command.cpp, or print_unavailable.cpp in a build without
// app/export (CMake picks one), whose `print` says why and fails.
int runPrint(const Args& args);  // print --deck ID -o FILE.pdf | print --bench [--deck ID]
// Every card of every deck that does not fit on a printed card (for `decks
// validate`); none in a build without paper.
std::vector<std::string> paperProblems(const DeckCatalog& catalog, const std::filesystem::path& assets);

// Small shared helpers for argument parsing.
// Value after `--name`, or `fallback` when absent. Throws UsageError when the flag has no value.
struct UsageError {
    std::string message;
};
std::string option(const Args& args, const std::string& name, const std::string& fallback = {});
bool hasFlag(const Args& args, const std::string& name);
// Parses an unsigned integer option strictly (digits only, within `max`).
unsigned long long numberOption(const Args& args, const std::string& name, unsigned long long fallback,
                                unsigned long long max);
// A command-line program's main after its table is made: `help`, an unknown
// command (exit 2), usage errors (exit 2) and failures (exit 1), the same for
// samenspel-cli and samenspel-hub. `program` names it in every message.
int runCommandLine(const char* program, const char* usage, const std::map<std::string, int (*)(const Args&)>& commands,
                   int argc, char** argv);
// Words that are not flags or flag values, in order (e.g. file names).
std::vector<std::string> positional(const Args& args, const std::vector<std::string>& flagsWithValue);

}  // namespace samenspel::cli
