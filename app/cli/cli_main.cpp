// samenspel-cli: the coordinator's and developer's view of the core, from a
// shell. Every error ends as one line on stderr and a non-zero exit code.
#include <cstdio>
#include <exception>
#include <map>

#include "commands.h"

using namespace samenspel::cli;

namespace {
const char* kUsage =
    "usage: samenspel-cli <command> ...\n"
    "  decks validate [--dir DIR]        check every deck file\n"
    "  decks list [--dir DIR]            deck ids and card counts\n"
    "  shuffle --deck ID --seed N [--runs K]\n"
    "  simulate --deck ID --seed N [--seats S] [--rounds R] --dir DIR\n"
    "  simulate --count N -o FILE [--seed S]   N varied records of both decks in one bundle\n"
    "  records list|check|show|export|merge ...   (see `records help`)\n"
    "  bench [--quick]                   timings of the store\n"
    "  speak --card ID|--text T --wav FILE [--speed WPM]   read aloud in Dutch, as WAV\n"
    "  print --deck ID -o FILE.pdf [--dir DIR]   the deck as printable cards (A4)\n"
    "  print --bench [--deck ID]         time and size of a whole deck's PDF\n";
}  // namespace

int main(int argc, char** argv) {
    static const std::map<std::string, int (*)(const Args&)> commands = {
        {"decks", runDecks}, {"shuffle", runShuffle}, {"simulate", runSimulate}, {"records", runRecords},
        {"bench", runBench}, {"speak", runSpeak},     {"print", runPrint},
    };
    return runCommandLine("samenspel-cli", kUsage, commands, argc, argv);
}
