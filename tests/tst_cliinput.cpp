// Input from the user or the machine, through the pagesight binary: commands and their --help,
// flags given twice, strict dates, tokens that would inject headers, another application's SQLite
// file, plain http to another host, a second sync of the same catalog, streamed query output and
// CSV that a spreadsheet cannot run.
#include "CliTestSupport.h"
#include "SyncTestSupport.h"

#include "sync/SyncLock.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

class TestCliInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    const QDate m_today = QDateTime::currentDateTimeUtc().date();

    QString newPath(const QString &name = QStringLiteral("catalog")) {
        return m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(++m_counter));
    }
    static sandbox::GeneratorOptions options(int posts) {
        sandbox::GeneratorOptions o;
        o.seed = 5;
        o.posts = posts;
        o.days = 60;
        return o;
    }
    QStringList syncArguments(const sandbox::SandboxServer &server, const QString &catalog) const {
        return {QStringLiteral("sync"),
                QStringLiteral("--org"),
                QStringLiteral("12345678"),
                QStringLiteral("--start"),
                m_today.addDays(-50).toString(Qt::ISODate),
                QStringLiteral("--catalog"),
                catalog,
                QStringLiteral("--api-base"),
                server.apiBaseUrl().toString()};
    }
    static QByteArray sha256(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    }
    // A small synced catalog for the report and query tests.
    QString syncedCatalog() {
        sandbox::SandboxServer server(options(30));
        if (!server.listen())
            return {};
        const QString catalog = newPath(QStringLiteral("synced"));
        const Outcome outcome = runPagesight(syncArguments(server, catalog), server.options().accessToken);
        return outcome.exitCode == 0 ? catalog : QString();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void everyCommandHasItsHelp_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sync") << "sync"
                              << "pagesight sync --org ID";
        QTest::newRow("report") << "report"
                                << "pagesight report NAME";
        QTest::newRow("query") << "query"
                               << "pagesight query --catalog FILE";
        QTest::newRow("labels") << "labels"
                                << "pagesight labels --catalog FILE";
        QTest::newRow("sandbox") << "sandbox"
                                 << "--faults";
    }

    void everyCommandHasItsHelp() {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        const Outcome outcome = runPagesight({command, QStringLiteral("--help")}, {});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.out.contains(expected.toUtf8()), outcome.out.constData());
        if (command != QLatin1String("sandbox")) // only that command's usage
            QVERIFY(!outcome.out.contains(command == QLatin1String("sync") ? "pagesight report" : "pagesight sync"));
    }

    void unknownCommandIsBadInput() {
        for (const QString &typo : {QStringLiteral("frobnicate"), QStringLiteral("snyc"), QStringLiteral("-x")}) {
            const Outcome outcome = runPagesight({typo}, {});
            QCOMPARE(outcome.exitCode, 2); // never the desktop app
            QVERIFY(outcome.err.contains("Unknown command"));
            QVERIFY(outcome.err.contains("pagesight sync"));
        }
        QCOMPARE(runPagesight({QStringLiteral("--help")}, {}).exitCode, 0);
    }

    void flagsDatesAndAddresses_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("flag twice") << QStringList{QStringLiteral("--org"), QStringLiteral("12345678")}
                                    << "--org is given twice";
        QTest::newRow("date without leading zeros")
            << QStringList{QStringLiteral("--start=2026-1-5")} << "is not a date";
        QTest::newRow("date and time") << QStringList{QStringLiteral("--start=2026-01-05T00:00")} << "is not a date";
        QTest::newRow("plain http elsewhere")
            << QStringList{QStringLiteral("--api-base=http://api.example.com/rest")} << "unencrypted";
        QTest::newRow("unsupported scheme")
            << QStringList{QStringLiteral("--api-base=ftp://api.example.com/rest")} << "not an http or https one";
        QTest::newRow("not a url") << QStringList{QStringLiteral("--api-base=:::")} << "is not a URL";
        QTest::newRow("version in the future")
            << QStringList{QStringLiteral("--api-version=%1")
                               .arg(m_today.addMonths(2).toString(QStringLiteral("yyyyMM")))}
            << "is in the future";
    }

    void flagsDatesAndAddresses() {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        sandbox::SandboxServer server(options(5));
        QVERIFY(server.listen());
        const QString catalog = newPath();
        QStringList arguments = syncArguments(server, catalog);
        // --start= and --api-base= replace the default ones, anything else is added.
        for (const QString &argument : extra) {
            const QString name = argument.section(QLatin1Char('='), 0, 0);
            const qsizetype at = arguments.indexOf(name);
            if (argument.contains(QLatin1Char('=')) && at >= 0)
                arguments.remove(at, 2);
        }
        arguments += extra;
        const Outcome outcome = runPagesight(arguments, server.options().accessToken);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(message.toUtf8()), outcome.err.constData());
        QVERIFY(!QFile::exists(catalog));
        QCOMPARE(server.requestCount(), 0);
    }

    void tokenWithControlCharactersIsRefusedUnseen() {
        sandbox::SandboxServer server(options(5));
        QVERIFY(server.listen());
        const QString catalog = newPath();
        const QString secret = QStringLiteral("Secret7a9") + QStringLiteral("\r\nX-Injected: yes");
        const Outcome outcome = runPagesight(syncArguments(server, catalog), secret);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains("the access token contains invalid characters") ||
                outcome.err.contains("The access token contains invalid characters"));
        QVERIFY(!outcome.err.contains("Secret7a9") && !outcome.out.contains("Secret7a9"));
        QVERIFY(!QFile::exists(catalog)); // no file before the input is known to be good
        QCOMPARE(server.requestCount(), 0);
        // Surrounding whitespace is only trimmed.
        const Outcome trimmed =
            runPagesight(syncArguments(server, catalog), QStringLiteral("  %1\n").arg(server.options().accessToken));
        QVERIFY2(trimmed.exitCode == 0, trimmed.err.constData());
        // An empty token creates nothing either.
        const QString other = newPath();
        QCOMPARE(runPagesight(syncArguments(server, other), {}).exitCode, 3);
        QVERIFY(!QFile::exists(other));
    }

    void anotherApplicationsDatabaseIsLeftUnchanged() {
        sandbox::SandboxServer server(options(5));
        QVERIFY(server.listen());
        const QString path = newPath(QStringLiteral("accounts"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-app"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts VALUES (1, 100.5)")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
        const QByteArray before = sha256(path);
        const Outcome outcome = runPagesight(syncArguments(server, path), server.options().accessToken);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains("not a Pagesight catalog"), outcome.err.constData());
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(server.requestCount(), 0);
    }

    void secondSyncWaitsOrRefuses() {
        sandbox::SandboxServer server(options(5));
        QVERIFY(server.listen());
        const QString catalog = newPath();
        // This process holds the catalog's sync lock, as a running sync would.
        SyncLock held(catalog);
        QCOMPARE(held.tryAcquire(QDateTime::currentDateTimeUtc()), SyncLock::Result::Acquired);
        QStringList noWait = syncArguments(server, catalog);
        noWait << QStringLiteral("--no-wait");
        const Outcome refused = runPagesight(noWait, server.options().accessToken);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("Another sync of") &&
                     refused.err.contains(QByteArray::number(QCoreApplication::applicationPid())),
                 refused.err.constData());
        QCOMPARE(server.requestCount(QStringLiteral("/rest/")), 0);

        // Without --no-wait it says it waits, and goes on once the lock is free.
        const Outcome waited =
            runPagesight(syncArguments(server, catalog), server.options().accessToken, [&held](QProcess &process) {
                QByteArray err;
                for (int i = 0; i < 100 && !err.contains("Waiting for the sync"); ++i) {
                    process.waitForReadyRead(100);
                    err += process.readAllStandardError();
                }
                QVERIFY2(err.contains("Waiting for the sync"), err.constData());
                held.release();
            });
        QVERIFY2(waited.exitCode == 0, waited.err.constData());
        QVERIFY(server.requestCount(QStringLiteral("/rest/")) > 0);
    }

    void queryStreamsEveryRow() {
        const QString catalog = syncedCatalog();
        QVERIFY(!catalog.isEmpty());
        // 300 × (rows of the posts table): more rows than the table printer aligns on.
        const QString sql =
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                           "SELECT i, p.id FROM n, organization_posts p ORDER BY i, p.id");
        const Outcome count = runPagesight({QStringLiteral("query"), QStringLiteral("--catalog"), catalog,
                                            QStringLiteral("SELECT count(*) FROM organization_posts")},
                                           {});
        const qint64 posts = count.out.split('\n').value(2).trimmed().toLongLong();
        QVERIFY(posts > 0);
        for (const char *format : {"csv", "json", "table"}) {
            const Outcome outcome = runPagesight({QStringLiteral("query"), QStringLiteral("--catalog"), catalog,
                                                  QStringLiteral("--format"), QLatin1String(format), sql},
                                                 {});
            QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
            const qint64 expected = 300 * posts;
            if (qstrcmp(format, "csv") == 0)
                QCOMPARE(outcome.out.count("\r\n"), expected + 1);
            else if (qstrcmp(format, "json") == 0)
                QCOMPARE(QJsonDocument::fromJson(outcome.out).array().size(), expected);
            else
                QVERIFY2(outcome.out.endsWith(QStringLiteral("(%1 rows)\n").arg(expected).toUtf8()),
                         outcome.out.right(80).constData());
        }
    }

    void csvNeverRunsAFormula() {
        const QString catalog = syncedCatalog();
        QVERIFY(!catalog.isEmpty());
        const QString sql =
            QStringLiteral("SELECT '=HYPERLINK(\"http://x\")' AS a, '+1' AS b, '-2' AS c, '@SUM(A1)' AS d, "
                           "-3 AS n, 'plain' AS e");
        const Outcome safe = runPagesight(
            {QStringLiteral("query"), QStringLiteral("--catalog"), catalog, QStringLiteral("--format=csv"), sql}, {});
        QCOMPARE(safe.exitCode, 0);
        QCOMPARE(safe.out.split('\n').value(1).trimmed(),
                 QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),-3,plain"));
        const Outcome raw = runPagesight({QStringLiteral("query"), QStringLiteral("--catalog"), catalog,
                                          QStringLiteral("--format=csv"), QStringLiteral("--raw-csv"), sql},
                                         {});
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.out.split('\n').value(1).trimmed(),
                 QByteArray("\"=HYPERLINK(\"\"http://x\"\")\",+1,-2,@SUM(A1),-3,plain"));
        // Reports too.
        const Outcome report = runPagesight({QStringLiteral("report"), QStringLiteral("post-engagement"),
                                             QStringLiteral("--catalog"), catalog, QStringLiteral("--format=csv"),
                                             QStringLiteral("--raw-csv"), QStringLiteral("--raw-csv")},
                                            {});
        QCOMPARE(report.exitCode, 2); // given twice
    }
};

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cliinput.moc"
