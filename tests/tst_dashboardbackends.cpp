// The dashboards and insights read the same on a team catalog (PostgreSQL) as on a SQLite file:
// the sandbox synced into both, a second organization and an older snapshot added to both, and
// every model, under every filter, holds the same cells, headers and figures on each. tst_dashboardmodels
// checks the SQLite numbers against the reports; this carries them over to the server.
#include "PostgresTestSupport.h"
#include "SyncTestSupport.h"

#include "analytics/CatalogInfo.h"
#include "analytics/DashboardDemographics.h"
#include "analytics/DashboardFollowerGrowth.h"
#include "analytics/DashboardPosts.h"
#include "analytics/DashboardTopPosts.h"
#include "analytics/InsightsDemographicHistory.h"
#include "analytics/InsightsPostingTime.h"
#include "analytics/Labels.h"
#include "analytics/PeriodComparison.h"
#include "streams/Retention.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace pagesight;
using namespace pagesight::testing;

namespace {

const QString otherOrg = QStringLiteral("urn:li:organization:999");

// Every header and cell of a model, in the roles the dashboards show.
QStringList dumpModel(const QAbstractItemModel &model) {
    QStringList lines;
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole, Qt::UserRole, Qt::UserRole + 1, Qt::UserRole + 2};
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('|')));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            for (const int role : roles) {
                const QVariant value = model.data(model.index(row, column), role);
                cells.append(value.isValid() ? value.toString() : QStringLiteral("<none>"));
            }
        lines.append(cells.join(QLatin1Char('|')));
    }
    return lines;
}

// A model's dump after reload, with the figures it keeps beside its rows; fails the test on an error.
using Dumper = std::function<QStringList(const QSqlDatabase &, const DashboardFilter &)>;

template<typename Model>
QStringList reloaded(Model &model, const QSqlDatabase &database, const DashboardFilter &filter) {
    model.reload(database, filter);
    if (!model.error().isEmpty())
        return {QStringLiteral("error: ") + model.error()};
    return dumpModel(model);
}

QString text(const std::optional<qint64> &value) {
    return value ? QString::number(*value) : QStringLiteral("<none>");
}

} // namespace

class TestDashboardBackends : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSchema> m_schema;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<EngineRig> m_lite;
    std::unique_ptr<EngineRig> m_team;
    QString m_org;

    // The same model on both catalogs under every filter: equal dumps, no error, and rows under
    // most filters (a query that failed on both, or read nothing, would compare equal).
    // emptyLines: how many lines an empty model dumps (its header, and any summary line).
    void compareAll(const Dumper &dump, int emptyLines = 1) {
        int withRows = 0;
        for (const DashboardFilter &filter : filters()) {
            const int lines = compare(dump, filter);
            if (QTest::currentTestFailed())
                return;
            withRows += lines > emptyLines;
        }
        QVERIFY2(withRows >= 3, qPrintable(QString::number(withRows)));
    }

    int compare(const Dumper &dump, const DashboardFilter &filter) {
        const QStringList lite = dump(m_lite->catalog.reader(), filter);
        const QStringList team = dump(m_team->catalog.reader(), filter);
        [&] {
            QVERIFY2(!lite.isEmpty() && !lite.constFirst().startsWith(QLatin1String("error")),
                     qPrintable(lite.value(0)));
            compareDumps(lite, team);
        }();
        return int(lite.size());
    }

    static void compareDumps(const QStringList &lite, const QStringList &team) {
        if (team != lite) {
            for (qsizetype i = 0; i < qMin(lite.size(), team.size()); ++i)
                if (team.at(i) != lite.at(i))
                    qWarning().noquote() << "line" << i << "\nSQLite:     " << lite.at(i)
                                         << "\nPostgreSQL: " << team.at(i);
            QCOMPARE(team.size(), lite.size());
            QFAIL("the dashboard differs between SQLite and PostgreSQL");
        }
    }

    QList<DashboardFilter> filters() const {
        DashboardFilter all;
        DashboardFilter org;
        org.organizationUrn = m_org;
        DashboardFilter range = org; // with a previous period the catalog covers
        range.from = sandboxToday.addDays(-89);
        range.to = sandboxToday;
        DashboardFilter tokyo = all;
        tokyo.from = sandboxToday.addDays(-179);
        tokyo.to = sandboxToday.addDays(-30);
        tokyo.timeZone = QTimeZone("Asia/Tokyo");
        DashboardFilter dark = range;
        dark.includeDark = true;
        DashboardFilter other;
        other.organizationUrn = otherOrg;
        return {all, org, range, tokyo, dark, other};
    }

private slots:
    void initTestCase() {
        PAGESIGHT_NEED_POSTGRES();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_schema = std::make_unique<TestSchema>();
        m_server = std::make_unique<sandbox::SandboxServer>(generatorOptions(150, 400));
        QVERIFY(m_server->listen());
        m_tokens = std::make_unique<StaticTokenProvider>(m_server->options().accessToken);
        m_lite = std::make_unique<EngineRig>(m_dir.filePath(QStringLiteral("lite.sqlite")), m_tokens.get(),
                                             m_server->apiBaseUrl());
        m_team = std::make_unique<EngineRig>(m_schema->url(), m_tokens.get(), m_server->apiBaseUrl());
        QVERIFY2(!m_team->openError.isError(), qPrintable(m_team->openError.detail));
        const SourceConfig source = sourceFor(*m_server, sandboxToday.addDays(-400));
        m_org = source.organizationUrn();
        // The same rows in both: a second organization, an older snapshot whose shares are known.
        QStringList statements = secondOrganizationRows(m_org, otherOrg);
        // Ties the reports break by text, and a post without a date: a server sorts text by its
        // collation (en-US puts "aa" before "Ab") and NULL first in a descending order, where
        // SQLite sorts bytes and puts NULL last.
        statements << QStringLiteral("INSERT INTO organization_posts (id, author, published_at, commentary, "
                                     "_synced_at, _run_id) VALUES ('urn:li:share:Ab', '%1', 1760000000000, 'Tie B', "
                                     "'x', 1), ('urn:li:share:aa', '%1', 1760000000000, 'Tie a', 'x', 1), "
                                     "('urn:li:share:undated', '%1', NULL, 'No date', 'x', 1)")
                          .arg(m_org);
        for (EngineRig *rig : {m_lite.get(), m_team.get()}) {
            QCOMPARE(rig->run(source).status, RunStatus::Succeeded);
            QVERIFY(!installBundledLabels(rig->catalog).isError());
            QSqlQuery query(rig->catalog.reader());
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QCOMPARE(m_team->catalog.backend(), SqlBackend::Postgres);
    }

    void followerGrowth() {
        compareAll(
            [](const QSqlDatabase &db, const DashboardFilter &f) {
                FollowerGrowthModel model;
                QStringList lines = reloaded(model, db, f);
                lines << QStringLiteral("total %1 on %2, gained %3, before %4")
                             .arg(model.totalFollowers())
                             .arg(model.snapshotDate().toString(Qt::ISODate))
                             .arg(model.totalGained())
                             .arg(text(model.previousGained()));
                return lines;
            },
            2);
    }

    void postsAndContentTypes() {
        compareAll([](const QSqlDatabase &db, const DashboardFilter &f) {
            PostEngagementModel model;
            return reloaded(model, db, f);
        });
        compareAll([](const QSqlDatabase &db, const DashboardFilter &f) {
            ContentTypeModel model;
            return reloaded(model, db, f);
        });
        compareAll([](const QSqlDatabase &db, const DashboardFilter &f) {
            TopPostsModel model;
            return reloaded(model, db, f);
        });
    }

    void previousPeriod() {
        compareAll(
            [](const QSqlDatabase &db, const DashboardFilter &f) {
                QString error;
                const std::optional<PostTotals> totals = previousPostTotals(db, f, &error);
                if (!error.isEmpty())
                    return QStringList{QStringLiteral("error: ") + error};
                if (!totals)
                    return QStringList{QStringLiteral("no previous period")};
                return QStringList{QStringLiteral("previous"),
                                   QStringLiteral("%1 posts, %2 impressions, %3 engagements")
                                       .arg(totals->posts)
                                       .arg(totals->impressions)
                                       .arg(totals->engagements)};
            },
            1);
    }

    void demographics() {
        for (const DemographicFacetInfo &facet : demographicFacets())
            compareAll(
                [&facet](const QSqlDatabase &db, const DashboardFilter &f) {
                    DemographicsModel model(facet.facet);
                    QStringList lines = reloaded(model, db, f);
                    lines << QStringLiteral("%1 views, %2 followers, on %3")
                                 .arg(model.totalViews())
                                 .arg(model.totalFollowers())
                                 .arg(model.snapshotDate().toString(Qt::ISODate));
                    return lines;
                },
                2);
    }

    void demographicHistory() {
        for (const auto audience :
             {DemographicHistoryModel::Audience::Visitors, DemographicHistoryModel::Audience::Followers})
            for (const DemographicFacetInfo &facet : demographicFacets())
                compareAll([&](const QSqlDatabase &db, const DashboardFilter &f) {
                    DemographicHistoryModel model(facet.facet, audience);
                    return reloaded(model, db, f);
                });
    }

    void postingTimes() {
        for (const auto grouping : {PostingTimeModel::Grouping::Weekday, PostingTimeModel::Grouping::Hour})
            compareAll(
                [grouping](const QSqlDatabase &db, const DashboardFilter &f) {
                    PostingTimeModel model(grouping);
                    QStringList lines = reloaded(model, db, f);
                    lines << QStringLiteral("best %1 in %2").arg(model.bestRow()).arg(model.timeZoneName());
                    return lines;
                },
                2);
    }

    // Every report, row for row, for every organization and for each one.
    void reports() {
        for (const ReportDef &report : reportDefinitions())
            for (const QString &org : {QString(), m_org, otherOrg}) {
                const auto rows = [&](const QSqlDatabase &db) {
                    const QueryResult result = runReport(db, report.name, {}, org);
                    QStringList lines{result.error, result.columns.join(QLatin1Char('|'))};
                    for (const QList<QVariant> &row : result.rows) {
                        QStringList cells;
                        for (const QVariant &cell : row)
                            cells << (cell.isNull() ? QStringLiteral("<null>") : cell.toString());
                        lines << cells.join(QLatin1Char('|'));
                    }
                    return lines;
                };
                const QStringList lite = rows(m_lite->catalog.reader());
                QVERIFY2(lite.constFirst().isEmpty(), qPrintable(lite.constFirst()));
                if (org != otherOrg) // which has no page statistics: its demographics are empty
                    QVERIFY2(lite.size() > 2, qPrintable(report.name)); // rows compared, not only headers
                compareDumps(lite, rows(m_team->catalog.reader()));
                if (QTest::currentTestFailed())
                    return;
            }
    }

    // The catalog browser's listing and columns, and the labels' keys.
    void catalogListing() {
        const auto tables = [](const QSqlDatabase &db) {
            QStringList lines;
            for (const TableInfo &table : catalogTables(db)) {
                if (table.bookkeeping)
                    continue; // their columns differ (PostgreSQL numbers runs without a rowid)
                lines << QStringLiteral("%1 %2 rows").arg(table.name).arg(table.rows);
                for (const ColumnInfo &column : tableColumns(db, table.name))
                    lines << QStringLiteral("  %1 key %2 %3")
                                 .arg(column.name)
                                 .arg(column.primaryKey)
                                 .arg(column.notNull ? QStringLiteral("not null") : QString());
            }
            return lines;
        };
        const QStringList lite = tables(m_lite->catalog.reader());
        QVERIFY(lite.size() > 5 * 3);
        QCOMPARE(tables(m_team->catalog.reader()), lite);
        const QStringList keys = catalogFacetKeys(m_lite->catalog.reader(), {}, std::nullopt);
        QVERIFY(keys.contains(QStringLiteral("urn:li:seniority:5")));
        QCOMPARE(catalogFacetKeys(m_team->catalog.reader(), {}, std::nullopt), keys);
        QCOMPARE(catalogFacetKeys(m_team->catalog.reader(), {}, LabelKind::Seniority),
                 catalogFacetKeys(m_lite->catalog.reader(), {}, LabelKind::Seniority));
    }

    // A role that may only read (USAGE on the schema, SELECT on its tables) opens the catalog as
    // the app does (read-write first, nothing to migrate), sees the same dashboards, and changes
    // nothing.
    void readOnlyRole() {
        {
            QSqlQuery grant(m_team->catalog.reader());
            for (const char *sql : {"GRANT USAGE ON SCHEMA \"%1\" TO pagesight_reader",
                                    "GRANT SELECT ON ALL TABLES IN SCHEMA \"%1\" TO pagesight_reader"})
                QVERIFY2(grant.exec(QString::fromLatin1(sql).arg(m_schema->name())),
                         qPrintable(grant.lastError().text()));
        }
        const QString reader =
            m_schema->url().replace(QLatin1String("//pagesight@"), QLatin1String("//pagesight_reader@"));
        Catalog asApp(QStringLiteral("reader-app"));
        const CatalogError opened = asApp.open(reader);
        QVERIFY2(!opened.isError(), qPrintable(describe(opened)));
        asApp.close();
        Catalog catalog(QStringLiteral("reader"));
        QVERIFY(!catalog.open(reader, Catalog::Mode::ReadOnly).isError());
        for (const DashboardFilter &filter : filters()) {
            FollowerGrowthModel lite;
            FollowerGrowthModel team;
            QCOMPARE(reloaded(team, catalog.reader(), filter), reloaded(lite, m_lite->catalog.reader(), filter));
            PostEngagementModel litePosts;
            PostEngagementModel teamPosts;
            QCOMPARE(reloaded(teamPosts, catalog.reader(), filter),
                     reloaded(litePosts, m_lite->catalog.reader(), filter));
        }
        Catalog writer(QStringLiteral("reader-writes"));
        QVERIFY(!writer.open(reader).isError());
        const qint64 posts = count(writer.reader(), QStringLiteral("SELECT count(*) FROM organization_posts"));
        QVERIFY(posts > 0);
        QSqlQuery remove(writer.reader());
        QVERIFY(!remove.exec(QStringLiteral("DELETE FROM organization_posts")));
        const CatalogError refused = saveRetentionRules(
            writer, {RetentionRule{QStringLiteral("organization_posts"), QStringLiteral("organization_posts"), 30}});
        QVERIFY(refused.isError()); // said, and nothing kept
        QVERIFY(retentionRules(m_team->catalog.reader()).isEmpty());
        QCOMPARE(count(m_team->catalog.reader(), QStringLiteral("SELECT count(*) FROM organization_posts")), posts);
    }

    void cleanupTestCase() {
        m_team.reset();
        m_schema.reset();
    }
};

QTEST_GUILESS_MAIN(TestDashboardBackends)
#include "tst_dashboardbackends.moc"
