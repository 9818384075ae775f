// The retention period, through the command line and a real catalog synced from the sandbox:
// `purge --older-than` removes exactly the rows about days before the cutoff and leaves every other
// row byte-identical; the catalog's setting (`retention`) is applied after each sync and by
// `purge --retention`; the bookmarks stay, so a sync never fetches the removed days again; bad
// input is refused and changes nothing. The first two run on a SQLite file and on a PostgreSQL
// server alike.
#include "CliTestSupport.h"
#include "PostgresTestSupport.h"
#include "SyncTestSupport.h"

#include "streams/Retention.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

namespace {

const QString token = QStringLiteral("retention-token");
const qint64 organizationId = 12345678;

// The test's own reading of "older than DAYS": the day each row is about, per table.
QString olderCondition(const QString &table) {
    if (table == QLatin1String("organization_posts"))
        return QStringLiteral("COALESCE(published_at, created_at) < :ms");
    if (table == QLatin1String("post_statistics"))
        return QStringLiteral("substr(_synced_at, 1, 10) < :day");
    return QStringLiteral("\"date\" < :day");
}

struct Split {
    QStringList older; // every column of the rows older than the cutoff
    QStringList kept;
};

QStringList dump(QSqlQuery &query) {
    QStringList lines;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << (query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
        lines << cells.join(QLatin1Char('|'));
    }
    return lines;
}

QMap<QString, Split> split(const QString &path, int days) {
    static int counter = 0;
    Catalog catalog(QStringLiteral("split-%1").arg(++counter));
    if (catalog.open(path, Catalog::Mode::ReadOnly).isError())
        return {};
    const QDate cutoff = QDateTime::currentDateTimeUtc().date().addDays(-days);
    QMap<QString, Split> tables;
    for (const StreamDef &stream : allStreams()) {
        for (const bool older : {true, false}) {
            // A row with no day at all (a post without dates) is kept.
            const QString condition = olderCondition(stream.defaultTable());
            QSqlQuery query(catalog.reader());
            query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2")
                              .arg(stream.defaultTable(),
                                   older ? condition : QStringLiteral("NOT COALESCE(%1, FALSE)").arg(condition)));
            if (condition.contains(QLatin1String(":ms")))
                query.bindValue(QStringLiteral(":ms"), QDateTime(cutoff, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
            else
                query.bindValue(QStringLiteral(":day"), cutoff.toString(Qt::ISODate));
            if (!query.exec())
                return {};
            QStringList rows = dump(query);
            rows.sort(); // in no particular order: a PostgreSQL table has no rowid
            (older ? tables[stream.defaultTable()].older : tables[stream.defaultTable()].kept) = rows;
        }
    }
    return tables;
}

qint64 scalar(const QString &path, const QString &sql) {
    static int counter = 0;
    Catalog catalog(QStringLiteral("scalar-%1").arg(++counter));
    if (catalog.open(path, Catalog::Mode::ReadOnly).isError())
        return -1;
    QSqlQuery query(catalog.reader());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QByteArray fingerprint(const QString &path) {
    QByteArray all;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        all += f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : "-";
    }
    return all.toHex();
}

QMap<QString, qint64> removedPerTable(const QByteArray &json) {
    QMap<QString, qint64> removed;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        removed.insert(value[QLatin1String("table")].toString(), value[QLatin1String("rows_removed")].toInteger());
    return removed;
}

} // namespace

class TestRetention : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::vector<std::unique_ptr<TestSchema>> m_schemas; // the server's catalogs, dropped at the end
    int m_counter = 0;

    QStringList syncArguments(const QString &path) const {
        return {QStringLiteral("sync"),
                QStringLiteral("--org"),
                QString::number(organizationId),
                QStringLiteral("--start"),
                QDate::currentDate().addDays(-200).toString(Qt::ISODate),
                QStringLiteral("--catalog"),
                path,
                QStringLiteral("--api-base"),
                m_server->apiBaseUrl().toString(),
                QStringLiteral("--json")};
    }

    // A catalog freshly synced from the sandbox, some post statistics last fetched long ago: a file,
    // or a schema on the test server.
    QString syncedCatalog(bool server = false) {
        QString path = m_dir.filePath(QStringLiteral("catalog-%1.sqlite").arg(++m_counter));
        if (server) {
            m_schemas.push_back(std::make_unique<TestSchema>());
            path = m_schemas.back()->url();
        }
        const Outcome synced = runPagesight(syncArguments(path), token);
        if (synced.exitCode != 0)
            return {};
        Catalog catalog(QStringLiteral("age-%1").arg(m_counter));
        if (catalog.open(path).isError())
            return {};
        QSqlQuery query(catalog.reader());
        if (!query.exec(QStringLiteral("UPDATE post_statistics SET _synced_at = '2020-01-01T06:00:00Z' "
                                       "WHERE substr(post_urn, length(post_urn), 1) IN ('0', '3', '6', '9')")))
            return {};
        return path;
    }

    Outcome cli(const QStringList &arguments) { return runPagesight(arguments, {}); }

    static void backends() {
        QTest::addColumn<bool>("server");
        QTest::newRow("SQLite file") << false;
        QTest::newRow("PostgreSQL server") << true;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        sandbox::GeneratorOptions data;
        data.organizationId = organizationId;
        data.posts = 60;
        data.days = 200;
        sandbox::ServerOptions options;
        options.accessToken = token;
        m_server = std::make_unique<sandbox::SandboxServer>(data, options);
        QVERIFY(m_server->listen());
    }

    void olderThanRemovesExactlyTheOldRows_data() { backends(); }
    void olderThanRemovesExactlyTheOldRows() {
        QFETCH(bool, server);
        if (server)
            PAGESIGHT_NEED_POSTGRES();
        const QString path = syncedCatalog(server);
        QVERIFY(!path.isEmpty());
        const QMap<QString, Split> before = split(path, 60);
        QCOMPARE(before.size(), 5);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(!it->older.isEmpty() && !it->kept.isEmpty(), qPrintable(it.key())); // both sides tested
        const qint64 bookmarks = scalar(path, QStringLiteral("SELECT count(*) FROM _pagesight_bookmarks"));
        QVERIFY(bookmarks > 0);

        const Outcome purged =
            cli({QStringLiteral("purge"), QStringLiteral("--catalog"), path, QStringLiteral("--older-than"),
                 QStringLiteral("60"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(purged.exitCode == 0, purged.err.constData());
        const QMap<QString, qint64> removed = removedPerTable(purged.out);
        QCOMPARE(removed.size(), 5);
        const QMap<QString, Split> after = split(path, 60);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QCOMPARE(removed.value(it.key()), it->older.size());
            QVERIFY(after.value(it.key()).older.isEmpty());
            QCOMPARE(after.value(it.key()).kept, it->kept); // every other row, every column, as it was
        }
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM _pagesight_bookmarks")), bookmarks);
        QVERIFY(purged.err.contains("older than 60 days"));
    }

    // The setting is kept in the catalog, listed with what it would remove, applied after the next
    // sync (which fetches nothing it removed again) and by purge --retention.
    void settingIsAppliedAfterEachSync_data() { backends(); }
    void settingIsAppliedAfterEachSync() {
        QFETCH(bool, server);
        if (server)
            PAGESIGHT_NEED_POSTGRES();
        const QString path = syncedCatalog(server);
        QVERIFY(!path.isEmpty());
        const QStringList retention = {QStringLiteral("retention"), QStringLiteral("--catalog"), path,
                                       QStringLiteral("--format"), QStringLiteral("json")};
        const Outcome off = cli(retention);
        QCOMPARE(off.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(off.out).array().size(), 0);
        QVERIFY(off.err.contains("off"));
        const Outcome nothing =
            cli({QStringLiteral("purge"), QStringLiteral("--catalog"), path, QStringLiteral("--retention")});
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.err.contains("no retention setting"));

        const QMap<QString, Split> before = split(path, 30);
        const Outcome set = cli(retention + QStringList{QStringLiteral("--days"), QStringLiteral("30")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QJsonArray rules = QJsonDocument::fromJson(set.out).array();
        QCOMPARE(rules.size(), 5);
        for (const QJsonValue &rule : rules) {
            QCOMPARE(rule[QLatin1String("days")].toInt(), 30);
            QCOMPARE(rule[QLatin1String("rows_older")].toInteger(),
                     before.value(rule[QLatin1String("table")].toString()).older.size());
        }
        const Outcome postStatisticsOff =
            cli(retention + QStringList{QStringLiteral("--days"), QStringLiteral("off"), QStringLiteral("--table"),
                                        QStringLiteral("post_statistics")});
        QCOMPARE(postStatisticsOff.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(postStatisticsOff.out).array().size(), 4);

        // The next sync applies it: its report says what went, per table.
        const Outcome synced = runPagesight(syncArguments(path), token);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(synced.out).object();
        const QJsonObject removed = report.value(QLatin1String("retention_removed")).toObject();
        QCOMPARE(removed.keys(),
                 (QStringList{QStringLiteral("follower_statistics"), QStringLiteral("organization_posts"),
                              QStringLiteral("page_statistics"), QStringLiteral("share_statistics")}));
        const QMap<QString, Split> after = split(path, 30);
        for (const QString &table : removed.keys()) {
            QCOMPARE(removed.value(table).toInteger(), before.value(table).older.size());
            QVERIFY2(after.value(table).older.isEmpty(), qPrintable(table)); // not fetched again either
        }
        // Off for post statistics: the sync refreshed the recent posts' statistics, and removed none.
        const Split &statisticsBefore = before[QStringLiteral("post_statistics")];
        const Split &statisticsAfter = after[QStringLiteral("post_statistics")];
        QVERIFY(!statisticsAfter.older.isEmpty());
        QCOMPARE(statisticsAfter.older.size() + statisticsAfter.kept.size(),
                 statisticsBefore.older.size() + statisticsBefore.kept.size());

        // purge --retention: the same setting, nothing more to remove now.
        const Outcome again = cli({QStringLiteral("purge"), QStringLiteral("--catalog"), path,
                                   QStringLiteral("--retention"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QMap<QString, qint64> none = removedPerTable(again.out);
        QCOMPARE(none.size(), 4);
        for (const qint64 rows : none)
            QCOMPARE(rows, 0);
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QStringList>("arguments");
        const auto purge = [](const QStringList &rest) {
            return QStringList{QStringLiteral("purge")} + rest;
        };
        const auto retention = [](const QStringList &rest) {
            return QStringList{QStringLiteral("retention")} + rest;
        };
        QTest::newRow("zero days") << purge({QStringLiteral("--older-than"), QStringLiteral("0")});
        QTest::newRow("words") << purge({QStringLiteral("--older-than"), QStringLiteral("a year")});
        QTest::newRow("too many days") << purge({QStringLiteral("--older-than"), QStringLiteral("36501")});
        QTest::newRow("negative") << purge({QStringLiteral("--older-than"), QStringLiteral("-5")});
        QTest::newRow("both ways") << purge(
            {QStringLiteral("--older-than"), QStringLiteral("5"), QStringLiteral("--retention")});
        QTest::newRow("bad org") << purge(
            {QStringLiteral("--older-than"), QStringLiteral("5"), QStringLiteral("--org"), QStringLiteral("acme")});
        QTest::newRow("retention days") << retention({QStringLiteral("--days"), QStringLiteral("1.5")});
        QTest::newRow("unknown table") << retention(
            {QStringLiteral("--days"), QStringLiteral("5"), QStringLiteral("--table"), QStringLiteral("things")});
        QTest::newRow("bad table name") << retention(
            {QStringLiteral("--days"), QStringLiteral("5"), QStringLiteral("--table"), QStringLiteral("drop table")});
        QTest::newRow("table and prefix")
            << retention({QStringLiteral("--days"), QStringLiteral("5"), QStringLiteral("--table"),
                          QStringLiteral("post_statistics"), QStringLiteral("--table-prefix"), QStringLiteral("x_")});
        QTest::newRow("retention and prefix")
            << purge({QStringLiteral("--retention"), QStringLiteral("--table-prefix"), QStringLiteral("x_")});
        QTest::newRow("table without days")
            << retention({QStringLiteral("--table"), QStringLiteral("post_statistics")});
    }

    void badInputChangesNothing() {
        QFETCH(QStringList, arguments);
        static QString path;
        if (path.isEmpty())
            path = syncedCatalog();
        QVERIFY(!path.isEmpty());
        const QByteArray before = fingerprint(path);
        const Outcome refused =
            cli(QStringList{arguments.first(), QStringLiteral("--catalog"), path} + arguments.mid(1));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!refused.err.isEmpty());
        QCOMPARE(fingerprint(path), before);
    }

    void neverCreatesACatalog() {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("30")},
              QStringList{QStringLiteral("retention"), QStringLiteral("--days"), QStringLiteral("30")}}) {
            const Outcome refused = cli(arguments + QStringList{QStringLiteral("--catalog"), missing});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(!QFile::exists(missing));
        }
    }

    void daysAreParsedStrictly() {
        QCOMPARE(parseRetentionDays(QStringLiteral("365")), std::optional<int>(365));
        QCOMPARE(parseRetentionDays(QStringLiteral("36500")), std::optional<int>(36500));
        for (const char *bad : {"", "0", "36501", "+5", " 5", "5d", "1e3", "99999999999"})
            QVERIFY2(!parseRetentionDays(QString::fromLatin1(bad)), bad);
        QCOMPARE(streamOfTableName(QStringLiteral("set2_post_statistics")), QStringLiteral("post_statistics"));
        QCOMPARE(streamOfTableName(QStringLiteral("acme_organization_posts")), QStringLiteral("organization_posts"));
        QCOMPARE(streamOfTableName(QStringLiteral("posts")), QString());
    }
};

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
