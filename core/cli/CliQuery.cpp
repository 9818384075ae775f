// pagesight report / pagesight query: read-only access to a catalog.
#include "Arguments.h"
#include "Cli.h"
#include "CliOutput.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogLocation.h"
#include "source/SourceConfig.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

namespace pagesight::cli {

namespace {

int print(const QueryResult &result, Format format, bool neutralise) {
    if (!result.ok())
        return fail(result.error, BadInput);
    QTextStream out(stdout);
    out << cli::format(result, format, neutralise);
    return Done;
}

} // namespace

int openReadOnly(Catalog &catalog, const QString &path) {
    if (path.isEmpty())
        return fail(describe(InputError{InputError::Kind::MissingArgument, QStringLiteral("--catalog FILE")}),
                    BadInput);
    if (const int code = checkExistingCatalog(path); code != Done)
        return code;
    if (const CatalogError error = catalog.open(path, Catalog::Mode::ReadOnly); error.isError())
        return fail(describe(error), BadInput);
    return Done;
}

int checkExistingCatalog(const QString &path) {
    if (isServerCatalog(path)) {
        InputError error;
        if (!parseServerCatalog(path, &error))
            return fail(describe(error), BadInput);
    }
    // A schema of a server as a file: there already, never made by a command that only reads or
    // removes.
    if (const CatalogError error = Catalog::checkExists(path); error.isError()) {
        using K = CatalogError::Kind;
        const bool wrongPlace =
            error.kind == K::Missing || error.kind == K::ForeignFile || error.kind == K::NewerCatalog;
        return fail(describe(error), wrongPlace ? BadInput : CatalogFailure);
    }
    return Done;
}

int runReport(const QStringList &arguments) {
    const Arguments args(
        arguments,
        {QStringLiteral("catalog"), QStringLiteral("format"), QStringLiteral("org"), QStringLiteral("table-prefix")},
        {QStringLiteral("include-dark"), QStringLiteral("raw-csv")});
    if (args.error().isError())
        return fail(describe(args.error()), BadInput);
    const QString name = args.positionals().value(0);
    if (name.isEmpty())
        return fail(describe(InputError{InputError::Kind::MissingArgument,
                                        QCoreApplication::translate("Cli", "the report name")}),
                    BadInput);
    if (!findReport(name))
        return fail(describe(InputError{InputError::Kind::UnknownReport, name}), BadInput);
    const auto format = parseFormat(args.value(QStringLiteral("format"), QStringLiteral("table")));
    if (!format)
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.value(QStringLiteral("format"))}),
                    BadInput);
    QString organizationUrn;
    if (args.has(QStringLiteral("org"))) {
        const auto id = parseOrganizationId(args.value(QStringLiteral("org")));
        if (!id)
            return fail(describe(InputError{InputError::Kind::OrganizationId, args.value(QStringLiteral("org"))}),
                        BadInput);
        organizationUrn = QStringLiteral("urn:li:organization:%1").arg(*id);
    }
    const QString prefix = args.value(QStringLiteral("table-prefix"));
    if (const InputError e = Catalog::validateTablePrefix(prefix); e.isError())
        return fail(describe(e), BadInput);

    Catalog catalog(QStringLiteral("pagesight-cli-report"));
    if (const int code = openReadOnly(catalog, args.value(QStringLiteral("catalog"))); code != Done)
        return code;
    const TableNames tables = TableNames::withPrefix(prefix);
    const bool includeDark = args.has(QStringLiteral("include-dark"));
    // Several organizations and no --org: each one's report, never their rows summed together.
    if (organizationUrn.isEmpty() && organizationsIn(catalog.reader(), tables).size() > 1)
        return print(runReportPerOrganization(catalog.reader(), name, tables, includeDark), *format,
                     !args.has(QStringLiteral("raw-csv")));
    return print(pagesight::runReport(catalog.reader(), name, tables, organizationUrn, includeDark), *format,
                 !args.has(QStringLiteral("raw-csv")));
}

int runQuery(const QStringList &arguments) {
    const Arguments args(arguments, {QStringLiteral("catalog"), QStringLiteral("format")}, {QStringLiteral("raw-csv")});
    if (args.error().isError())
        return fail(describe(args.error()), BadInput);
    if (args.positionals().size() != 1)
        return fail(describe(InputError{InputError::Kind::MissingArgument,
                                        QCoreApplication::translate("Cli", "one SQL query")}),
                    BadInput);
    const auto format = parseFormat(args.value(QStringLiteral("format"), QStringLiteral("table")));
    if (!format)
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.value(QStringLiteral("format"))}),
                    BadInput);
    Catalog catalog(QStringLiteral("pagesight-cli-query"));
    if (const int code = openReadOnly(catalog, args.value(QStringLiteral("catalog"))); code != Done)
        return code;
    // Rows are written as they are read: a query of millions of rows runs in constant memory.
    const ReadOnlyTransaction transaction(catalog.reader());
    if (!transaction.error().isEmpty())
        return fail(transaction.error(), CatalogFailure);
    QSqlQuery query(catalog.reader());
    if (const QString error = execReadOnlyQuery(query, args.positionals().constFirst()); !error.isEmpty())
        return fail(error, BadInput);
    QStringList columns;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    QTextStream out(stdout);
    RowPrinter printer(out, *format, columns, !args.has(QStringLiteral("raw-csv")));
    QList<QVariant> values(record.count());
    while (query.next()) {
        for (int i = 0; i < record.count(); ++i)
            values[i] = query.value(i);
        printer.row(values);
    }
    printer.finish();
    // A step that failed after the first rows (an overflow, a busy or damaged file) ends the loop
    // like the last row does: the output is then incomplete, and the exit code must say so.
    if (query.lastError().isValid())
        return fail(QCoreApplication::translate("Cli", "The query stopped before its last row: %1")
                        .arg(query.lastError().text()),
                    CatalogFailure);
    if (out.status() != QTextStream::Ok)
        return fail(QCoreApplication::translate("Cli", "The rows could not all be written to the output."),
                    CatalogFailure);
    return Done;
}

} // namespace pagesight::cli
