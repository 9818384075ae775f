// pagesight labels: the names the catalog gives facet URNs, and --refresh to fetch them from
// LinkedIn's standardized-data endpoints.
#include "Arguments.h"
#include "Cli.h"
#include "CliOutput.h"
#include "analytics/LabelRefresher.h"
#include "analytics/Labels.h"
#include "api/TokenProvider.h"
#include "catalog/Catalog.h"
#include "common/AccessToken.h"
#include "source/SourceConfig.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace pagesight::cli {

namespace {

// The catalog's labels (bundled where it has none yet), optionally of one kind.
QueryResult labelRows(const QSqlDatabase &database, std::optional<LabelKind> kind) {
    QueryResult result;
    result.columns = {QStringLiteral("key"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("source"),
                      QStringLiteral("updated_at")};
    QList<StoredLabel> stored = storedLabels(database);
    QSet<QString> keys;
    for (const StoredLabel &label : stored)
        keys.insert(label.label.key);
    // A catalog opened read-only before the app installed the bundled tables: show them anyway.
    for (const Label &label : bundledLabels())
        if (!keys.contains(label.key))
            stored.append(StoredLabel{label, QStringLiteral("bundled"), {}});
    std::stable_sort(stored.begin(), stored.end(), [](const StoredLabel &a, const StoredLabel &b) {
        return a.label.kind != b.label.kind ? a.label.kind < b.label.kind : a.label.key < b.label.key;
    });
    for (const StoredLabel &label : stored) {
        if (kind && label.label.kind != *kind)
            continue;
        result.rows.append(
            {label.label.key, labelKindName(label.label.kind), label.label.name, label.source,
             label.updatedAt.isValid() ? QVariant(label.updatedAt.toString(Qt::ISODateWithMs)) : QVariant()});
    }
    return result;
}

int exitCodeOf(const LabelRefreshResult &result) {
    if (result.catalogError.isError())
        return BadInput;
    if (result.ok())
        return Done;
    for (const auto &[kind, error] : result.errors)
        if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden)
            return Authorization;
    return result.total() > 0 ? Partial : ApiFailure;
}

int refresh(Catalog &catalog, const Arguments &args, const TableNames &tables) {
    const QString token = qEnvironmentVariable("LINKEDIN_ACCESS_TOKEN").trimmed();
    if (token.isEmpty())
        return fail(describe(InputError{InputError::Kind::MissingToken, {}}), Authorization);
    if (!isUsableAccessToken(token)) // never echoed
        return fail(describe(InputError{InputError::Kind::InvalidToken, {}}), BadInput);
    LabelRefreshOptions options;
    options.tables = tables;
    if (args.has(QStringLiteral("api-base"))) {
        const QUrl base(args.value(QStringLiteral("api-base")), QUrl::StrictMode);
        if (const InputError error = checkBaseUrl(base, args.value(QStringLiteral("api-base"))); error.isError())
            return fail(describe(error), BadInput);
        options.client.apiBase = base;
    }
    if (args.has(QStringLiteral("api-version"))) {
        options.client.apiVersion = args.value(QStringLiteral("api-version"));
        if (!isValidApiVersion(options.client.apiVersion))
            return fail(describe(InputError{InputError::Kind::ApiVersion, options.client.apiVersion}), BadInput);
    }
    StaticTokenProvider tokens(token);
    QNetworkAccessManager network;
    const LabelRefreshResult result = QCoro::waitFor(refreshLabels(&network, &tokens, options, &catalog));

    QTextStream err(stderr);
    for (auto it = result.stored.cbegin(); it != result.stored.cend(); ++it)
        //: %1 label kind (seniority, function, industry, geo), %2 how many names were stored
        err << QCoreApplication::translate("Cli", "%1: %Ln name(s) from LinkedIn", nullptr, it.value())
                   .arg(labelKindName(it.key()))
            << Qt::endl;
    for (const auto &[kind, error] : result.errors)
        err << labelKindName(kind) << ": " << describe(error) << Qt::endl;
    if (result.catalogError.isError())
        err << describe(result.catalogError) << Qt::endl;
    return exitCodeOf(result);
}

} // namespace

int runLabels(const QStringList &arguments) {
    const Arguments args(arguments,
                         {QStringLiteral("catalog"), QStringLiteral("format"), QStringLiteral("kind"),
                          QStringLiteral("api-base"), QStringLiteral("api-version"), QStringLiteral("table-prefix")},
                         {QStringLiteral("refresh")});
    if (args.error().isError())
        return fail(describe(args.error()), BadInput);
    if (!args.positionals().isEmpty())
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.positionals().constFirst()}), BadInput);
    const auto format = parseFormat(args.value(QStringLiteral("format"), QStringLiteral("table")));
    if (!format)
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.value(QStringLiteral("format"))}),
                    BadInput);
    std::optional<LabelKind> kind;
    if (args.has(QStringLiteral("kind"))) {
        kind = labelKindFromName(args.value(QStringLiteral("kind")));
        if (!kind)
            return fail(describe(InputError{InputError::Kind::UnknownArgument, args.value(QStringLiteral("kind"))}),
                        BadInput);
    }
    const QString prefix = args.value(QStringLiteral("table-prefix"));
    if (const InputError e = Catalog::validateTablePrefix(prefix); e.isError())
        return fail(describe(e), BadInput);
    const QString path = args.value(QStringLiteral("catalog"));
    if (path.isEmpty())
        return fail(describe(InputError{InputError::Kind::MissingArgument, QStringLiteral("--catalog FILE")}),
                    BadInput);
    if (const int code = checkExistingCatalog(path); code != Done)
        return code;

    // Listing only reads; a refresh writes the names it fetched (and migrates an older catalog).
    const bool refreshing = args.has(QStringLiteral("refresh"));
    Catalog catalog(QStringLiteral("pagesight-cli-labels"));
    if (const CatalogError error = catalog.open(path, refreshing ? Catalog::Mode::ReadWrite : Catalog::Mode::ReadOnly);
        error.isError()) {
        const bool wrongFile = error.kind == CatalogError::Kind::NotADatabase ||
                               error.kind == CatalogError::Kind::ForeignFile ||
                               error.kind == CatalogError::Kind::NewerCatalog;
        return fail(describe(error), wrongFile ? BadInput : CatalogFailure);
    }
    int code = Done;
    if (refreshing) {
        if (const CatalogError error = installBundledLabels(catalog); error.isError())
            return fail(describe(error), CatalogFailure);
        code = refresh(catalog, args, TableNames::withPrefix(prefix));
        if (code == BadInput || code == Authorization)
            return code;
    }
    QTextStream(stdout) << cli::format(labelRows(catalog.reader(), kind), *format);
    return code;
}

} // namespace pagesight::cli
