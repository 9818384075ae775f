// pagesight retention: shows or sets the catalog's retention setting (days per stream table).
#include "Arguments.h"
#include "Cli.h"
#include "CliChange.h"
#include "CliOutput.h"
#include "analytics/Reports.h"
#include "catalog/SourceStore.h"
#include "source/SourceConfig.h"
#include "streams/Retention.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

namespace pagesight::cli {

namespace {

// The stream writing a table: as a saved source says, else as its name says; empty if neither.
QString streamOf(Catalog &catalog, const QString &table) {
    for (const SourceRecord &record : SourceStore(catalog).sources())
        if (const auto source = SourceConfig::fromJson(QJsonDocument::fromJson(record.configJson.toUtf8()).object()))
            for (const StreamSelection &selection : source->streams)
                if (selection.tableName == table)
                    return selection.streamId;
    return streamOfTableName(table);
}

QueryResult setting(const QSqlDatabase &db) {
    QueryResult table;
    table.columns = {QStringLiteral("table"), QStringLiteral("stream"), QStringLiteral("days"),
                     QStringLiteral("rows_older")};
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const RetentionRule &rule : retentionRules(db))
        table.rows.append({rule.table, rule.streamId, rule.days, rowsOlderThan(db, rule, today)});
    return table;
}

} // namespace

int runRetention(const QStringList &arguments) {
    const Arguments args(arguments,
                         {QStringLiteral("catalog"), QStringLiteral("days"), QStringLiteral("table"),
                          QStringLiteral("table-prefix"), QStringLiteral("format")},
                         {});
    if (args.error().isError())
        return fail(describe(args.error()), BadInput);
    if (!args.positionals().isEmpty())
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.positionals().constFirst()}), BadInput);
    const QString path = args.value(QStringLiteral("catalog"));
    if (path.isEmpty())
        return fail(describe(InputError{InputError::Kind::MissingArgument, QStringLiteral("--catalog FILE")}),
                    BadInput);
    const bool setting_ = args.has(QStringLiteral("days"));
    const QString daysText = args.value(QStringLiteral("days"));
    const bool off = daysText == QLatin1String("off");
    const std::optional<int> days = parseRetentionDays(daysText);
    if (setting_ && !off && !days)
        return fail(describe(InputError{InputError::Kind::RetentionDays, daysText}), BadInput);
    if (!setting_ && (args.has(QStringLiteral("table")) || args.has(QStringLiteral("table-prefix"))))
        return fail(describe(InputError{InputError::Kind::MissingArgument, QStringLiteral("--days N|off")}), BadInput);
    if (args.has(QStringLiteral("table")) && args.has(QStringLiteral("table-prefix")))
        return fail(
            describe(InputError{InputError::Kind::ConflictingArguments, QStringLiteral("--table and --table-prefix")}),
            BadInput);
    const QString prefix = args.value(QStringLiteral("table-prefix"));
    if (const InputError error = Catalog::validateTablePrefix(prefix); error.isError())
        return fail(describe(error), BadInput);
    const QString named = args.value(QStringLiteral("table"));
    if (args.has(QStringLiteral("table")))
        if (const InputError error = Catalog::validateTableName(named); error.isError())
            return fail(describe(error), BadInput);
    const auto format = parseFormat(args.value(QStringLiteral("format"), QStringLiteral("table")));
    if (!format)
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.value(QStringLiteral("format"))}),
                    BadInput);

    const CatalogOpening opening = openCatalogForChange(path, QStringLiteral("pagesight-cli-retention"));
    if (opening.exitCode != Done)
        return opening.exitCode;
    Catalog &catalog = *opening.catalog;
    if (setting_) {
        QList<StreamTable> tables = streamTables(prefix);
        if (args.has(QStringLiteral("table"))) {
            const QString stream = streamOf(catalog, named);
            if (stream.isEmpty())
                return fail(describe(InputError{InputError::Kind::StreamTable, named}), BadInput);
            tables = {streamTable(stream, named)};
        }
        QList<RetentionRule> rules = retentionRules(catalog.reader());
        for (const StreamTable &table : std::as_const(tables)) {
            rules.removeIf([&](const RetentionRule &rule) { return rule.table == table.table; });
            if (!off)
                rules.append({table.table, table.streamId, *days});
        }
        if (const CatalogError error = saveRetentionRules(catalog, rules); error.isError())
            return fail(describe(error), CatalogFailure);
    }
    const QueryResult rules = setting(catalog.reader());
    QTextStream(stdout) << cli::format(rules, *format);
    if (rules.rows.isEmpty())
        QTextStream(stderr) << QCoreApplication::translate("Cli", "Retention is off: every row is kept.") << Qt::endl;
    else
        QTextStream(stderr) << QCoreApplication::translate("Cli", "Rows older than these periods are removed after "
                                                                  "each sync, and by pagesight purge --retention.")
                            << Qt::endl;
    return Done;
}

} // namespace pagesight::cli
