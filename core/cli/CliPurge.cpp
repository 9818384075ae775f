// pagesight purge: removes one organization's rows (and bookmarks) from a table set.
#include "Arguments.h"
#include "Cli.h"
#include "CliOutput.h"
#include "analytics/Reports.h"
#include "source/SourceConfig.h"
#include "streams/Purge.h"
#include "sync/SyncLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

namespace pagesight::cli {

namespace {
int fail(const QString &message, int code) {
    QTextStream(stderr) << message << Qt::endl;
    return code;
}
} // namespace

int runPurge(const QStringList &arguments) {
    const Arguments args(
        arguments,
        {QStringLiteral("catalog"), QStringLiteral("org"), QStringLiteral("table-prefix"), QStringLiteral("format")},
        {});
    if (args.error().isError())
        return fail(describe(args.error()), BadInput);
    if (!args.positionals().isEmpty())
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.positionals().constFirst()}), BadInput);
    const QString path = args.value(QStringLiteral("catalog"));
    if (path.isEmpty())
        return fail(describe(InputError{InputError::Kind::MissingArgument, QStringLiteral("--catalog FILE")}),
                    BadInput);
    if (!args.has(QStringLiteral("org")))
        return fail(describe(InputError{InputError::Kind::MissingArgument, QStringLiteral("--org ID")}), BadInput);
    const auto id = parseOrganizationId(args.value(QStringLiteral("org")));
    if (!id)
        return fail(describe(InputError{InputError::Kind::OrganizationId, args.value(QStringLiteral("org"))}),
                    BadInput);
    const QString prefix = args.value(QStringLiteral("table-prefix"));
    if (const InputError error = Catalog::validateTablePrefix(prefix); error.isError())
        return fail(describe(error), BadInput);
    const auto format = parseFormat(args.value(QStringLiteral("format"), QStringLiteral("table")));
    if (!format)
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.value(QStringLiteral("format"))}),
                    BadInput);
    if (!QFileInfo(path).isFile()) // a purge never creates a catalog
        return fail(describe(CatalogError{CatalogError::Kind::Missing, {}, path}), BadInput);

    // Not while a sync writes: it could write the organization's rows back halfway.
    SyncLock lock(path);
    if (lock.tryAcquire(QDateTime::currentDateTimeUtc()) != SyncLock::Result::Acquired)
        return fail(QCoreApplication::translate("Cli", "A sync of %1 is running (process %2). Purge when it has ended.")
                        .arg(path)
                        .arg(lock.holder().pid),
                    BadInput);
    Catalog catalog(QStringLiteral("pagesight-cli-purge"));
    if (const CatalogError error = catalog.open(path); error.isError())
        return fail(describe(error), error.kind == CatalogError::Kind::Locked ? CatalogFailure : BadInput);
    const QString organizationUrn = QStringLiteral("urn:li:organization:%1").arg(*id);
    const PurgeResult purged = purgeOrganization(catalog, organizationUrn, streamTables(prefix));
    if (purged.error.isError())
        return fail(describe(purged.error), CatalogFailure);

    QueryResult table;
    table.columns = {QStringLiteral("table"), QStringLiteral("rows_removed")};
    for (const auto &[name, rows] : purged.removed)
        table.rows.append({name, rows});
    QTextStream(stdout) << cli::format(table, *format);
    QTextStream(stderr) << QCoreApplication::translate("Cli", "Removed %1 rows of %2.")
                               .arg(QLocale().toString(purged.total()), organizationUrn)
                        << Qt::endl;
    return Done;
}

} // namespace pagesight::cli
