// The pagesight command line as a separate process, against the sandbox over loopback and a real
// catalog file: exit codes, bad input, a killed sync resuming, and secrets kept out of files.
#include "CliTestSupport.h"
#include "KeychainTestSupport.h"
#include "PostgresTestSupport.h"
#include "SyncTestSupport.h"

#include "analytics/Reports.h"
#include "app/SampleData.h"
#include "auth/TokenStore.h"

#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_token;
    const QDate m_today = QDateTime::currentDateTimeUtc().date();

    QString newPath(const QString &name = QStringLiteral("catalog")) {
        return m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(++m_counter));
    }

    // A source as the app saves it, over the sandbox's organization; a fresh id per test, since
    // its secrets go to the real keychain.
    SourceConfig storedSource(const sandbox::SandboxServer &server, const QString &description, const QDate &start) {
        SourceConfig source;
        source.id = QStringLiteral("cli-test-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        source.description = description;
        source.organizationId = 12345678;
        source.startDate = start;
        source.streams = defaultStreamSelections();
        source.apiBaseUrl = server.apiBaseUrl();
        return source;
    }

    static bool saveSource(const QString &catalogPath, const SourceConfig &source) {
        Catalog catalog(QStringLiteral("save-source"));
        return !catalog.open(catalogPath).isError() &&
               !SourceStore(catalog)
                    .save(source.id, source.description,
                          QString::fromUtf8(QJsonDocument(source.toJson()).toJson(QJsonDocument::Compact)))
                    .isError();
    }

    sandbox::GeneratorOptions options(int posts) const {
        sandbox::GeneratorOptions o;
        o.seed = 11;
        o.posts = posts;
        o.days = 400;
        return o; // today = the current UTC day, like the CLI's clock
    }

    QStringList syncArguments(const sandbox::SandboxServer &server, const QString &catalog) const {
        return {QStringLiteral("sync"),
                QStringLiteral("--org"),
                QStringLiteral("12345678"),
                QStringLiteral("--start"),
                m_today.addDays(-300).toString(Qt::ISODate),
                QStringLiteral("--catalog"),
                catalog,
                QStringLiteral("--api-base"),
                server.apiBaseUrl().toString()};
    }

    QMap<QString, QStringList> dump(const QString &path) {
        Catalog catalog(QStringLiteral("dump-%1").arg(++m_counter));
        if (catalog.open(path, Catalog::Mode::ReadOnly).isError())
            return {};
        return dumpTables(catalog.reader());
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A distinctive token, so that finding it anywhere means it leaked.
        m_token = QStringLiteral("tok") + QString::number(QRandomGenerator::global()->generate64(), 36) +
                  QString::number(QRandomGenerator::global()->generate64(), 36);
    }

    void syncReportAndQuery() {
        sandbox::ServerOptions serverOptions;
        serverOptions.accessToken = m_token;
        sandbox::SandboxServer server(options(120), serverOptions);
        QVERIFY(server.listen());
        const QString catalog = newPath();
        QStringList arguments = syncArguments(server, catalog);
        arguments << QStringLiteral("--json");
        const Outcome sync = runPagesight(arguments, m_token);
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(sync.out).object();
        QCOMPARE(report.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.value(QLatin1String("requests")).toInt(), server.requestCount(QStringLiteral("/rest/")));
        QVERIFY(sync.err.contains("organization_posts"));

        // The token is nowhere: not in the catalog, its WAL, stdout or stderr (with debug logs on).
        for (const QString &file : {catalog, catalog + QStringLiteral("-wal"), catalog + QStringLiteral("-shm")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(m_token.toUtf8()), qPrintable(file));
        }
        QVERIFY(!sync.out.contains(m_token.toUtf8()));
        QVERIFY(!sync.err.contains(m_token.toUtf8()));

        const Outcome csv =
            runPagesight({QStringLiteral("report"), QStringLiteral("post-engagement"), QStringLiteral("--catalog"),
                          catalog, QStringLiteral("--format"), QStringLiteral("csv")},
                         {});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.split('\n').first().trimmed(),
                 QByteArray("post_id,post_preview,published_date,content_type,impressions,unique_impressions,clicks,"
                            "likes,comments,shares,engagement_rate_pct,total_engagements"));
        const Outcome growth =
            runPagesight({QStringLiteral("report"), QStringLiteral("follower-growth"), QStringLiteral("--catalog"),
                          catalog, QStringLiteral("--format"), QStringLiteral("json")},
                         {});
        QCOMPARE(growth.exitCode, 0);
        const QJsonArray days = QJsonDocument::fromJson(growth.out).array();
        QCOMPARE(days.size(), int(qMax(m_today.addDays(-300), m_today.addMonths(-12)).daysTo(m_today.addDays(-2))) + 1);
        QCOMPARE(days.first().toObject().value(QLatin1String("report_date")).toString(),
                 m_today.addDays(-2).toString(Qt::ISODate));
        const Outcome demographics =
            runPagesight({QStringLiteral("report"), QStringLiteral("visitor-demographics"), QStringLiteral("--catalog"),
                          catalog, QStringLiteral("--format"), QStringLiteral("csv")},
                         {});
        QCOMPARE(demographics.exitCode, 0);
        QCOMPARE(demographics.out.split('\n').first().trimmed(),
                 QByteArray("seniority,total_views,unique_views,pct_of_total"));

        const Outcome select = runPagesight({QStringLiteral("query"), QStringLiteral("--catalog"), catalog,
                                             QStringLiteral("SELECT count(*) AS n FROM organization_posts"),
                                             QStringLiteral("--format"), QStringLiteral("json")},
                                            {});
        QCOMPARE(select.exitCode, 0);
        const qint64 posts =
            QJsonDocument::fromJson(select.out).array().first().toObject().value(QLatin1String("n")).toInteger();
        QVERIFY(posts > 0);
        QFile file(catalog);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Outcome write = runPagesight({QStringLiteral("query"), QStringLiteral("--catalog"), catalog,
                                            QStringLiteral("DELETE FROM organization_posts")},
                                           {});
        QCOMPARE(write.exitCode, 2);
        QVERIFY(!write.err.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // The command line on a team catalog: a sync into a PostgreSQL schema (the password from
    // PGPASSWORD), a second sync that adds nothing twice, queries that read it and refuse to change
    // it; a URL with a password in it is refused without repeating it.
    void syncAndQueryAPostgresCatalog() {
        PAGESIGHT_NEED_POSTGRES();
        testing::TestSchema schema;
        sandbox::ServerOptions serverOptions;
        serverOptions.accessToken = m_token;
        sandbox::SandboxServer server(options(60), serverOptions);
        QVERIFY(server.listen());
        const Outcome sync = runPagesight(syncArguments(server, schema.url()), m_token);
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        const auto count = [&schema](const char *table) {
            const Outcome query =
                runPagesight({QStringLiteral("query"), QStringLiteral("--catalog"), schema.url(),
                              QStringLiteral("SELECT count(*) AS n FROM %1").arg(QLatin1String(table)),
                              QStringLiteral("--format"), QStringLiteral("csv")},
                             {});
            return query.exitCode == 0 ? query.out.split('\n').value(1).trimmed().toLongLong() : -1;
        };
        const qint64 posts = count("organization_posts");
        QVERIFY(posts > 0);
        QCOMPARE(count("follower_statistics"), count("page_statistics"));
        QVERIFY2(runPagesight(syncArguments(server, schema.url()), m_token).exitCode == 0, "second sync");
        QCOMPARE(count("organization_posts"), posts);

        // Every report, byte for byte what the same sync into an SQLite file gives.
        const QString file = newPath();
        QVERIFY(runPagesight(syncArguments(server, file), m_token).exitCode == 0);
        for (const ReportDef &report : reportDefinitions()) {
            for (const char *format : {"csv", "json"}) {
                const auto run = [&](const QString &catalog) {
                    return runPagesight({QStringLiteral("report"), report.name, QStringLiteral("--catalog"), catalog,
                                         QStringLiteral("--format"), QLatin1String(format)},
                                        {});
                };
                const Outcome lite = run(file), team = run(schema.url());
                QVERIFY2(lite.exitCode == 0 && team.exitCode == 0, team.err.constData());
                QVERIFY2(lite.out.count('\n') > 3, qPrintable(report.name));
                QCOMPARE(team.out, lite.out);
            }
        }

        for (const char *sql : {"DELETE FROM organization_posts", "DROP TABLE organization_posts",
                                "SELECT 1; DELETE FROM organization_posts"}) {
            const Outcome refused = runPagesight(
                {QStringLiteral("query"), QStringLiteral("--catalog"), schema.url(), QLatin1String(sql)}, {});
            QCOMPARE(refused.exitCode, 2);
        }
        QCOMPARE(count("organization_posts"), posts);

        // A schema with no catalog is named, and not made.
        const QString elsewhere = testing::testServerUrl() + QStringLiteral("?schema=no_catalog_here");
        for (const QStringList &command :
             {QStringList{QStringLiteral("query"), QStringLiteral("--catalog"), elsewhere, QStringLiteral("SELECT 1")},
              QStringList{QStringLiteral("report"), QStringLiteral("follower-growth"), QStringLiteral("--catalog"),
                          elsewhere}}) {
            const Outcome missing = runPagesight(command, {});
            QCOMPARE(missing.exitCode, 2);
            QVERIFY2(missing.err.contains("There is no catalog"), missing.err.constData());
        }
        QCOMPARE(runPagesight({QStringLiteral("query"), QStringLiteral("--catalog"), schema.url(),
                               QStringLiteral("SELECT count(*) FROM information_schema.schemata WHERE schema_name = "
                                              "'no_catalog_here'"),
                               QStringLiteral("--format"), QStringLiteral("csv")},
                              {})
                     .out.split('\n')
                     .value(1)
                     .trimmed(),
                 QByteArray("0"));

        const QString withPassword =
            schema.url().replace(QLatin1String("pagesight@"), QLatin1String("pagesight:hunter2-secret@"));
        const Outcome leaked = runPagesight(
            {QStringLiteral("query"), QStringLiteral("--catalog"), withPassword, QStringLiteral("SELECT 1")}, {});
        QCOMPARE(leaked.exitCode, 2);
        QVERIFY(!leaked.err.contains("hunter2"));
        QVERIFY2(leaked.err.contains("PGPASSWORD"), leaked.err.constData());
    }

    void badInputIsRejected_data() {
        QTest::addColumn<QStringList>("replace"); // flag, value
        QTest::addColumn<QString>("message");
        QTest::newRow("organization abc")
            << QStringList{QStringLiteral("--org"), QStringLiteral("abc")} << QStringLiteral("not an organization ID");
        QTest::newRow("future start") << QStringList{QStringLiteral("--start"),
                                                     QDateTime::currentDateTimeUtc().date().addDays(3).toString(
                                                         Qt::ISODate)}
                                      << QStringLiteral("in the future");
        QTest::newRow("not a date") << QStringList{QStringLiteral("--start"), QStringLiteral("2026-13-40")}
                                    << QStringLiteral("not a date");
        QTest::newRow("prefix with a quote")
            << QStringList{QStringLiteral("--table-prefix"), QStringLiteral("li'_")} << QStringLiteral("table prefix");
        QTest::newRow("prefix with a space")
            << QStringList{QStringLiteral("--table-prefix"), QStringLiteral("my pages_")}
            << QStringLiteral("table prefix");
        QTest::newRow("unknown stream") << QStringList{QStringLiteral("--streams"), QStringLiteral("posts")}
                                        << QStringLiteral("not a stream");
        QTest::newRow("bad api version") << QStringList{QStringLiteral("--api-version"), QStringLiteral("2026-01")}
                                         << QStringLiteral("API version");
        QTest::newRow("catalog in a missing folder")
            << QStringList{QStringLiteral("--catalog"), QStringLiteral("missing-folder/catalog.sqlite")}
            << QStringLiteral("its folder does not exist");
        QTest::newRow("catalog is a folder") << QStringList{QStringLiteral("--catalog"), QStringLiteral(".")}
                                             << QStringLiteral("Cannot write the catalog");
        QTest::newRow("catalog where nothing can be written")
            << QStringList{QStringLiteral("--catalog"), QStringLiteral("/proc/pagesight-test.sqlite")}
            << QStringLiteral("catalog");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--token"), QStringLiteral("x")}
                                      << QStringLiteral("Unknown argument");
    }

    void badInputIsRejected() {
        QFETCH(QStringList, replace);
        QFETCH(QString, message);
        sandbox::SandboxServer server(options(20));
        QVERIFY(server.listen());
        const QString catalog = newPath();
        QStringList arguments = syncArguments(server, catalog);
        QString value = replace.at(1);
        if (replace.first() == QLatin1String("--catalog") && !value.startsWith(QLatin1Char('/')))
            value = m_dir.filePath(value);
        const qsizetype at = arguments.indexOf(replace.first());
        if (at >= 0)
            arguments[at + 1] = value;
        else
            arguments << replace.first() << value;
        const Outcome outcome = runPagesight(arguments, server.options().accessToken);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(message.toUtf8()), outcome.err.constData());
        QVERIFY(!QFile::exists(catalog));
        QCOMPARE(server.requestCount(), 0);
    }

    void foreignFileIsNotTouched() {
        sandbox::SandboxServer server(options(20));
        QVERIFY(server.listen());
        const QString path = newPath(QStringLiteral("notes"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
        file.close();
        const Outcome outcome = runPagesight(syncArguments(server, path), server.options().accessToken);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains("not a Pagesight catalog"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("These are my notes, not a database.\n"));
        QCOMPARE(server.requestCount(), 0);
    }

    void tokenProblemsExitWithThree() {
        sandbox::SandboxServer server(options(20));
        QVERIFY(server.listen());
        const QString catalog = newPath();
        const Outcome wrong = runPagesight(syncArguments(server, catalog), QStringLiteral("wrong-token"));
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.err.contains("Re-authorize"));
        const Outcome missing = runPagesight(syncArguments(server, newPath()), {});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains("LINKEDIN_ACCESS_TOKEN"));
    }

    void syncsASourceSetUpInTheApp() {
        sandbox::SandboxServer server(options(60));
        QVERIFY(server.listen());
        const QString path = newPath();
        SourceConfig source = storedSource(server, QStringLiteral("Marketing page"), m_today.addDays(-300));
        source.streams = defaultStreamSelections(QStringLiteral("mkt_"));
        QVERIFY(saveSource(path, source));
        // The token is in the keychain (the real Secret Service of scripts/with-test-keyring).
        PAGESIGHT_NEED_KEYCHAIN();
        KeychainTokenStore keychain;
        const TokenStore::Result written =
            QCoro::waitFor(keychain.write(SecretKeys::accessToken(source.id), server.options().accessToken));
        QVERIFY2(written.ok, qPrintable(QStringLiteral("The keychain is not available: %1. Run the tests with "
                                                       "scripts/with-test-keyring.")
                                            .arg(written.error)));
        const QStringList arguments = {QStringLiteral("sync"), QStringLiteral("--source"), source.description,
                                       QStringLiteral("--catalog"), path};
        const Outcome synced = runPagesight(arguments, {});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        // The source points at the sandbox, not LinkedIn: the command says where the token goes.
        QVERIFY2(synced.err.contains("the access token is sent to 127.0.0.1, not to LinkedIn"), synced.err.constData());
        Catalog catalog(QStringLiteral("check-source"));
        QVERIFY(!catalog.open(path, Catalog::Mode::ReadOnly).isError());
        qint64 expected = 0;
        for (const sandbox::SandboxPost &post : server.data().posts())
            expected += post.publishedAt >= QDateTime(source.startDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(expected > 0);
        QCOMPARE(count(catalog.reader(), QStringLiteral("SELECT count(*) FROM mkt_organization_posts")), expected);
        QCOMPARE(RunHistory(catalog).runs().first().sourceName, source.description);
        catalog.close();

        QVERIFY(QCoro::waitFor(keychain.remove(SecretKeys::accessToken(source.id))).ok);
        const Outcome withoutToken = runPagesight(arguments, {});
        QCOMPARE(withoutToken.exitCode, 3);
        const Outcome unknown = runPagesight({QStringLiteral("sync"), QStringLiteral("--source"),
                                              QStringLiteral("No such source"), QStringLiteral("--catalog"), path},
                                             {});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("No such source"));
    }

    // LinkedIn expired the access token: sync --source refreshes it, and the new token reaches the
    // keychain (and its expiry the stored source) before the command exits, so the next run works.
    void keepsTheTokensItRefreshed() {
        sandbox::SandboxServer server(options(60));
        QVERIFY(server.listen());
        const QString path = newPath();
        SourceConfig source = storedSource(server, QStringLiteral("Refreshed page"), m_today.addDays(-100));
        source.oauthBaseUrl = server.oauthBaseUrl();
        source.authMethod = SourceConfig::AuthMethod::OAuth;
        source.clientId = server.options().clientId;
        const QDateTime oldExpiry = QDateTime::currentDateTimeUtc().addSecs(-3600);
        source.accessTokenExpiresAt = oldExpiry;
        QVERIFY(saveSource(path, source));
        PAGESIGHT_NEED_KEYCHAIN();
        KeychainTokenStore keychain;
        const QString firstAccessToken = server.options().accessToken;
        for (const auto &[key, value] : {std::pair{SecretKeys::accessToken(source.id), firstAccessToken},
                                         std::pair{SecretKeys::refreshToken(source.id), server.options().refreshToken},
                                         std::pair{SecretKeys::clientSecret(source.id), server.options().clientSecret}})
            QVERIFY(QCoro::waitFor(keychain.write(key, value)).ok);
        server.expireAccessToken();

        const Outcome synced = runPagesight(
            {QStringLiteral("sync"), QStringLiteral("--source"), source.id, QStringLiteral("--catalog"), path}, {});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const QString kept = QCoro::waitFor(keychain.read(SecretKeys::accessToken(source.id))).value_or(QString());
        QVERIFY(kept != firstAccessToken);
        QCOMPARE(kept, server.options().accessToken);
        QVERIFY(!synced.err.contains(kept.toUtf8())); // never printed

        Catalog catalog(QStringLiteral("check-refresh-source"));
        QVERIFY(!catalog.open(path, Catalog::Mode::ReadOnly).isError());
        const QList<SourceRecord> records = SourceStore(catalog).sources();
        QCOMPARE(records.size(), 1);
        const std::optional<SourceConfig> stored =
            SourceConfig::fromJson(QJsonDocument::fromJson(records.first().configJson.toUtf8()).object());
        QVERIFY(stored);
        QVERIFY(stored->accessTokenExpiresAt > QDateTime::currentDateTimeUtc());
        catalog.close();
        for (const QString &key : {SecretKeys::accessToken(source.id), SecretKeys::refreshToken(source.id),
                                   SecretKeys::clientSecret(source.id)})
            QVERIFY(QCoro::waitFor(keychain.remove(key)).ok);
    }

    // The app's "Try with sample data" source syncs from the command line too: it signs in the way
    // the app does (the in-process sample server and its token), with no keychain and no token in
    // the environment, and the catalog keeps the source's own configuration.
    void syncsTheSampleSource() {
        const QString path = newPath();
        SampleData sample;
        QVERIFY(sample.ensureRunning());
        SourceConfig source = sample.sampleSource(QDateTime::currentDateTimeUtc().date());
        source.id = QStringLiteral("sample-cli");
        const QByteArray storedJson = QJsonDocument(source.toJson()).toJson(QJsonDocument::Compact);
        {
            Catalog catalog(QStringLiteral("save-sample-source"));
            QVERIFY(!catalog.open(path).isError());
            QVERIFY(!SourceStore(catalog).save(source.id, source.description, QString::fromUtf8(storedJson)).isError());
        }
        const Outcome synced = runPagesight(
            {QStringLiteral("sync"), QStringLiteral("--source"), source.id, QStringLiteral("--catalog"), path}, {});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        qint64 expected = 0;
        for (const sandbox::SandboxPost &post : sample.server()->data().posts())
            expected += post.publishedAt >= QDateTime(source.startDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(expected > 0);
        Catalog catalog(QStringLiteral("check-sample-source"));
        QVERIFY(!catalog.open(path, Catalog::Mode::ReadOnly).isError());
        QCOMPARE(count(catalog.reader(), QStringLiteral("SELECT count(*) FROM organization_posts")), expected);
        QCOMPARE(SourceStore(catalog).sources().first().configJson.toUtf8(), storedJson); // not the port of this run
    }

    // pagesight labels: sync installs the bundled names, --refresh replaces them with the sandbox's,
    // and a missing or refused token exits with 3.
    void labelsListAndRefresh_data() {
        QTest::addColumn<bool>("onServer");
        QTest::newRow("SQLite file") << false;
        QTest::newRow("PostgreSQL server") << true;
    }
    void labelsListAndRefresh() {
        QFETCH(bool, onServer);
        if (onServer)
            PAGESIGHT_NEED_POSTGRES();
        const testing::TestSchema schema;
        sandbox::ServerOptions serverOptions;
        serverOptions.accessToken = m_token;
        sandbox::SandboxServer server(options(5), serverOptions);
        QVERIFY(server.listen());
        const QString catalog = onServer ? schema.url() : newPath();
        const Outcome sync = runPagesight(syncArguments(server, catalog), m_token);
        QVERIFY2(sync.exitCode == 0, sync.err.constData());

        const auto labels = [&](const QStringList &extra, const QString &token = {}) {
            return runPagesight(QStringList{QStringLiteral("labels"), QStringLiteral("--catalog"), catalog} + extra,
                                token);
        };
        const auto byKey = [](const QByteArray &json) {
            QHash<QString, QJsonObject> rows;
            for (const QJsonValue &row : QJsonDocument::fromJson(json).array())
                rows.insert(row.toObject().value(QLatin1String("key")).toString(), row.toObject());
            return rows;
        };
        const Outcome before = labels({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(before.exitCode, 0);
        QHash<QString, QJsonObject> rows = byKey(before.out);
        QCOMPARE(rows.value(QStringLiteral("urn:li:seniority:5")).value(QLatin1String("name")).toString(),
                 QStringLiteral("Manager"));
        QCOMPARE(rows.value(QStringLiteral("urn:li:function:26")).value(QLatin1String("name")).toString(),
                 QStringLiteral("Support"));
        QCOMPARE(rows.value(QStringLiteral("urn:li:function:26")).value(QLatin1String("source")).toString(),
                 QStringLiteral("bundled"));
        // Installed by sync: every row has its time.
        QVERIFY(!rows.value(QStringLiteral("SIZE_1")).value(QLatin1String("updated_at")).toString().isEmpty());

        const Outcome noToken =
            labels({QStringLiteral("--refresh"), QStringLiteral("--api-base"), server.apiBaseUrl().toString()});
        QCOMPARE(noToken.exitCode, 3);
        QVERIFY(noToken.err.contains("LINKEDIN_ACCESS_TOKEN"));
        const Outcome refused =
            labels({QStringLiteral("--refresh"), QStringLiteral("--api-base"), server.apiBaseUrl().toString()},
                   QStringLiteral("not-the-token"));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(!refused.err.isEmpty());

        server.clearRequests();
        const Outcome refreshed = labels(
            {QStringLiteral("--refresh"), QStringLiteral("--api-base"), server.apiBaseUrl().toString(),
             QStringLiteral("--kind"), QStringLiteral("function"), QStringLiteral("--format"), QStringLiteral("csv")},
            m_token);
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
        QVERIFY(refreshed.err.contains("seniority: 10"));
        QVERIFY(refreshed.err.contains("geo: 26"));
        QVERIFY(!refreshed.err.contains(m_token.toUtf8()));
        QVERIFY(!refreshed.out.contains(m_token.toUtf8()));
        QCOMPARE(server.requestCount(QStringLiteral("/v2/")), 4);
        const QList<QByteArray> lines = refreshed.out.trimmed().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("key,kind,name,source,updated_at"));
        QCOMPARE(lines.size(), 1 + 26); // --kind function only
        const Outcome after = labels({QStringLiteral("--format"), QStringLiteral("json")});
        rows = byKey(after.out);
        QCOMPARE(rows.value(QStringLiteral("urn:li:function:26")).value(QLatin1String("name")).toString(),
                 QStringLiteral("Customer Success and Support"));
        QCOMPARE(rows.value(QStringLiteral("urn:li:function:26")).value(QLatin1String("source")).toString(),
                 QStringLiteral("linkedin"));
        QCOMPARE(rows.value(QStringLiteral("SIZE_1")).value(QLatin1String("source")).toString(),
                 QStringLiteral("bundled"));

        QCOMPARE(labels({QStringLiteral("--kind"), QStringLiteral("country")}).exitCode, 2);
        QCOMPARE(runPagesight({QStringLiteral("labels"), QStringLiteral("--catalog"), newPath()}, {}).exitCode, 2);
    }

    void sandboxCommandServesTheApi() {
        QProcess process;
        process.start(QStringLiteral(PAGESIGHT_BINARY),
                      {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--posts"), QStringLiteral("12")});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QRegularExpressionMatch url;
        for (int i = 0; i < 50 && !url.hasMatch(); ++i) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
            url = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+")).match(QString::fromUtf8(out));
        }
        QVERIFY2(url.hasMatch(), out.constData());
        QNetworkAccessManager network;
        qsizetype listed = 0; // organic posts, then the dark ones (isDsc=true)
        for (const char *dark : {"false", "true"}) {
            QNetworkRequest request(
                QUrl(url.captured(0) +
                     QStringLiteral("/rest/posts?author=urn%3Ali%3Aorganization%3A12345678&q=author&count=100&isDsc=") +
                     QLatin1String(dark)));
            request.setRawHeader("Authorization", "Bearer sandbox-access-token");
            request.setRawHeader("LinkedIn-Version", linkedin::kApiVersion);
            request.setRawHeader("X-Restli-Protocol-Version", "2.0.0");
            QNetworkReply *reply = network.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(5000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            listed +=
                QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("elements")).toArray().size();
            delete reply;
        }
        QCOMPARE(listed, 12);
        process.terminate(); // SIGTERM: a clean stop
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void killedSyncResumesToTheSameCatalog() {
        sandbox::ServerOptions serverOptions;
        serverOptions.latencyMs = 15;
        sandbox::SandboxServer server(options(900), serverOptions);
        QVERIFY(server.listen());
        const QString clean = newPath(QStringLiteral("clean"));
        QCOMPARE(runPagesight(syncArguments(server, clean), server.options().accessToken).exitCode, 0);

        const QString killed = newPath(QStringLiteral("killed"));
        server.clearRequests();
        const Outcome first =
            runPagesight(syncArguments(server, killed), server.options().accessToken, [&server](QProcess &process) {
                QSignalSpy served(&server, &sandbox::SandboxServer::requestServed);
                while (server.requestCount(QStringLiteral("/rest/posts")) < 4 && process.state() == QProcess::Running)
                    served.wait(5000);
                process.kill();
            });
        QCOMPARE(first.exitCode, -1); // killed, not finished
        // Some pages committed, not all.
        Catalog partial(QStringLiteral("partial-check"));
        QVERIFY(!partial.open(killed, Catalog::Mode::ReadOnly).isError());
        const qint64 partialPosts = count(partial.reader(), QStringLiteral("SELECT count(*) FROM organization_posts"));
        partial.close();
        QVERIFY2(partialPosts >= 100 && partialPosts < 900, qPrintable(QString::number(partialPosts)));

        server.clearRequests();
        QCOMPARE(runPagesight(syncArguments(server, killed), server.options().accessToken).exitCode, 0);
        // Resumed: it did not list every page again.
        QVERIFY(server.requestCount(QStringLiteral("/rest/posts")) < 10);
        QCOMPARE(dump(killed), dump(clean));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
