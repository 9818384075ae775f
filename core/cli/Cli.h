#pragma once

#include <QStringList>

class QTextStream;

namespace pagesight::cli {

// Exit codes of connector-spec §5.
enum ExitCode { Done = 0, Partial = 1, BadInput = 2, Authorization = 3, ApiFailure = 4 };

bool isCliCommand(const QString &argument);
// Runs `pagesight <command> …` (arguments without the program name). Needs a QCoreApplication.
int run(const QStringList &arguments);

int runSync(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runQuery(const QStringList &arguments);
int runLabels(const QStringList &arguments);
QString usage();

} // namespace pagesight::cli
