#include "RenderCommand.h"

#include "app/Preferences.h"
#include "auth/TokenStore.h"
#include "catalog/Catalog.h"
#include "cli/Arguments.h"
#include "cli/Cli.h"
#include "cli/CliOutput.h"
#include "common/Clock.h"
#include "dashboard/DashboardsPage.h"
#include "source/SourceRepository.h"
#include "streams/StreamDef.h"

#include <QApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace pagesight {

namespace {

using cli::BadInput;
using cli::Done;
using cli::fail;

const QStringList dashboardNames = {QStringLiteral("follower-growth"), QStringLiteral("post-engagement"),
                                    QStringLiteral("visitor-demographics"), QStringLiteral("insights")};

int badInput(InputError::Kind kind, const QString &value) {
    return fail(describe(InputError{kind, value}), BadInput);
}

// A catalog filled by `pagesight sync --org …` has no source saved: one per organization in its
// tables then, every stream selected, so the dashboards have their choices.
QList<SourceConfig> sourcesOf(const QSqlDatabase &database, const TableNames &tables) {
    QList<SourceConfig> sources;
    for (const QString &urn : organizationsIn(database, tables)) {
        SourceConfig source;
        source.id = urn;
        source.organizationId = urn.section(u':', -1).toLongLong();
        source.description = urn.section(u':', -1);
        for (const QString &stream : streamIds())
            source.streams.append({stream, tables.table(stream)});
        sources.append(source);
    }
    return sources;
}

} // namespace

int runRenderCommand(const QStringList &arguments) {
    const cli::Arguments args(arguments,
                              {QStringLiteral("catalog"), QStringLiteral("out"), QStringLiteral("org"),
                               QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("lang"),
                               QStringLiteral("time-zone"), QStringLiteral("table-prefix")},
                              {QStringLiteral("include-dark")});
    if (args.error().isError())
        return fail(describe(args.error()), BadInput);
    const QString name = args.positionals().value(0);
    if (name.isEmpty())
        return badInput(InputError::Kind::MissingArgument, QStringLiteral("DASHBOARD"));
    const int dashboard = int(dashboardNames.indexOf(name));
    if (dashboard < 0)
        return badInput(InputError::Kind::UnknownDashboard, name);
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return badInput(InputError::Kind::MissingArgument, QStringLiteral("--out FILE"));
    if (!exportFormatOf(out))
        return badInput(InputError::Kind::OutputFile, out);
    QString organizationUrn;
    if (args.has(QStringLiteral("org"))) {
        const auto id = parseOrganizationId(args.value(QStringLiteral("org")));
        if (!id)
            return badInput(InputError::Kind::OrganizationId, args.value(QStringLiteral("org")));
        organizationUrn = QStringLiteral("urn:li:organization:%1").arg(*id);
    }
    const QString fromText = args.value(QStringLiteral("from")), toText = args.value(QStringLiteral("to"));
    const QDate from = QDate::fromString(fromText, Qt::ISODate), to = QDate::fromString(toText, Qt::ISODate);
    // Both or neither: half a period is no period.
    if ((args.has(QStringLiteral("from")) || args.has(QStringLiteral("to"))) &&
        (!from.isValid() || !to.isValid() || from > to))
        return badInput(InputError::Kind::DateRange, fromText + QStringLiteral(" … ") + toText);
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    if (args.has(QStringLiteral("time-zone"))) {
        const QByteArray id = args.value(QStringLiteral("time-zone")).toUtf8();
        if (id != "UTC" && !QTimeZone::isTimeZoneIdAvailable(id))
            return badInput(InputError::Kind::TimeZone, QString::fromUtf8(id));
        timeZone = timeZoneFromId(id);
    }
    const QString prefix = args.value(QStringLiteral("table-prefix"));
    if (const InputError e = Catalog::validateTablePrefix(prefix); e.isError())
        return fail(describe(e), BadInput);
    QTranslator translator;
    if (args.has(QStringLiteral("lang"))) {
        const QString language = args.value(QStringLiteral("lang"));
        if (language != QLatin1String("en") && !translator.load(QStringLiteral(":/i18n/pagesight_%1.qm").arg(language)))
            return badInput(InputError::Kind::Language, language);
        QLocale::setDefault(QLocale(language));
        QCoreApplication::installTranslator(&translator);
    }

    Catalog catalog(QStringLiteral("pagesight-cli-render"));
    if (const int code = cli::openReadOnly(catalog, args.value(QStringLiteral("catalog"))); code != Done)
        return code;
    MemoryTokenStore noSecrets; // the sources' settings only; render never signs in
    SourceRepository repository(&catalog, &noSecrets);
    const TableNames tables = TableNames::withPrefix(prefix);
    SystemClock clock;
    AppServices services;
    services.catalog = &catalog;
    services.catalogPath = args.value(QStringLiteral("catalog"));
    services.clock = &clock;
    services.sources = &repository;

    DashboardsPage page(services);
    if (repository.sources().isEmpty())
        page.useSources(sourcesOf(catalog.reader(), tables));
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.resize(1400, 860);
    page.setTimeZone(timeZone);
    page.setIncludeDark(args.has(QStringLiteral("include-dark")));
    if (!organizationUrn.isEmpty() && !page.selectOrganization(organizationUrn))
        return fail(QCoreApplication::translate("Cli", "The catalog holds no data of organization %1.")
                        .arg(organizationUrn.section(u':', -1)),
                    BadInput);
    if (args.has(QStringLiteral("table-prefix")) && !page.selectTableSet(tables))
        return fail(QCoreApplication::translate("Cli", "No source of the catalog writes the tables with prefix %1.")
                        .arg(prefix),
                    BadInput);
    if (from.isValid())
        page.setCustomRange(from, to);
    page.show();
    page.showDashboard(dashboard);
    QCoreApplication::processEvents(); // Qt Charts lays its scene out on posted events
    if (page.isEmptyStateShown(DashboardsPage::Dashboard(dashboard)))
        QTextStream(stderr) << page.emptyStateText(DashboardsPage::Dashboard(dashboard)) << Qt::endl;
    QStringList written;
    if (const QString error = page.exportDashboard(out, false, &written); !error.isEmpty())
        return fail(error, cli::CatalogFailure);
    QTextStream(stderr) << QCoreApplication::translate("Cli", "Wrote %1").arg(written.join(QStringLiteral(", ")))
                        << Qt::endl;
    return Done;
}

} // namespace pagesight
