#include "Cli.h"

#include "sandbox/SandboxCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pagesight::cli {

bool isCliCommand(const QString &argument) {
    static const QStringList commands = {
        QStringLiteral("sync"),   QStringLiteral("report"),  QStringLiteral("query"),
        QStringLiteral("labels"), QStringLiteral("sandbox"), QStringLiteral("--help"),
        QStringLiteral("-h"),     QStringLiteral("help"),    QStringLiteral("--version")};
    return commands.contains(argument);
}

QString usage() {
    return QCoreApplication::translate("Cli", R"(Usage:
  pagesight                                   start the desktop app
  pagesight sync --org ID --start YYYY-MM-DD --catalog FILE [--streams a,b,...]
                 [--full-table a,b,...] [--table-prefix P] [--api-base URL] [--api-version YYYYMM]
                 [--oauth-base URL] [--lookback-days N] [--json]
  pagesight sync --source NAME [--catalog FILE] [--json]     a source set up in the app
  pagesight report NAME --catalog FILE [--format csv|json|table] [--org ID] [--table-prefix P]
                   [--include-dark]                          dark (sponsored) posts too
  pagesight query --catalog FILE "SELECT ..." [--format csv|json|table]
  pagesight labels --catalog FILE [--kind K] [--format csv|json|table] [--refresh] [--api-base URL]
                   [--api-version YYYYMM] [--table-prefix P]   names of facet URNs; --refresh fetches them
  pagesight sandbox [--port N] [--posts N] [--days N] [--latency-ms N] [--faults SPEC]

Streams: follower_statistics, page_statistics, share_statistics, organization_posts, post_statistics
Label kinds: seniority, function, industry, geo, staff_count_range
Reports: post-engagement, follower-growth, visitor-demographics (and -function, -industry, -country,
         -region, -company-size)

The access token comes from LINKEDIN_ACCESS_TOKEN or, for --source, the keychain; never from an
argument. --api-version pins the version; without it a sync follows LinkedIn's current version
when LinkedIn retires one (HTTP 426). Progress goes to stderr. Exit codes: 0 done, 1 partial,
2 bad input, 3 authorization, 4 API or network failure after retries.
)");
}

int run(const QStringList &arguments) {
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    QTextStream out(stdout);
    if (command == QLatin1String("sync"))
        return runSync(rest);
    if (command == QLatin1String("report"))
        return runReport(rest);
    if (command == QLatin1String("query"))
        return runQuery(rest);
    if (command == QLatin1String("labels"))
        return runLabels(rest);
    if (command == QLatin1String("sandbox"))
        return sandbox::runSandboxCommand(QStringList{QCoreApplication::applicationFilePath()} + rest);
    if (command == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    out << usage();
    return command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
                   command == QLatin1String("help")
               ? Done
               : BadInput;
}

} // namespace pagesight::cli
