// pagesight purge: removes one organization's rows (and bookmarks) from a table set, or the rows
// older than a number of days, or older than the catalog's retention setting.
#include "Arguments.h"
#include "Cli.h"
#include "CliChange.h"
#include "CliOutput.h"
#include "analytics/Reports.h"
#include "source/SourceConfig.h"
#include "streams/Retention.h"
#include "sync/SyncLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace pagesight::cli {

namespace {

// What to remove: every row of one organization, or rows older than some rules (of one
// organization, or all).
struct PurgeRequest {
    QString organizationUrn;
    QString prefix;
    std::optional<int> olderThanDays;
    bool retention = false;
    Format format = Format::Table;
};

PurgeResult purge(Catalog &catalog, const PurgeRequest &request) {
    if (!request.olderThanDays && !request.retention)
        return purgeOrganization(catalog, request.organizationUrn, streamTables(request.prefix));
    QList<RetentionRule> rules;
    if (request.retention)
        rules = retentionRules(catalog.reader());
    else
        for (const StreamTable &table : streamTables(request.prefix))
            rules.append({table.table, table.streamId, *request.olderThanDays});
    return purgeOlderThan(catalog, rules, QDateTime::currentDateTimeUtc().date(), request.organizationUrn);
}

QString summary(const PurgeRequest &request, qint64 total) {
    const QString rows = QLocale().toString(total);
    if (!request.olderThanDays && !request.retention)
        return QCoreApplication::translate("Cli", "Removed %1 rows of %2.").arg(rows, request.organizationUrn);
    QString text = request.retention
                       ? QCoreApplication::translate("Cli", "Removed %1 rows older than the catalog's retention "
                                                            "setting.")
                             .arg(rows)
                       : QCoreApplication::translate("Cli", "Removed %1 rows older than %2 days.")
                             .arg(rows, QLocale().toString(*request.olderThanDays));
    if (!request.organizationUrn.isEmpty())
        text += QLatin1Char(' ') +
                QCoreApplication::translate("Cli", "Only the rows of %1 were looked at.").arg(request.organizationUrn);
    return text;
}

} // namespace

int runPurge(const QStringList &arguments) {
    const Arguments args(arguments,
                         {QStringLiteral("catalog"), QStringLiteral("org"), QStringLiteral("table-prefix"),
                          QStringLiteral("format"), QStringLiteral("older-than")},
                         {QStringLiteral("retention")});
    if (args.error().isError())
        return fail(describe(args.error()), BadInput);
    if (!args.positionals().isEmpty())
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.positionals().constFirst()}), BadInput);
    const QString path = args.value(QStringLiteral("catalog"));
    if (path.isEmpty())
        return fail(describe(InputError{InputError::Kind::MissingArgument, QStringLiteral("--catalog FILE")}),
                    BadInput);
    PurgeRequest request;
    request.retention = args.has(QStringLiteral("retention"));
    if (args.has(QStringLiteral("older-than"))) {
        request.olderThanDays = parseRetentionDays(args.value(QStringLiteral("older-than")));
        if (!request.olderThanDays)
            return fail(describe(InputError{InputError::Kind::RetentionDays, args.value(QStringLiteral("older-than"))}),
                        BadInput);
    }
    const auto conflict = [](const char *options) {
        return fail(describe(InputError{InputError::Kind::ConflictingArguments, QString::fromLatin1(options)}),
                    BadInput);
    };
    if (request.retention && request.olderThanDays)
        return conflict("--older-than and --retention");
    if (request.retention && args.has(QStringLiteral("table-prefix"))) // the setting names its tables
        return conflict("--retention and --table-prefix");
    if (!args.has(QStringLiteral("org")) && !request.olderThanDays && !request.retention)
        return fail(describe(InputError{InputError::Kind::MissingArgument, QStringLiteral("--org ID")}), BadInput);
    if (args.has(QStringLiteral("org"))) {
        const auto id = parseOrganizationId(args.value(QStringLiteral("org")));
        if (!id)
            return fail(describe(InputError{InputError::Kind::OrganizationId, args.value(QStringLiteral("org"))}),
                        BadInput);
        request.organizationUrn = QStringLiteral("urn:li:organization:%1").arg(*id);
    }
    request.prefix = args.value(QStringLiteral("table-prefix"));
    if (const InputError error = Catalog::validateTablePrefix(request.prefix); error.isError())
        return fail(describe(error), BadInput);
    const auto format = parseFormat(args.value(QStringLiteral("format"), QStringLiteral("table")));
    if (!format)
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.value(QStringLiteral("format"))}),
                    BadInput);
    request.format = *format;

    const CatalogOpening opening = openCatalogForChange(path, QStringLiteral("pagesight-cli-purge"));
    if (opening.exitCode != Done)
        return opening.exitCode;
    if (request.retention && retentionRules(opening.catalog->reader()).isEmpty())
        return fail(QCoreApplication::translate("Cli", "%1 has no retention setting, so nothing was removed. Set one "
                                                       "with pagesight retention or in the app.")
                        .arg(path),
                    Done);
    const PurgeResult purged = purge(*opening.catalog, request);
    if (purged.error.isError())
        return fail(describe(purged.error), CatalogFailure);

    QueryResult table;
    table.columns = {QStringLiteral("table"), QStringLiteral("rows_removed")};
    for (const auto &[name, rows] : purged.removed)
        table.rows.append({name, rows});
    QTextStream(stdout) << cli::format(table, request.format);
    QTextStream(stderr) << summary(request, purged.total()) << Qt::endl;
    return Done;
}

} // namespace pagesight::cli
