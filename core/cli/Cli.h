#pragma once

#include <QStringList>

namespace pagesight::cli {

// Exit codes of docs/SPEC.md §5.
enum ExitCode { Done = 0, Partial = 1, BadInput = 2, Authorization = 3, ApiFailure = 4, CatalogFailure = 5 };

// Only a bare `pagesight` (or `pagesight --gui …`) starts the desktop app; anything else is a
// command, and an unknown one prints the usage and exits 2.
bool startsDesktopApp(const QStringList &arguments);
// Runs `pagesight <command> …` (arguments without the program name). Needs a QCoreApplication.
int run(const QStringList &arguments);

int runSync(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runQuery(const QStringList &arguments);
int runLabels(const QStringList &arguments);
int runPurge(const QStringList &arguments);
int runRetention(const QStringList &arguments);
// Every command's usage, or one command's (`pagesight sync --help`).
QString usage();
QString usage(const QString &command);

} // namespace pagesight::cli
