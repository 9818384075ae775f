#pragma once

#include <QStringList>

namespace pagesight {
class Catalog;
}

namespace pagesight::cli {

// Exit codes of docs/SPEC.md §5.
enum ExitCode { Done = 0, Partial = 1, BadInput = 2, Authorization = 3, ApiFailure = 4, CatalogFailure = 5 };

// Only a bare `pagesight` (or `pagesight --gui …`) starts the desktop app; anything else is a
// command, and an unknown one prints the usage and exits 2.
bool startsDesktopApp(const QStringList &arguments);
// `pagesight render …` draws the dashboards' widgets: it needs a QApplication, which the core never
// makes. The app registers the command and creates the QApplication when needsWidgets() says so; a
// build without it says render is not available (exit 2).
bool needsWidgets(const QStringList &arguments);
using CommandFunction = int (*)(const QStringList &arguments);
void setRenderCommand(CommandFunction run);
// Runs `pagesight <command> …` (arguments without the program name). Needs a QCoreApplication.
int run(const QStringList &arguments);

int runSync(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runQuery(const QStringList &arguments);
int runLabels(const QStringList &arguments);
int runPurge(const QStringList &arguments);
int runRetention(const QStringList &arguments);
// Opens an existing catalog read-only (report, query, render); a missing or foreign file is bad
// input, said on stderr. Done, or the exit code.
int openReadOnly(Catalog &catalog, const QString &path);
// Why a --catalog value that must name an existing catalog cannot: a malformed server URL, no
// file there, a server schema without a Pagesight catalog or with another's (exit 2), or a server
// that cannot be reached (exit 5). Done (0) when it may be opened, else the exit code, after the
// sentence went to stderr.
int checkExistingCatalog(const QString &path);
// Every command's usage, or one command's (`pagesight sync --help`).
QString usage();
QString usage(const QString &command);

} // namespace pagesight::cli
