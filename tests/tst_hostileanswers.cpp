// Answers LinkedIn (or something pretending to be LinkedIn) should never give, end to end through the
// sandbox's faults: nothing lost, nothing leaked, nothing endless (docs/fault-matrix.md).
#include "SyncTestSupport.h"

#include "auth/RefreshingTokenProvider.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

class TestHostileAnswers : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    const QDate m_start = sandboxToday.addDays(-500); // before every post: none is left out by date

    QString newCatalogPath() { return m_dir.filePath(QStringLiteral("catalog-%1.sqlite").arg(++m_counter)); }

    struct Rig {
        Rig(const QString &path, int posts = 120)
            : server(generatorOptions(posts))
            , listening(server.listen())
            , tokens(server.options().accessToken)
            , engine(path, &tokens, server.apiBaseUrl()) {}
        void faults(const QString &spec) { server.setFaults(*sandbox::FaultSpec::parse(spec)); }
        QSqlDatabase db() { return engine.catalog.reader(); }
        RunReport run(const SourceConfig &source, SyncOptions options = {}) { return engine.run(source, options); }
        // The client with other options (deadline, size cap), on the same catalog.
        void clientOptions(const std::function<void(ClientOptions &)> &change) {
            ClientOptions options = engine.client->options();
            change(options);
            engine.client = std::make_unique<LinkedInClient>(&engine.network, &tokens, options);
            engine.engine = std::make_unique<SyncEngine>(&engine.catalog, engine.client.get(), &engine.clock);
        }
        sandbox::SandboxServer server;
        bool listening;
        StaticTokenProvider tokens;
        EngineRig engine;
    };

    SourceConfig source(const Rig &rig, SyncType type = SyncType::Incremental) const {
        SourceConfig config = sourceFor(rig.server, m_start);
        for (StreamSelection &selection : config.streams)
            selection.syncType = type;
        return config;
    }
    static const RunStreamStats *stream(const RunReport &report, const char *id) {
        for (const RunStreamStats &s : report.streams)
            if (s.streamId == QLatin1String(id))
                return &s;
        return nullptr;
    }
    static QString bookmark(Rig &rig, const char *id) {
        return rig.engine.catalog
            .bookmark(QStringLiteral("urn:li:organization:12345678"), QLatin1String(id), QLatin1String(id))
            .value_or(QString());
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void redirectIsNeverFollowedAndWipesNothing() {
        Rig rig(newCatalogPath());
        QCOMPARE(rig.run(source(rig, SyncType::FullTable)).status, RunStatus::Succeeded);
        const auto before = dumpTables(rig.db());
        rig.server.clearRequests();
        rig.faults(QStringLiteral("redirect*0@posts,redirect*0@FollowerStatistics"));
        const RunReport report = rig.run(source(rig, SyncType::FullTable));
        QVERIFY(report.status != RunStatus::Succeeded);
        QVERIFY(report.exitCode() != 0);
        QCOMPARE(stream(report, "organization_posts")->status, RunStatus::Failed);
        QVERIFY2(stream(report, "organization_posts")->message.contains(QLatin1String("redirect")),
                 qPrintable(stream(report, "organization_posts")->message));
        QVERIFY(stream(report, "organization_posts")->message.contains(QLatin1String("localhost")));
        // Not followed: one request to posts, and the staged tables were thrown away.
        QCOMPARE(rig.server.requestCount(QStringLiteral("posts")), 1);
        const auto after = dumpTables(rig.db());
        QCOMPARE(after.value(QStringLiteral("organization_posts")), before.value(QStringLiteral("organization_posts")));
        QCOMPARE(after.value(QStringLiteral("post_statistics")), before.value(QStringLiteral("post_statistics")));
        QCOMPARE(after.value(QStringLiteral("follower_statistics")),
                 before.value(QStringLiteral("follower_statistics")));
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                                "'\\_pagesight\\_staging%' ESCAPE '\\'")),
                 0);
    }

    void answerWithoutElementsIsAnError() {
        Rig rig(newCatalogPath());
        const SourceConfig incremental = source(rig);
        rig.faults(QStringLiteral("noelements*0@organizationPageStatistics"));
        const RunReport report = rig.run(incremental);
        QCOMPARE(report.status, RunStatus::Partial);                            // the other streams came
        QCOMPARE(stream(report, "page_statistics")->status, RunStatus::Failed); // nothing came for it
        // No bookmark jumped to today: the next run fetches the whole window.
        QVERIFY(bookmark(rig, "page_statistics").isEmpty());
        QVERIFY(!bookmark(rig, "follower_statistics").isEmpty());
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM page_statistics")), 0);

        // A FULL_TABLE posts listing that gets a 200 without elements keeps the old table.
        Rig full(newCatalogPath());
        QCOMPARE(full.run(source(full, SyncType::FullTable)).status, RunStatus::Succeeded);
        const qint64 posts = count(full.db(), QStringLiteral("SELECT count(*) FROM organization_posts"));
        QVERIFY(posts > 50);
        full.faults(QStringLiteral("noelements@posts"));
        const RunReport second = full.run(source(full, SyncType::FullTable));
        QCOMPARE(stream(second, "organization_posts")->status, RunStatus::Failed);
        QCOMPARE(count(full.db(), QStringLiteral("SELECT count(*) FROM organization_posts")), posts);
    }

    void pagingThatNeverEndsIsStopped() {
        Rig rig(newCatalogPath(), 400);
        rig.faults(QStringLiteral("firstpage*0@posts"));
        const RunReport report = rig.run(source(rig));
        const RunStreamStats *posts = stream(report, "organization_posts");
        QCOMPARE(posts->status, RunStatus::Failed);
        QVERIFY2(posts->message.contains(QLatin1String("nothing new")), qPrintable(posts->message));
        // The first page came twice; the second brought nothing new, and the listing stopped there.
        QCOMPARE(rig.server.requestCount(QStringLiteral("posts")), 2);
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM organization_posts")), 100);
        // What was committed stays, and the bookmark says the listing is unfinished.
        QVERIFY(bookmark(rig, "organization_posts").contains(QLatin1String("next_start")));
    }

    void tricklingReplyMeetsItsDeadline() {
        Rig rig(newCatalogPath(), 10);
        rig.server.options().trickleIntervalMs = 1000; // the answer would take half a minute
        rig.faults(QStringLiteral("trickle*0@networkSizes"));
        rig.clientOptions([](ClientOptions &options) {
            options.deadlineMs = 2000; // far more than any other answer takes, far less than the trickle
            options.maxAttempts = 2;
        });
        const RunReport report = rig.run(source(rig));
        QCOMPARE(stream(report, "follower_statistics")->status, RunStatus::Partial);
        QVERIFY2(stream(report, "follower_statistics")->message.contains(QLatin1String("did not answer in time")),
                 qPrintable(stream(report, "follower_statistics")->message));
        QCOMPARE(rig.server.requestCount(QStringLiteral("networkSizes")), 2);
    }

    void wholeRunHasATimeLimit() {
        Rig rig(newCatalogPath(), 10);
        rig.faults(QStringLiteral("hang*0@posts"));
        SyncOptions options;
        options.maxRunTime = std::chrono::seconds(3); // the posts listing would hang for ever
        const RunReport report = rig.run(source(rig), options);
        QCOMPARE(report.status, RunStatus::Partial);
        QCOMPARE(report.exitCode(), 1);
        QVERIFY2(report.message.contains(QLatin1String("time limit")), qPrintable(report.message));
        QCOMPARE(stream(report, "organization_posts")->status, RunStatus::Partial);
    }

    void cancelCutsALongRetryAfterShort() {
        Rig rig(newCatalogPath(), 10);
        rig.server.options().retryAfterSeconds = 110; // LinkedIn asks for almost two minutes
        rig.faults(QStringLiteral("429ra*0@organizationPageStatistics"));
        // Cancel once the engine is waiting out the Retry-After.
        connect(&rig.server, &sandbox::SandboxServer::requestServed, this, [&rig](const QString &path, int status) {
            if (status == 429 && path.contains(QLatin1String("PageStatistics")))
                QTimer::singleShot(50, &rig.server, [&rig] { rig.engine.engine->cancel(); });
        });
        QElapsedTimer elapsed;
        elapsed.start();
        const RunReport report = rig.run(source(rig));
        QCOMPARE(report.status, RunStatus::Cancelled);
        // Not a timing test: 110 s of waiting would fail it by a factor of ten.
        QVERIFY2(elapsed.elapsed() < 11000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(rig.server.requestCount(QStringLiteral("organizationPageStatistics")), 1);
    }

    void oversizedAnswerIsNotRead() {
        Rig rig(newCatalogPath(), 10);
        rig.server.options().hugeBodyBytes = 3 << 20;
        rig.faults(QStringLiteral("huge*0@organizationPageStatistics"));
        rig.clientOptions([](ClientOptions &options) { options.maxResponseBytes = 1 << 20; });
        const RunReport report = rig.run(source(rig));
        const RunStreamStats *page = stream(report, "page_statistics");
        QCOMPARE(page->status, RunStatus::Failed);
        QVERIFY2(page->message.contains(QLatin1String("larger than any answer")), qPrintable(page->message));
        QCOMPARE(rig.server.requestCount(QStringLiteral("organizationPageStatistics")), 2); // no retries
    }

    void postFromTheYear3000DoesNotFreezeTheBookmark() {
        Rig rig(newCatalogPath());
        rig.faults(QStringLiteral("future@posts"));
        QCOMPARE(rig.run(source(rig)).status, RunStatus::Succeeded);
        // Stored as it came.
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM organization_posts WHERE last_modified_at = "
                                                "32503680000000")),
                 1);
        const qint64 mark = QJsonDocument::fromJson(bookmark(rig, "organization_posts").toUtf8())
                                .object()
                                .value(QLatin1String("last_modified_at"))
                                .toInteger();
        QVERIFY(mark <= rig.engine.clock.nowUtc().toMSecsSinceEpoch() + 86400000LL);
        // An edit made later is still picked up by the next incremental run.
        rig.engine.clock.setNow(rig.engine.clock.nowUtc().addSecs(3600));
        QString edited;
        for (const sandbox::SandboxPost &post : rig.server.data().posts())
            if (!post.dark && post.lastModifiedAt < mark - 30LL * 86400000) {
                edited = post.urn;
                break;
            }
        QVERIFY(!edited.isEmpty());
        rig.server.data().touchPost(edited, rig.engine.clock.nowUtc().toMSecsSinceEpoch());
        QCOMPARE(rig.run(source(rig)).status, RunStatus::Succeeded);
        QSqlQuery query(rig.db());
        query.prepare(QStringLiteral("SELECT commentary FROM organization_posts WHERE id = ?"));
        query.addBindValue(edited);
        QVERIFY(query.exec() && query.next());
        QVERIFY2(query.value(0).toString().contains(QLatin1String("Update: figures corrected")), qPrintable(edited));
    }

    void unreadableTimesLoseNoPost() {
        Rig rig(newCatalogPath(), 240);
        rig.faults(QStringLiteral("oddtimes*0@posts"));
        const RunReport report = rig.run(source(rig));
        QCOMPARE(report.status, RunStatus::Succeeded);
        int expected = 0;
        for (const sandbox::SandboxPost &post : rig.server.data().posts())
            expected += post.publishedAt >= m_start.startOfDay(Qt::UTC).toMSecsSinceEpoch() ? 1 : 0;
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM organization_posts")), expected);
        // Numeric strings are read as numbers; null and out-of-range times are stored as NULL and counted.
        const qint64 unreadable =
            count(rig.db(), QStringLiteral("SELECT count(*) FROM organization_posts WHERE last_modified_at IS NULL"));
        QVERIFY(unreadable > expected / 2);
        QVERIFY(count(rig.db(), QStringLiteral("SELECT count(*) FROM organization_posts WHERE last_modified_at > 0")) >
                expected / 4);
        const QString message = stream(report, "organization_posts")->message;
        QVERIFY2(message.contains(QStringLiteral("%1 post").arg(unreadable)) &&
                     message.contains(QLatin1String("came with dates that could not be read")),
                 qPrintable(message));
    }

    void invalidUtf8CostsNoPage() {
        Rig rig(newCatalogPath());
        rig.faults(QStringLiteral("badutf8@posts"));
        const RunReport report = rig.run(source(rig));
        QCOMPARE(report.status, RunStatus::Succeeded);
        int expected = 0;
        for (const sandbox::SandboxPost &post : rig.server.data().posts())
            expected += post.publishedAt >= m_start.startOfDay(Qt::UTC).toMSecsSinceEpoch() ? 1 : 0;
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM organization_posts")), expected);
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM organization_posts WHERE commentary LIKE "
                                                "'%\uFFFD%' AND raw_json LIKE '%broken%'")),
                 1);
        QVERIFY(stream(report, "organization_posts")->message.contains(QLatin1String("U+FFFD")));
        int organic = 0, dark = 0;
        for (const sandbox::SandboxPost &post : rig.server.data().posts())
            (post.dark ? dark : organic) += 1;
        const int pages = qMax(1, (organic + 99) / 100) + qMax(1, (dark + 99) / 100);
        QCOMPARE(rig.server.requestCount(QStringLiteral("posts")), pages); // not retried: the page was kept
    }

    void numbersThatCannotBeStoredAreNamed() {
        Rig rig(newCatalogPath(), 10);
        rig.faults(QStringLiteral("bignum@organizationalEntityShareStatistics"));
        const RunReport report = rig.run(source(rig));
        QCOMPARE(report.status, RunStatus::Succeeded);
        const QString message = stream(report, "share_statistics")->message;
        QVERIFY2(message.contains(QLatin1String("like_count (1)")) &&
                     message.contains(QLatin1String("impression_count (1)")) &&
                     message.contains(QLatin1String("engagement (1)")),
                 qPrintable(message));
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM share_statistics WHERE report_type = 'DAY' AND "
                                                "like_count IS NULL AND impression_count IS NULL AND engagement IS "
                                                "NULL")),
                 1);
    }

    void anotherOrganizationsDataIsNotStored() {
        Rig rig(newCatalogPath());
        rig.faults(QStringLiteral("foreign@posts,foreign*0@organizationalEntityShareStatistics"));
        const RunReport report = rig.run(source(rig));
        QCOMPARE(report.status, RunStatus::Succeeded);
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM organization_posts WHERE author != "
                                                "'urn:li:organization:12345678'")),
                 0);
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM post_statistics WHERE post_urn = "
                                                "'urn:li:share:6999999999999999999'")),
                 0);
        QVERIFY(stream(report, "organization_posts")->message.contains(QLatin1String("another author")));
        QVERIFY(stream(report, "post_statistics")->message.contains(QLatin1String("not asked for")));
    }

    void leftoverStagingDoesNotBlockTheNextRun() {
        Rig rig(newCatalogPath(), 10);
        // What a run killed mid-way (or one whose disk was full) left behind.
        QSqlQuery leftover(rig.db());
        QVERIFY(leftover.exec(QStringLiteral("CREATE TABLE _pagesight_staging_organization_posts (id TEXT)")));
        QVERIFY(leftover.exec(QStringLiteral("CREATE TABLE _pagesight_staging_r7_share_statistics (x INTEGER)")));
        leftover.finish();
        const RunReport report = rig.run(source(rig, SyncType::FullTable));
        QCOMPARE(report.status, RunStatus::Succeeded);
        QVERIFY2(report.message.contains(QLatin1String("staging table")), qPrintable(report.message));
        QCOMPARE(count(rig.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE "
                                                "'\\_pagesight\\_staging%' ESCAPE '\\'")),
                 0);
        QVERIFY(count(rig.db(), QStringLiteral("SELECT count(*) FROM organization_posts")) > 0);
    }

    void tokenThatWouldInjectHeadersIsNeverSent() {
        sandbox::SandboxServer server(generatorOptions(10));
        QVERIFY(server.listen());
        for (const QString &token :
             {QStringLiteral("abc\r\nX-Injected: 1"), QStringLiteral("abc def"), QStringLiteral("abc\tdef")}) {
            StaticTokenProvider tokens(token);
            EngineRig rig(newCatalogPath(), &tokens, server.apiBaseUrl());
            const RunReport report = rig.run(sourceFor(server, m_start));
            QCOMPARE(report.status, RunStatus::Failed);
            QVERIFY(report.needsReauthorization);
        }
        QCOMPARE(server.requestCount(), 0); // nothing left the client
    }
};

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
