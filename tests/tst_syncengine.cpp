// End to end through the real parts: the sandbox over loopback, LinkedInClient, SyncEngine and a
// real SQLite file. Values are compared with what the sandbox generated.
#include "PostgresTestSupport.h"
#include "SyncTestSupport.h"

#include "auth/RefreshingTokenProvider.h"
#include "auth/TokenStore.h"
#include "sync/SyncLock.h"
#include "sync/SyncRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newCatalogPath() { return m_dir.filePath(QStringLiteral("catalog-%1.sqlite").arg(++m_counter)); }
    const QDate m_start = sandboxToday.addDays(-300);

    static qint64 dayMs(const QDate &day) { return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); }
    // A run of every stream on a new catalog, with the sandbox's token.
    SyncJob jobFor(sandbox::SandboxServer &server) {
        SyncJob job;
        job.source = sourceFor(server, m_start);
        job.catalogPath = newCatalogPath();
        job.tokens.accessToken = server.options().accessToken;
        return job;
    }
    QDate firstDailyDay() const { return qMax(m_start, sandboxToday.addMonths(-12)); }
    QDate lastDailyDay() const { return sandboxToday.addDays(-2); }

    // Posts the source must hold: published on or after the start date.
    QList<sandbox::SandboxPost> expectedPosts(const sandbox::SandboxData &data) const {
        QList<sandbox::SandboxPost> posts;
        for (const sandbox::SandboxPost &post : data.posts())
            if (post.publishedAt >= dayMs(m_start))
                posts.append(post);
        return posts;
    }

    // A post with statistics, published more than 100 days ago: one a test deletes on LinkedIn.
    QString oldPostWithStatistics(const sandbox::SandboxData &data) const {
        for (const sandbox::SandboxPost &post : expectedPosts(data))
            if (post.stats && post.publishedAt < dayMs(sandboxToday.addDays(-100)))
                return post.urn;
        return {};
    }

    // A clean run's final catalog, for comparisons.
    QMap<QString, QStringList> cleanDump() {
        sandbox::SandboxServer server(generatorOptions());
        server.listen();
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const RunReport report = rig.run(sourceFor(server, m_start));
        if (report.status != RunStatus::Succeeded)
            qWarning() << "clean run:" << report.message;
        return dumpTables(rig.catalog.reader());
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void fullSyncEqualsSandbox() {
        sandbox::SandboxServer server(generatorOptions());
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        QVERIFY(!rig.openError.isError());
        const RunReport report = rig.run(sourceFor(server, m_start));
        QCOMPARE(report.status, RunStatus::Succeeded);
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.streams.size(), 5);
        QVERIFY2(report.message.startsWith(QLatin1String("Synced ")), qPrintable(report.message));
        const sandbox::SandboxData &data = server.data();
        const QSqlDatabase db = rig.catalog.reader();

        // Follower statistics: one DAY row per day of the window, values as generated.
        const int days = int(firstDailyDay().daysTo(lastDailyDay())) + 1;
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM follower_statistics WHERE report_type = 'DAY'")), days);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT date, organic_follower_gain, paid_follower_gain, time_range_start, "
                                          "time_range_end FROM follower_statistics WHERE report_type = 'DAY'")));
        int checked = 0;
        while (query.next()) {
            const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            QVERIFY(day >= firstDailyDay() && day <= lastDailyDay());
            QCOMPARE(query.value(1).toLongLong(), data.followers(day).organicGain);
            QCOMPARE(query.value(2).toLongLong(), data.followers(day).paidGain);
            QCOMPARE(query.value(3).toLongLong(), dayMs(day));
            QCOMPARE(query.value(4).toLongLong(), dayMs(day.addDays(1)));
            ++checked;
        }
        QCOMPARE(checked, days);
        QVERIFY(query.exec(QStringLiteral("SELECT date, total_followers, follower_counts_by_seniority_json, "
                                          "follower_counts_by_geo_country_json FROM follower_statistics WHERE "
                                          "report_type = 'LIFETIME'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), sandboxToday.toString(Qt::ISODate));
        QCOMPARE(query.value(1).toLongLong(), data.networkSize());
        const QJsonObject lifetime =
            data.lifetimeFollowerStatistics().value(QLatin1String("elements")).toArray().first().toObject();
        QCOMPARE(QJsonDocument::fromJson(query.value(2).toByteArray()).array(),
                 lifetime.value(QLatin1String("followerCountsBySeniority")).toArray());
        QCOMPARE(QJsonDocument::fromJson(query.value(3).toByteArray()).array(),
                 lifetime.value(QLatin1String("followerCountsByGeoCountry")).toArray());
        QVERIFY(!query.next());

        // Page statistics: views per day.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM page_statistics WHERE report_type = 'DAY'")), days);
        QVERIFY(query.exec(QStringLiteral("SELECT date, all_page_views, overview_page_views, mobile_jobs_page_views "
                                          "FROM page_statistics WHERE report_type = 'DAY'")));
        while (query.next()) {
            const QJsonObject views = data.pageViews(QDate::fromString(query.value(0).toString(), Qt::ISODate))
                                          .value(QLatin1String("views"))
                                          .toObject();
            const auto viewsOf = [&views](const char *metric) {
                return views.value(QLatin1String(metric)).toObject().value(QLatin1String("pageViews")).toInteger();
            };
            QCOMPARE(query.value(1).toLongLong(), viewsOf("allPageViews"));
            QCOMPARE(query.value(2).toLongLong(), viewsOf("overviewPageViews"));
            QCOMPARE(query.value(3).toLongLong(), viewsOf("mobileJobsPageViews"));
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM page_statistics WHERE report_type = 'LIFETIME'")), 1);

        // Share statistics.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM share_statistics WHERE report_type = 'DAY'")), days);
        QVERIFY(query.exec(QStringLiteral("SELECT date, impression_count, like_count, engagement FROM "
                                          "share_statistics WHERE report_type = 'DAY'")));
        while (query.next()) {
            const sandbox::DailyShares shares = data.shares(QDate::fromString(query.value(0).toString(), Qt::ISODate));
            QCOMPARE(query.value(1).toLongLong(), shares.impressionCount);
            QCOMPARE(query.value(2).toLongLong(), shares.likeCount);
            QCOMPARE(query.value(3).toDouble(), shares.engagement);
        }

        // Posts: exactly those published since the start date, every field as served.
        const QList<sandbox::SandboxPost> posts = expectedPosts(data);
        QVERIFY(posts.size() > 50 && posts.size() < data.posts().size());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM organization_posts")), posts.size());
        int withStats = 0;
        for (const sandbox::SandboxPost &post : posts) {
            QSqlQuery row(db);
            row.prepare(QStringLiteral("SELECT commentary, content_type, last_modified_at, published_at, raw_json, "
                                       "reshare_parent FROM organization_posts WHERE id = ?"));
            row.addBindValue(post.urn);
            QVERIFY(row.exec());
            QVERIFY2(row.next(), qPrintable(post.urn));
            const QJsonValue commentary = post.json.value(QLatin1String("commentary"));
            if (commentary.isUndefined())
                QVERIFY(row.value(0).isNull());
            else
                QCOMPARE(row.value(0).toString(), commentary.toString());
            QCOMPARE(row.value(1).toString(), post.expectedContentType);
            QCOMPARE(row.value(2).toLongLong(), post.lastModifiedAt);
            QCOMPARE(row.value(3).toLongLong(), post.publishedAt);
            QCOMPARE(QJsonDocument::fromJson(row.value(4).toByteArray()).object(), post.json);
            QCOMPARE(row.value(5).isNull(), !post.isReshare);

            // Per-post statistics: present exactly for posts with activity.
            QSqlQuery stats(db);
            stats.prepare(QStringLiteral("SELECT impression_count, like_count, engagement, organization_urn "
                                         "FROM post_statistics WHERE post_urn = ?"));
            stats.addBindValue(post.urn);
            QVERIFY(stats.exec());
            QCOMPARE(stats.next(), post.stats.has_value());
            if (post.stats) {
                ++withStats;
                QCOMPARE(stats.value(0).toLongLong(), post.stats->impressionCount);
                QCOMPARE(stats.value(1).toLongLong(), post.stats->likeCount);
                QCOMPARE(stats.value(2).toDouble(), post.stats->engagement);
                QCOMPARE(stats.value(3).toString(), data.organizationUrn());
            }
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM post_statistics")), withStats);
        QVERIFY(withStats < posts.size()); // some posts have no activity

        // Content types: every kind the sandbox makes arrives.
        QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT content_type) FROM organization_posts")) >= 7);

        // Dark posts are there too, marked, from the isDsc=true listing.
        int dark = 0;
        for (const sandbox::SandboxPost &post : data.posts())
            dark += post.dark ? 1 : 0;
        QVERIFY(dark > 0);
        int darkStored = 0;
        for (const sandbox::SandboxPost &post : posts)
            darkStored += post.dark ? 1 : 0;
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM organization_posts WHERE is_dsc = 1")), darkStored);

        // Requests: statistics 3 + 2 + 2, the organic and the dark listing's pages, one batch per
        // 50 URNs of each type.
        int shares = 0, ugcPosts = 0;
        for (const sandbox::SandboxPost &post : posts)
            (post.urn.startsWith(QLatin1String("urn:li:ugcPost:")) ? ugcPosts : shares) += 1;
        const int organic = int(data.posts().size()) - dark;
        const int pages = qMax(1, (organic + 99) / 100) + qMax(1, (dark + 99) / 100);
        const int batches = (shares + 49) / 50 + (ugcPosts + 49) / 50;
        QCOMPARE(server.requestCount(QStringLiteral("/rest/")), 7 + pages + batches);
        QCOMPARE(report.requests, 7 + pages + batches);

        // The run is in the history.
        const QList<RunRecord> runs = RunHistory(rig.catalog).runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, RunStatus::Succeeded);
        QCOMPARE(runs.first().streams.size(), 5);
    }

    void secondIncrementalRunAddsNothingTwice() {
        sandbox::SandboxServer server(generatorOptions());
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const SourceConfig source = sourceFor(server, m_start);
        QCOMPARE(rig.run(source).status, RunStatus::Succeeded);
        const auto first = dumpTables(rig.catalog.reader());
        server.clearRequests();

        rig.clock.setNow(rig.clock.nowUtc().addSecs(3600)); // later the same day
        const RunReport second = rig.run(source);
        QCOMPARE(second.status, RunStatus::Succeeded);
        QCOMPARE(dumpTables(rig.catalog.reader()), first);

        // Daily streams: the 7-day lookback only (LinkedIn revises recent days), and no more.
        int daily = 0;
        for (const QString &endpoint :
             {QStringLiteral("organizationalEntityFollowerStatistics"), QStringLiteral("organizationPageStatistics")}) {
            for (const sandbox::RecordedRequest &request : server.requests())
                if (request.path.endsWith(endpoint) && request.query.contains(QLatin1String("timeIntervals"))) {
                    ++daily;
                    QVERIFY2(
                        request.query.contains(QStringLiteral("start:%1,").arg(dayMs(lastDailyDay().addDays(1 - 7)))),
                        qPrintable(request.query));
                }
        }
        QCOMPARE(daily, 2);
        QCOMPARE(count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM follower_statistics WHERE "
                                                            "report_type = 'DAY' AND _run_id = %1")
                                                 .arg(second.runId)),
                 7);
        // One page of each listing (the newest posts reach past the cutoff); statistics batches
        // for the posts published within 90 days plus those changed in this run.
        QCOMPARE(server.requestCount(QStringLiteral("/rest/posts")), 2);
        qint64 newestOrganic = 0, newestDark = 0;
        for (const sandbox::SandboxPost &post : server.data().posts())
            (post.dark ? newestDark : newestOrganic) =
                qMax(post.dark ? newestDark : newestOrganic, post.lastModifiedAt);
        QSet<QString> refreshed;
        for (const sandbox::SandboxPost &post : expectedPosts(server.data()))
            if (post.publishedAt >= dayMs(sandboxToday.addDays(-90)) ||
                post.lastModifiedAt >= (post.dark ? newestDark : newestOrganic) - 7 * 86400000LL)
                refreshed.insert(post.urn);
        int shares = 0, ugcPosts = 0;
        for (const QString &urn : refreshed)
            (urn.startsWith(QLatin1String("urn:li:ugcPost:")) ? ugcPosts : shares) += 1;
        const int batches = (shares + 49) / 50 + (ugcPosts + 49) / 50;
        QCOMPARE(server.requestCount(QStringLiteral("/rest/")), 7 + 2 + batches);
        QCOMPARE(second.requests, 7 + 2 + batches);
    }

    void editedPostIsUpdatedNotDuplicated() {
        sandbox::SandboxServer server(generatorOptions());
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const SourceConfig source = sourceFor(server, m_start);
        QCOMPARE(rig.run(source).status, RunStatus::Succeeded);
        const qint64 postsBefore =
            count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM organization_posts"));
        // An old post is edited now: it moves to the top of the listing.
        const QString urn = expectedPosts(server.data()).last().urn;
        const qint64 now = QDateTime(sandboxToday, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        server.data().touchPost(urn, now);
        QCOMPARE(rig.run(source).status, RunStatus::Succeeded);
        QCOMPARE(count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM organization_posts")), postsBefore);
        QSqlQuery query(rig.catalog.reader());
        query.prepare(QStringLiteral("SELECT last_modified_at, commentary FROM organization_posts WHERE id = ?"));
        query.addBindValue(urn);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toLongLong(), now);
        QCOMPARE(query.value(1).toString(),
                 server.data().post(urn)->json.value(QLatin1String("commentary")).toString());
    }

    void fullTableRemovesDeletedPostIncrementalKeepsIt() {
        sandbox::SandboxServer server(generatorOptions());
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig incremental(newCatalogPath(), &tokens, server.apiBaseUrl());
        EngineRig full(newCatalogPath(), &tokens, server.apiBaseUrl());
        SourceConfig source = sourceFor(server, m_start);
        SourceConfig fullSource = source;
        for (StreamSelection &s : fullSource.streams)
            s.syncType = SyncType::FullTable;
        QCOMPARE(incremental.run(source).status, RunStatus::Succeeded);
        QCOMPARE(full.run(fullSource).status, RunStatus::Succeeded);
        QCOMPARE(dumpTables(full.catalog.reader()), dumpTables(incremental.catalog.reader()));

        const QString deleted = oldPostWithStatistics(server.data());
        QVERIFY(!deleted.isEmpty());
        server.data().deletePost(deleted);
        const QString postSql = QStringLiteral("SELECT count(*) FROM organization_posts WHERE id = '%1'").arg(deleted);
        const QString statsSql =
            QStringLiteral("SELECT count(*) FROM post_statistics WHERE post_urn = '%1'").arg(deleted);

        QCOMPARE(incremental.run(source).status, RunStatus::Succeeded);
        QCOMPARE(count(incremental.catalog.reader(), postSql), 1);
        QCOMPARE(count(incremental.catalog.reader(), statsSql), 1);
        QCOMPARE(full.run(fullSource).status, RunStatus::Succeeded);
        QCOMPARE(count(full.catalog.reader(), postSql), 0);
        QCOMPARE(count(full.catalog.reader(), statsSql), 0);
        QCOMPARE(count(full.catalog.reader(), QStringLiteral("SELECT count(*) FROM organization_posts")),
                 expectedPosts(server.data()).size());
    }

    // The same sync into a PostgreSQL schema keeps the same rows in every table; a second run adds
    // nothing twice, and a FULL_TABLE run removes a post LinkedIn deleted, as in SQLite.
    void postgresCatalogKeepsTheSameRows() {
        PAGESIGHT_NEED_POSTGRES();
        testing::TestSchema schema;
        sandbox::SandboxServer server(generatorOptions());
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig lite(newCatalogPath(), &tokens, server.apiBaseUrl());
        EngineRig team(schema.url(), &tokens, server.apiBaseUrl());
        QVERIFY2(!team.openError.isError(), qPrintable(team.openError.detail));
        QCOMPARE(team.catalog.backend(), SqlBackend::Postgres);
        SourceConfig source = sourceFor(server, m_start);
        QCOMPARE(lite.run(source).status, RunStatus::Succeeded);
        const RunReport first = team.run(source);
        QCOMPARE(first.status, RunStatus::Succeeded);
        const auto dump = dumpTables(lite.catalog.reader());
        QCOMPARE(dump.size(), 5);
        QCOMPARE(dumpTables(team.catalog.reader()), dump);
        QCOMPARE(RunHistory(team.catalog).runs().constFirst().streams.size(), 5);

        team.clock.setNow(team.clock.nowUtc().addSecs(3600));
        QCOMPARE(team.run(source).status, RunStatus::Succeeded);
        QCOMPARE(dumpTables(team.catalog.reader()), dump);

        const QString deleted = oldPostWithStatistics(server.data());
        QVERIFY(!deleted.isEmpty());
        server.data().deletePost(deleted);
        for (StreamSelection &s : source.streams)
            s.syncType = SyncType::FullTable;
        QCOMPARE(lite.run(source).status, RunStatus::Succeeded);
        QCOMPARE(team.run(source).status, RunStatus::Succeeded);
        const auto afterDelete = dumpTables(lite.catalog.reader());
        QVERIFY(afterDelete != dump);
        QCOMPARE(dumpTables(team.catalog.reader()), afterDelete);
        QVERIFY(team.catalog.userTables().size() == 5); // no staging table left behind
    }

    // On a server two sources sync side by side, one source never twice at once, and a purge (no
    // scope) waits for every sync and holds them all off.
    void postgresSyncLockIsPerSource() {
        PAGESIGHT_NEED_POSTGRES();
        testing::TestSchema schema;
        const QDateTime started(QDate(2026, 12, 6), QTime(7, 30), Qt::UTC);
        SyncLock first(schema.url(), QStringLiteral("s1"));
        QCOMPARE(first.tryAcquire(started), SyncLock::Result::Acquired);
        SyncLock again(schema.url(), QStringLiteral("s1"));
        QCOMPARE(again.tryAcquire(started), SyncLock::Result::Held);
        QCOMPARE(again.holder().pid, QCoreApplication::applicationPid());
        QCOMPARE(again.holder().startedAt, started);
        SyncLock other(schema.url(), QStringLiteral("s2"));
        QCOMPARE(other.tryAcquire(started), SyncLock::Result::Acquired);
        SyncLock purge(schema.url());
        QCOMPARE(purge.tryAcquire(started), SyncLock::Result::Held);
        first.release();
        QCOMPARE(purge.tryAcquire(started), SyncLock::Result::Held); // s2 still syncs
        other.release();
        QCOMPARE(purge.tryAcquire(started), SyncLock::Result::Acquired);
        QCOMPARE(again.tryAcquire(started), SyncLock::Result::Held);
        purge.release();
        QCOMPARE(again.tryAcquire(started), SyncLock::Result::Acquired);
        // Another schema of the same server is another catalog.
        testing::TestSchema elsewhere;
        SyncLock unrelated(elsewhere.url(), QStringLiteral("s1"));
        QCOMPARE(unrelated.tryAcquire(started), SyncLock::Result::Acquired);
    }

    void faultsAreSurvived_data() {
        QTest::addColumn<QString>("faults");
        QTest::newRow("429 without Retry-After") << QStringLiteral("429*2");
        QTest::newRow("429 with Retry-After") << QStringLiteral("429ra@posts");
        QTest::newRow("500") << QStringLiteral("500*2");
        QTest::newRow("502 on posts") << QStringLiteral("502+1@posts");
        QTest::newRow("503 on statistics batches") << QStringLiteral("503*2+1@organizationalEntityShareStatistics");
        QTest::newRow("dropped mid-body") << QStringLiteral("drop*2@posts");
        QTest::newRow("truncated JSON") << QStringLiteral("truncate*2");
        QTest::newRow("invalid JSON") << QStringLiteral("invalid@organizationPageStatistics");
        QTest::newRow("no reply") << QStringLiteral("hang@networkSizes");
        QTest::newRow("everything at once") << QStringLiteral("429,500@posts,drop@Follower,truncate@Page,hang+2@posts");
    }

    void faultsAreSurvived() {
        QFETCH(QString, faults);
        static const QMap<QString, QStringList> clean = cleanDump();
        sandbox::SandboxServer server(generatorOptions());
        QVERIFY(server.listen());
        const auto spec = sandbox::FaultSpec::parse(faults);
        QVERIFY(spec);
        server.setFaults(*spec);
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const RunReport report = rig.run(sourceFor(server, m_start));
        QCOMPARE(report.status, RunStatus::Succeeded);
        QCOMPARE(dumpTables(rig.catalog.reader()), clean);
        // Every fault was really injected, and every retry was counted.
        for (const sandbox::Fault &fault : server.faults().faults())
            QVERIFY(fault.injected > 0);
        QCOMPARE(report.requests, server.requestCount(QStringLiteral("/rest/")));
    }

    void dailyQuotaEndsRunAsPartialAndResumes() {
        sandbox::SandboxServer server(generatorOptions(600));
        QVERIFY(server.listen());
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("quota*0+3@posts")));
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const SourceConfig source = sourceFor(server, m_start);
        const RunReport partial = rig.run(source);
        QCOMPARE(partial.status, RunStatus::Partial);
        QCOMPARE(partial.exitCode(), 1);
        QCOMPARE(partial.apiError.kind, ApiError::Kind::QuotaExhausted);
        QVERIFY(partial.message.contains(QLatin1String("00:00 UTC")));
        // Three pages committed with their bookmark.
        QCOMPARE(count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM organization_posts")), 300);

        server.setFaults({});
        server.clearRequests();
        QCOMPARE(rig.run(source).status, RunStatus::Succeeded);
        EngineRig clean(newCatalogPath(), &tokens, server.apiBaseUrl());
        QCOMPARE(clean.run(source).status, RunStatus::Succeeded);
        QCOMPARE(dumpTables(rig.catalog.reader()), dumpTables(clean.catalog.reader()));
    }

    void expiredTokenIsRefreshedOnce() {
        sandbox::SandboxServer server(generatorOptions(60));
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        MemoryTokenStore store;
        OAuthTokens initial;
        initial.accessToken = server.options().accessToken;
        initial.refreshToken = server.options().refreshToken;
        RefreshingTokenProvider tokens(&network, &store, QStringLiteral("test-source"), server.oauthBaseUrl(),
                                       server.options().clientId, server.options().clientSecret, initial);
        server.expireAccessToken();
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const RunReport report = rig.run(sourceFor(server, m_start));
        QCOMPARE(report.status, RunStatus::Succeeded);
        QVERIFY(tokens.accessToken() != initial.accessToken);
        QCOMPARE(QCoro::waitFor(store.read(SecretKeys::accessToken(QStringLiteral("test-source")))).value_or(QString()),
                 tokens.accessToken());
    }

    void unauthorizedMidRunIsSurvivedWithARefreshToken() {
        sandbox::SandboxServer server(generatorOptions(250));
        QVERIFY(server.listen());
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("401+1@posts,401@organizationPageStatistics")));
        QNetworkAccessManager network;
        OAuthTokens initial;
        initial.accessToken = server.options().accessToken;
        initial.refreshToken = server.options().refreshToken;
        RefreshingTokenProvider tokens(&network, nullptr, {}, server.oauthBaseUrl(), server.options().clientId,
                                       server.options().clientSecret, initial);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const RunReport report = rig.run(sourceFor(server, m_start));
        QCOMPARE(report.status, RunStatus::Succeeded);
        for (const sandbox::Fault &fault : server.faults().faults())
            QCOMPARE(fault.injected, 1);
        QVERIFY(tokens.accessToken() != initial.accessToken);

        StaticTokenProvider plain(server.options().accessToken);
        EngineRig clean(newCatalogPath(), &plain, server.apiBaseUrl());
        QCOMPARE(clean.run(sourceFor(server, m_start)).status, RunStatus::Succeeded);
        QCOMPARE(dumpTables(rig.catalog.reader()), dumpTables(clean.catalog.reader()));
    }

    void rejectedTokenNeedsReauthorization() {
        sandbox::SandboxServer server(generatorOptions(30));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(QStringLiteral("not-the-token"));
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        const RunReport report = rig.run(sourceFor(server, m_start));
        QCOMPARE(report.status, RunStatus::Failed);
        QVERIFY(report.needsReauthorization);
        QCOMPARE(report.exitCode(), 3);
        QCOMPARE(report.apiError.kind, ApiError::Kind::Unauthorized);
        QVERIFY(report.message.contains(QLatin1String("Re-authorize")));
        QCOMPARE(count(rig.catalog.reader(), QStringLiteral("SELECT count(*) FROM organization_posts")), 0);
    }

    void pinnedInactiveVersionSaysWhereToChangeIt() {
        sandbox::SandboxServer server(generatorOptions(30));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        SourceConfig source = sourceFor(server, m_start);
        source.apiVersion = QStringLiteral("202301");
        source.followApiVersion = false;
        ClientOptions options{server.apiBaseUrl(), QStringLiteral("202301")};
        options.followCurrentVersion = false;
        rig.client = std::make_unique<LinkedInClient>(&rig.network, &tokens, options);
        rig.engine = std::make_unique<SyncEngine>(&rig.catalog, rig.client.get(), &rig.clock);
        const RunReport report = rig.run(source);
        QCOMPARE(report.status, RunStatus::Failed);
        QCOMPARE(report.apiError.kind, ApiError::Kind::VersionInactive);
        QCOMPARE(report.exitCode(), 4);
        QVERIFY(report.message.contains(QLatin1String("202301")));
        QVERIFY(report.message.contains(QLatin1String("pinned")));
        QVERIFY(report.apiVersionReplaced.isEmpty());
        // Every request went out with the pinned version: nothing was switched silently.
        for (const sandbox::RecordedRequest &request : server.requests())
            QCOMPARE(request.apiVersion, QStringLiteral("202301"));
    }

    void cancelLeavesFullTableUntouched() {
        sandbox::SandboxServer server(generatorOptions(400));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
        SourceConfig source = sourceFor(server, m_start);
        for (StreamSelection &s : source.streams)
            s.syncType = SyncType::FullTable;
        QCOMPARE(rig.run(source).status, RunStatus::Succeeded);
        const auto before = dumpTables(rig.catalog.reader());

        server.options().latencyMs = 50;
        server.data().deletePost(server.data().posts().first().urn);
        server.clearRequests();
        connect(&server, &sandbox::SandboxServer::requestServed, rig.engine.get(), [&rig, &server] {
            if (server.requestCount(QStringLiteral("/rest/posts")) >= 2)
                rig.engine->cancel();
        });
        const RunReport report = rig.run(source);
        QCOMPARE(report.status, RunStatus::Cancelled);
        QCOMPARE(dumpTables(rig.catalog.reader()), before);
    }

    // Closing the window in the middle of LinkedIn's two-minute Retry-After: the runner's
    // destructor ends the run, which records itself as cancelled, closes the catalog and releases
    // the sync lock, so the next sync can start at once.
    void destroyingTheRunnerEndsARunInsideARetryAfter() {
        sandbox::SandboxServer server(generatorOptions(120));
        server.options().retryAfterSeconds = 120;
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("429ra*0@organizationPageStatistics")));
        QVERIFY(server.listen());
        const SyncJob job = jobFor(server);
        FixedClock clock(QDateTime(sandboxToday, QTime(10, 0), Qt::UTC));
        auto runner = std::make_unique<SyncRunner>();
        QVERIFY(runner->start(job, &clock));
        QVERIFY(QTest::qWaitFor(
            [&server] { return server.requestCount(QStringLiteral("organizationPageStatistics")) >= 1; }, 20000));
        QElapsedTimer elapsed;
        elapsed.start();
        runner.reset();
        qInfo() << "the runner ended a run waiting out Retry-After in" << elapsed.elapsed() << "ms";
        // Not a timing test: a run that waited out the Retry-After would take 120 s.
        QVERIFY2(elapsed.elapsed() < 12000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(server.requestCount(QStringLiteral("organizationPageStatistics")), 1); // never retried

        SyncLock lock(job.catalogPath);
        QCOMPARE(lock.tryAcquire(clock.nowUtc()), SyncLock::Result::Acquired);
        Catalog catalog(QStringLiteral("after-close"));
        QVERIFY(!catalog.open(job.catalogPath).isError());
        QSqlQuery query(catalog.reader());
        QVERIFY(query.exec(QStringLiteral("SELECT status FROM _pagesight_runs")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("cancelled"));
        QVERIFY(!query.next());
    }

    void runnerWorksOnAThreadAndReportsProgress() {
        sandbox::SandboxServer server(generatorOptions(120));
        QVERIFY(server.listen());
        const SyncJob job = jobFor(server);
        FixedClock clock(QDateTime(sandboxToday, QTime(10, 0), Qt::UTC));
        SyncRunner runner;
        QSignalSpy finished(&runner, &SyncRunner::finished);
        QHash<QString, StreamProgress> last;
        connect(&runner, &SyncRunner::progress, this, [&last](const StreamProgress &p) {
            QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
            last.insert(p.streamId, p);
        });
        QVERIFY(runner.start(job, &clock));
        QVERIFY(!runner.start(job, &clock)); // one run at a time
        QVERIFY(finished.wait(20000));
        const RunReport report = finished.first().first().value<RunReport>();
        QCOMPARE(report.status, RunStatus::Succeeded);
        QCOMPARE(last.size(), 5);
        for (const StreamProgress &p : std::as_const(last)) {
            QCOMPARE(p.state, RunStatus::Succeeded);
            QCOMPARE(p.requestsDone, p.requestsPlanned);
            QVERIFY(p.rowsWritten > 0);
        }
        QCOMPARE(last.value(QStringLiteral("organization_posts")).rowsWritten, expectedPosts(server.data()).size());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
