#include "Cli.h"

#include "CliOutput.h"

#include "sandbox/SandboxCommand.h"
#include "streams/StreamDef.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pagesight::cli {

namespace {

CommandFunction renderCommand = nullptr;

int runRender(const QStringList &arguments) {
    if (!renderCommand)
        return fail(QCoreApplication::translate("Cli", "This build of Pagesight cannot render dashboards."), BadInput);
    return renderCommand(arguments);
}

int runSandbox(const QStringList &arguments) {
    return sandbox::runSandboxCommand(QStringList{QCoreApplication::applicationFilePath()} + arguments);
}

// The commands, in one table: dispatch, the usage text and each command's --help come from here.
// Adding a command is one row (and its runX function).
struct Command {
    const char *name;
    int (*run)(const QStringList &arguments);
    const char *usage; // marked for lupdate under "Cli"
};

const Command commands[] = {
    {"sync", runSync,
     QT_TRANSLATE_NOOP("Cli", R"(  pagesight sync --org ID --start YYYY-MM-DD --catalog FILE [--streams a,b,...]
                 [--full-table a,b,...] [--table-prefix P] [--api-base URL] [--api-version YYYYMM]
                 [--oauth-base URL] [--lookback-days N] [--no-wait] [--json]
  pagesight sync --source NAME [--catalog FILE] [--no-wait] [--json]   a source set up in the app
      --api-version pins the version; without it a sync follows LinkedIn's current version when
      LinkedIn retires one (HTTP 426). --no-wait: exit 2 at once if another sync of the catalog runs.
      Streams: %1)")},
    {"report", runReport,
     QT_TRANSLATE_NOOP("Cli",
                       R"(  pagesight report NAME --catalog FILE [--format csv|json|table] [--org ID] [--table-prefix P]
                   [--include-dark] [--raw-csv]
      Reports: post-engagement, follower-growth, visitor-demographics (and -function, -industry,
      -country, -region, -company-size). --include-dark: dark (sponsored) posts too. Without --org,
      a catalog of several organizations gets each one's report, an organization column first.)")},
    {"query", runQuery,
     QT_TRANSLATE_NOOP("Cli", R"(  pagesight query --catalog FILE "SELECT ..." [--format csv|json|table] [--raw-csv]
      One reading statement; rows are written as they are read.)")},
    {"labels", runLabels,
     QT_TRANSLATE_NOOP("Cli", R"(  pagesight labels --catalog FILE [--kind K] [--format csv|json|table] [--refresh]
                   [--api-base URL] [--api-version YYYYMM] [--table-prefix P]
      Names of the facet URNs; --refresh fetches them from LinkedIn. Kinds: seniority, function,
      industry, geo, staff_count_range)")},
    {"purge", runPurge,
     QT_TRANSLATE_NOOP("Cli", R"(  pagesight purge --catalog FILE --org ID [--table-prefix P] [--format csv|json|table]
  pagesight purge --catalog FILE --older-than DAYS [--org ID] [--table-prefix P] [--format ...]
  pagesight purge --catalog FILE --retention [--org ID] [--format ...]
      Removes every row of one organization from the stream tables of a table set, and its
      bookmarks; or the rows about days more than DAYS ago (the bookmarks stay); or the rows older
      than the catalog's retention setting. One transaction; prints the rows removed per table.)")},
    {"retention", runRetention,
     QT_TRANSLATE_NOOP("Cli", R"(  pagesight retention --catalog FILE [--days N|off [--table T | --table-prefix P]]
                      [--format csv|json|table]
      Shows the catalog's retention setting (days per stream table; off by default), or sets it
      for a table or a table set. Rows older than it are removed after each sync.)")},
    {"render", runRender,
     QT_TRANSLATE_NOOP("Cli", R"(  pagesight render DASHBOARD --catalog FILE --out FILE.png|.pdf|.csv [--org ID]
                   [--from YYYY-MM-DD --to YYYY-MM-DD] [--lang pt_BR] [--time-zone ZONE]
                   [--table-prefix P] [--include-dark]
      Draws a dashboard as the app shows it: a PNG, a one-page PDF with the organization, the
      period and the data's date, or its tables as CSV. Dashboards: follower-growth,
      post-engagement, visitor-demographics, insights. Without --from and --to, the last 30 days.
      Needs no display: without one it draws offscreen.)")},
    {"sandbox", runSandbox,
     QT_TRANSLATE_NOOP("Cli", R"(  pagesight sandbox [--port N] [--posts N] [--days N] [--latency-ms N] [--faults SPEC]
      A simulated LinkedIn API on the loopback; --help lists all its options.)")},
};

const Command *findCommand(const QString &name) {
    for (const Command &command : commands)
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

// A command's usage in the running language; %1 is the list of streams, from the registry.
QString commandUsage(const Command &command) {
    const QString text = QCoreApplication::translate("Cli", command.usage);
    return text.contains(QLatin1String("%1")) ? text.arg(streamIds().join(QStringLiteral(", "))) : text;
}

QString footer() {
    return QCoreApplication::translate("Cli", R"(
CSV output neutralises cells that start with =, +, -, @, a tab or CR (a quote is put first), so a
spreadsheet never runs them as formulas; --raw-csv writes them as they are, for pipelines.
The access token comes from LINKEDIN_ACCESS_TOKEN or, for --source, the keychain; never from an
argument. Progress goes to stderr. Exit codes: 0 done, 1 partial, 2 bad input (or another sync runs,
with --no-wait), 3 authorization, 4 API or network failure after retries, 5 catalog or disk failure.
)");
}

} // namespace

bool needsWidgets(const QStringList &arguments) {
    return arguments.value(0) == QLatin1String("render") && !arguments.contains(QLatin1String("--help")) &&
           !arguments.contains(QLatin1String("-h"));
}

void setRenderCommand(CommandFunction run) {
    renderCommand = run;
}

bool startsDesktopApp(const QStringList &arguments) {
    return arguments.isEmpty() || arguments.constFirst() == QLatin1String("--gui");
}

QString usage() {
    QString text = QCoreApplication::translate("Cli", "Usage:") + QLatin1Char('\n') +
                   QCoreApplication::translate("Cli", "  pagesight                     start the desktop app") +
                   QLatin1Char('\n');
    for (const Command &command : commands)
        text += commandUsage(command) + QLatin1Char('\n');
    return text + footer();
}

QString usage(const QString &name) {
    const Command *command = findCommand(name);
    if (!command)
        return usage();
    return QCoreApplication::translate("Cli", "Usage:") + QLatin1Char('\n') + commandUsage(*command) +
           QLatin1Char('\n') + footer();
}

int run(const QStringList &arguments) {
    const QString name = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    QTextStream out(stdout);
    if (name == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        out << usage();
        return Done;
    }
    const Command *command = findCommand(name);
    if (!command) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(name) << Qt::endl;
        QTextStream(stderr) << usage();
        return BadInput;
    }
    // The sandbox has options of its own and prints them with its own --help.
    if (command->run != runSandbox && (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h")))) {
        out << usage(name);
        return Done;
    }
    return command->run(rest);
}

} // namespace pagesight::cli
