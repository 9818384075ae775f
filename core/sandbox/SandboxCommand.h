#pragma once

#include <QStringList>

namespace pagesight::sandbox {

// The `pagesight-sandbox` program, also reachable as `pagesight sandbox`:
//
//   [--port N] [--posts N] [--days N] [--latency-ms N] [--faults SPEC] [--seed N] [--org-id N]
//   [--today YYYY-MM-DD] [--help] [--version]
//
// arguments are the process arguments: arguments[0] is the program name; a "sandbox" sub-command
// word right after it is skipped, so `pagesight sandbox --port 0` can pass its arguments as they
// are. Needs a QCoreApplication; prints the listening URL (the actual port when --port 0) and the
// sandbox credentials on stdout, then serves until SIGINT or SIGTERM.
// Returns 0 after a clean stop, --help or --version; 2 for bad arguments (message on stderr);
// 1 when the port cannot be opened.
int runSandboxCommand(const QStringList &arguments);

} // namespace pagesight::sandbox
