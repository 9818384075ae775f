// The sync against LinkedIn as it really answers, end to end through the real parts (the sandbox on
// loopback, LinkedInClient, SyncEngine, a real SQLite file): short posts pages, sunset versions,
// refused time ranges, dark posts, per-post statistics in the other URN form, stray daily rows,
// page statistics without unique views, demographics without paid followers, and 429s that do not
// clear. Each case failed before Pagesight learnt it (docs/linkedin-behaviour.md).
#include "SyncTestSupport.h"

#include "analytics/DashboardDemographics.h"
#include "analytics/Reports.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

class TestSyncFidelity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    const QDate m_start = sandboxToday.addDays(-300);

    QString newCatalogPath() { return m_dir.filePath(QStringLiteral("catalog-%1.sqlite").arg(++m_counter)); }
    static qint64 dayMs(const QDate &day) { return day.startOfDay(Qt::UTC).toMSecsSinceEpoch(); }
    QList<sandbox::SandboxPost> postsSinceStart(const sandbox::SandboxData &data) const {
        QList<sandbox::SandboxPost> posts;
        for (const sandbox::SandboxPost &post : data.posts())
            if (post.publishedAt >= dayMs(m_start))
                posts.append(post);
        return posts;
    }
    static QString bookmark(Catalog &catalog, const char *stream) {
        return catalog
            .bookmark(QStringLiteral("urn:li:organization:12345678"), QLatin1String(stream), QLatin1String(stream))
            .value_or(QString());
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void shortPostsPagesLoseNothing() {
        sandbox::SandboxServer server(generatorOptions(400));
        server.options().shortPostsPages = true;
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const RunReport report = rig.run(sourceFor(server, m_start));
        QCOMPARE(report.status, RunStatus::Succeeded);
        const QList<sandbox::SandboxPost> expected = postsSinceStart(server.data());
        QCOMPARE(count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM organization_posts")),
                 expected.size());
        for (const sandbox::SandboxPost &post : expected) {
            QSqlQuery query(rig.catalog.reader());
            query.prepare(QStringLiteral("SELECT count(*) FROM organization_posts WHERE id = ?"));
            query.addBindValue(post.urn);
            QVERIFY(query.exec() && query.next());
            QVERIFY2(query.value(0).toInt() == 1, qPrintable(post.urn));
        }
        // Paging goes by what arrived and LinkedIn's next links: never sortBy, never start += count.
        for (const sandbox::RecordedRequest &request : server.requests()) {
            if (!request.path.endsWith(QLatin1String("/posts")))
                continue;
            QVERIFY2(!request.query.contains(QLatin1String("sortBy")), qPrintable(request.query));
            QCOMPARE(request.status, 200);
        }
        // A second, incremental run still finds nothing missing.
        const auto before = dumpTables(rig.catalog.reader());
        rig.clock.setNow(rig.clock.nowUtc().addSecs(600));
        QCOMPARE(rig.run(sourceFor(server, m_start)).status, RunStatus::Succeeded);
        QCOMPARE(dumpTables(rig.catalog.reader()), before);
    }

    void sunsetVersionIsFollowedAndReported() {
        sandbox::SandboxServer server(generatorOptions(40));
        server.options().sunsetVersions = {QStringLiteral("202511"), QStringLiteral("202611")};
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        ClientOptions options = rig.client->options();
        options.apiVersion = QStringLiteral("202511");
        rig.client = std::make_unique<LinkedInClient>(&rig.network, &tokens, options);
        rig.engine = std::make_unique<SyncEngine>(&rig.catalog, rig.client.get(), &rig.clock);
        SourceConfig source = sourceFor(server, m_start);
        source.apiVersion = QStringLiteral("202511");
        const RunReport report = rig.run(source);
        QCOMPARE(report.status, RunStatus::Succeeded);
        QCOMPARE(report.apiVersion, QStringLiteral("202610")); // 202611 is gone too: the next month back
        QCOMPARE(report.apiVersionReplaced, QStringLiteral("202511"));
        QVERIFY2(report.message.contains(QLatin1String("202511")) && report.message.contains(QLatin1String("202610")),
                 qPrintable(report.message));
        QCOMPARE(report.toJson().value(QLatin1String("api_version")).toString(), QStringLiteral("202610"));
        QCOMPARE(RunHistory(rig.catalog).runs().first().message, report.message); // the history says so too
        // One search for the whole run, however many requests were refused at once.
        int searched = 0;
        for (const sandbox::RecordedRequest &request : server.requests())
            searched += request.apiVersion == QLatin1String("202611") ? 1 : 0;
        QCOMPARE(searched, 1);
    }

    void refusedDarkListingKeepsTheOrganicPosts() {
        sandbox::SandboxServer server(generatorOptions(150));
        int organic = 0;
        for (const sandbox::SandboxPost &post : server.data().posts())
            organic += post.dark ? 0 : 1;
        const int organicPages = (organic + 99) / 100;
        // LinkedIn lists the organic posts, then refuses the dark listing (an app without access to
        // sponsored content).
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("403*0+%1@/rest/posts").arg(organicPages)));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const RunReport report = rig.run(sourceFor(server, m_start));
        QCOMPARE(report.status, RunStatus::Partial);
        QVERIFY(!report.needsReauthorization); // signing in again would not help
        for (const RunStreamStats &stream : report.streams)
            QCOMPARE(stream.status, stream.streamId == QLatin1String("organization_posts") ? RunStatus::Partial
                                                                                           : RunStatus::Succeeded);
        int expected = 0;
        for (const sandbox::SandboxPost &post : postsSinceStart(server.data()))
            expected += post.dark ? 0 : 1;
        QCOMPARE(count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM organization_posts")), expected);
        QVERIFY(count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM post_statistics")) > 0);
    }

    void refusedTimeRangeKeepsTheSnapshot() {
        sandbox::SandboxServer server(generatorOptions(20));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const SourceConfig source = sourceFor(server, m_start);
        QCOMPARE(rig.run(source).status, RunStatus::Succeeded);
        const QString followerMark = bookmark(rig.catalog, "follower_statistics");
        const qint64 dayRows = count(
            rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM follower_statistics WHERE report_type='DAY'"));

        // The next day LinkedIn refuses every time range.
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("badrange*0")));
        server.clearRequests();
        rig.clock.setNow(rig.clock.nowUtc().addDays(1));
        const RunReport report = rig.run(source);
        QCOMPARE(report.status, RunStatus::Partial);
        QCOMPARE(report.exitCode(), 1);
        for (const RunStreamStats &stream : report.streams) {
            const bool daily = stream.streamId.endsWith(QLatin1String("_statistics")) &&
                               stream.streamId != QLatin1String("post_statistics");
            QCOMPARE(stream.status, daily ? RunStatus::Partial : RunStatus::Succeeded);
            if (daily)
                QVERIFY2(stream.message.contains(QLatin1String("must be less than 14 months apart")),
                         qPrintable(stream.message));
        }
        // The snapshots of the new day are stored, with the follower total; the bookmark stays.
        const QString newDay = rig.clock.todayUtc().toString(Qt::ISODate);
        for (const char *table : {"follower_statistics", "page_statistics", "share_statistics"})
            QCOMPARE(count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM %1 WHERE report_type = "
                                                                "'LIFETIME' AND date = '%2'")
                                                     .arg(QLatin1String(table), newDay)),
                     1);
        QCOMPARE(count(rig.catalog.reader(), QStringLiteral("SELECT total_followers FROM follower_statistics "
                                                            "WHERE report_type = 'LIFETIME' AND date = '%1'")
                                                 .arg(newDay)),
                 server.data().networkSize());
        QCOMPARE(bookmark(rig.catalog, "follower_statistics"), followerMark);
        QCOMPARE(count(rig.catalog.reader(),
                       QStringLiteral("SELECT count(*) FROM follower_statistics WHERE report_type='DAY'")),
                 dayRows);
        // A legitimate 400 costs one call: no second encoding is tried.
        int timeBound = 0;
        for (const sandbox::RecordedRequest &request : server.requests())
            timeBound += request.query.contains(QLatin1String("timeIntervals")) ? 1 : 0;
        QCOMPARE(timeBound, 3);
    }

    void refusedTimeRangeLeavesAFullTableWhole() {
        sandbox::SandboxServer server(generatorOptions(10));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        SourceConfig source = sourceFor(server, m_start);
        for (StreamSelection &selection : source.streams)
            selection.syncType = SyncType::FullTable;
        QCOMPARE(rig.run(source).status, RunStatus::Succeeded);
        const qint64 days = count(rig.catalog.reader(),
                                  QStringLiteral("SELECT count(*) FROM share_statistics WHERE report_type = 'DAY'"));
        QVERIFY(days > 200);
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("badrange@ShareStatistics")));
        rig.clock.setNow(rig.clock.nowUtc().addDays(1));
        const RunReport report = rig.run(source);
        QCOMPARE(report.status, RunStatus::Partial);
        // The days are all still there, and the new day's snapshot came.
        QCOMPARE(count(rig.catalog.reader(),
                       QStringLiteral("SELECT count(*) FROM share_statistics WHERE report_type = 'DAY'")),
                 days);
        QCOMPARE(count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM share_statistics WHERE "
                                                            "report_type = 'LIFETIME' AND date = '%1'")
                                                 .arg(rig.clock.todayUtc().toString(Qt::ISODate))),
                 1);
    }

    void networkSizeFailureKeepsTheOtherRows() {
        sandbox::SandboxServer server(generatorOptions(10));
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("500*0@networkSizes")));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const RunReport report = rig.run(sourceFor(server, m_start));
        QCOMPARE(report.status, RunStatus::Partial);
        QCOMPARE(report.streams.first().streamId, QStringLiteral("follower_statistics"));
        QCOMPARE(report.streams.first().status, RunStatus::Partial);
        const QSqlDatabase db = rig.catalog.reader();
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM follower_statistics WHERE report_type = 'DAY'")) > 200);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM follower_statistics WHERE report_type = 'LIFETIME' "
                                          "AND total_followers IS NULL AND follower_counts_by_seniority_json IS NOT "
                                          "NULL")),
                 1);
        QVERIFY(!bookmark(rig.catalog, "follower_statistics").isEmpty()); // the DAY rows are complete
    }

    void darkPostsAreKeptApart() {
        sandbox::SandboxServer server(generatorOptions(300));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        QCOMPARE(rig.run(sourceFor(server, m_start)).status, RunStatus::Succeeded);
        QSet<QString> dark, organic;
        for (const sandbox::SandboxPost &post : postsSinceStart(server.data()))
            (post.dark ? dark : organic).insert(post.urn);
        QVERIFY(dark.size() > 3);
        const QSqlDatabase db = rig.catalog.reader();
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM organization_posts WHERE is_dsc = 1")), dark.size());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM organization_posts WHERE is_dsc = 0")), organic.size());
        // The dark listing was asked for with isDsc=true.
        int darkPages = 0;
        for (const sandbox::RecordedRequest &request : server.requests())
            darkPages +=
                request.path.endsWith(QLatin1String("/posts")) && request.query.contains(QLatin1String("isDsc=true"));
        QCOMPARE(darkPages, 1);
        // Reports are organic by default; dark posts only when asked for.
        const QueryResult organicReport = runReport(db, QStringLiteral("post-engagement"));
        QSet<QString> reported;
        for (const QList<QVariant> &row : organicReport.rows)
            reported.insert(row.first().toString());
        QCOMPARE(reported, organic);
        const QueryResult everything = runReport(db, QStringLiteral("post-engagement"), {}, {}, true);
        QCOMPARE(everything.rows.size(), organic.size() + dark.size());
    }

    void postStatisticsInTheOtherFormAreMappedBack() {
        sandbox::SandboxServer server(generatorOptions(120));
        server.options().statisticsInOtherUrnForm = true;
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        QCOMPARE(rig.run(sourceFor(server, m_start)).status, RunStatus::Succeeded);
        int withStats = 0;
        const QSqlDatabase db = rig.catalog.reader();
        for (const sandbox::SandboxPost &post : postsSinceStart(server.data())) {
            if (!post.stats)
                continue;
            ++withStats;
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT impression_count FROM post_statistics WHERE post_urn = ?"));
            query.addBindValue(post.urn);
            QVERIFY(query.exec());
            QVERIFY2(query.next(), qPrintable(post.urn));
            QCOMPARE(query.value(0).toLongLong(), post.stats->impressionCount);
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM post_statistics")), withStats);
        // Every row joins a post: none is keyed by a URN nobody asked for.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM post_statistics s LEFT JOIN organization_posts p "
                                          "ON p.id = s.post_urn WHERE p.id IS NULL")),
                 0);
    }

    void strayDailyRowsAreNotStored() {
        sandbox::SandboxServer server(generatorOptions(0));
        server.options().strayDailyRows = true;
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        SourceConfig source = sourceFor(server, m_start);
        QCOMPARE(rig.run(source).status, RunStatus::Succeeded);
        const QDate first = qMax(m_start, sandboxToday.addMonths(-12));
        for (const char *table : {"follower_statistics", "page_statistics", "share_statistics"}) {
            const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE report_type = 'DAY' AND (date < '%2' OR "
                                               "date > '%3' OR time_range_start % 86400000 != 0)")
                                    .arg(QLatin1String(table), first.toString(Qt::ISODate),
                                         sandboxToday.addDays(-2).toString(Qt::ISODate));
            QCOMPARE(count(rig.catalog.reader(), sql), 0);
        }
    }

    void pageStatisticsLeaveUniqueViewsEmpty() {
        sandbox::SandboxServer server(generatorOptions(0));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        QCOMPARE(rig.run(sourceFor(server, m_start)).status, RunStatus::Succeeded);
        const QSqlDatabase db = rig.catalog.reader();
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM page_statistics WHERE all_page_views > 0")) > 200);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM page_statistics WHERE all_page_views_unique IS NOT "
                                          "NULL OR desktop_custom_button_click_counts_json IS NOT NULL")),
                 0);
        const QueryResult report = runReport(db, QStringLiteral("visitor-demographics"));
        QVERIFY(!report.rows.isEmpty());
        for (const QList<QVariant> &row : report.rows)
            QVERIFY(row.at(2).isNull()); // unique_views: not provided, never 0
    }

    void demographicsDoNotAddPaidFollowers() {
        sandbox::GeneratorOptions options = generatorOptions(0);
        options.paidFollowersInFacets = true; // an answer that still fills paidFollowerCount
        sandbox::SandboxServer server(options);
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        QCOMPARE(rig.run(sourceFor(server, m_start)).status, RunStatus::Succeeded);
        qint64 organic = 0, paid = 0;
        const QJsonObject lifetime =
            server.data().lifetimeFollowerStatistics().value(QLatin1String("elements")).toArray().first().toObject();
        for (const QJsonValue &item : lifetime.value(QLatin1String("followerCountsBySeniority")).toArray()) {
            organic += item[QLatin1String("followerCounts")][QLatin1String("organicFollowerCount")].toInteger();
            paid += item[QLatin1String("followerCounts")][QLatin1String("paidFollowerCount")].toInteger();
        }
        QVERIFY(paid > 0);
        DemographicsModel model(DemographicFacet::Seniority);
        model.reload(rig.catalog.reader(), DashboardFilter{});
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QCOMPARE(model.totalFollowers(), organic);
    }

    void rateLimitThatDoesNotClearEndsPartial() {
        sandbox::SandboxServer server(generatorOptions(30));
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("429*0@PageStatistics")));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const RunReport report = rig.run(sourceFor(server, m_start));
        QCOMPARE(report.status, RunStatus::Partial);
        QCOMPARE(report.exitCode(), 1);
        for (const RunStreamStats &stream : report.streams) {
            if (stream.streamId != QLatin1String("page_statistics")) {
                QCOMPARE(stream.status, RunStatus::Succeeded);
                continue;
            }
            QCOMPARE(stream.status, RunStatus::Partial);
            QVERIFY2(stream.message.contains(QLatin1String("LinkedIn is limiting requests")) &&
                         stream.message.contains(QLatin1String("resume")),
                     qPrintable(stream.message));
        }
        QVERIFY(bookmark(rig.catalog, "page_statistics").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncFidelity)
#include "tst_syncfidelity.moc"
