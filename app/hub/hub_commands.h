// The hub's subcommands beyond import and keygen (hub_main.cpp): each takes
// the words after its name and returns the exit code.
#pragma once
#include "cli/commands.h"

namespace samenspel::hub {

int runReport(const cli::Args& args);  // report --db DB -o FILE [--min-sessions N] [--with-notes]
int runExport(const cli::Args& args);  // export --db DB --csv|--json [-o FILE] [--with-notes]
int runBench(const cli::Args& args);   // bench [--count N] [--pg URL] [--quick]

}  // namespace samenspel::hub
