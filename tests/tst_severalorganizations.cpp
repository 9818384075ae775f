// Several organizations in one catalog, through the command line: purge removes one of them and
// nothing else, and `sync --source` names a source by id or by a description only it has.
//
// ctest runs it twice: on SQLite files, and with PAGESIGHT_TEST_ON_SERVER=1 on schemas of the test
// PostgreSQL server (tst_severalorganizations_postgres).
#include "CliTestSupport.h"
#include "PostgresTestSupport.h"
#include "SyncTestSupport.h"

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
const QString acme = QStringLiteral("urn:li:organization:12345678");
const QString other = QStringLiteral("urn:li:organization:87654321");

// Every column of every row one organization owns, per stream table: what must stay byte-identical.
QMap<QString, QStringList> rowsOf(const QString &path, const QString &organizationUrn) {
    static int counter = 0;
    Catalog catalog(QStringLiteral("rows-of-%1").arg(++counter));
    if (catalog.open(path, Catalog::Mode::ReadOnly).isError())
        return {};
    QMap<QString, QStringList> dump;
    for (const StreamDef &stream : allStreams()) {
        QSqlQuery query(catalog.reader());
        query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?")
                          .arg(Catalog::quoted(stream.defaultTable()), Catalog::quoted(stream.ownerColumn)));
        query.addBindValue(organizationUrn);
        if (!query.exec())
            continue;
        QStringList lines;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << (query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
            lines << cells.join(QLatin1Char('|'));
        }
        lines.sort(); // in no particular order: a server's table has no rowid
        dump.insert(stream.defaultTable(), lines);
    }
    return dump;
}

qint64 scalar(const QString &path, const QString &sql, const QVariantList &values = {}) {
    static int counter = 0;
    Catalog catalog(QStringLiteral("scalar-%1").arg(++counter));
    if (catalog.open(path, Catalog::Mode::ReadOnly).isError())
        return -1;
    QSqlQuery query(catalog.reader());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

class TestSeveralOrganizations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;
    const QString m_token = QStringLiteral("several-organizations-token");
    const bool m_onServer = qEnvironmentVariableIntValue("PAGESIGHT_TEST_ON_SERVER") == 1;
    std::vector<std::unique_ptr<TestSchema>> m_schemas; // dropped at the end

    // A new catalog's location: a file, or a schema of the test server.
    QString newCatalog(const QString &name) {
        if (!m_onServer)
            return m_dir.filePath(name + QStringLiteral(".sqlite"));
        m_schemas.push_back(std::make_unique<TestSchema>());
        return m_schemas.back()->url();
    }

    QStringList syncOf(const sandbox::SandboxServer &server, qint64 organizationId) const {
        return {QStringLiteral("sync"),
                QStringLiteral("--org"),
                QString::number(organizationId),
                QStringLiteral("--start"),
                QDate::currentDate().addDays(-120).toString(Qt::ISODate),
                QStringLiteral("--catalog"),
                m_catalog,
                QStringLiteral("--api-base"),
                server.apiBaseUrl().toString()};
    }

private slots:
    // Two organizations synced from two sandboxes into one catalog.
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (m_onServer)
            PAGESIGHT_NEED_POSTGRES();
        m_catalog = newCatalog(QStringLiteral("catalog"));
        for (const qint64 id : {qint64(12345678), qint64(87654321)}) {
            sandbox::GeneratorOptions data;
            data.organizationId = id;
            data.posts = 40;
            data.days = 150;
            sandbox::ServerOptions serverOptions;
            serverOptions.accessToken = m_token;
            sandbox::SandboxServer server(data, serverOptions);
            QVERIFY(server.listen());
            const Outcome synced = runPagesight(syncOf(server, id), m_token);
            QVERIFY2(synced.exitCode == 0, synced.err.constData());
        }
    }

    // Without --org, each organization's report with an organization column first; with it, the
    // seed's columns alone, and the per-organization rows are exactly those.
    void reportWithoutOrgIsPerOrganization() {
        const QStringList report = {QStringLiteral("report"),    QStringLiteral("follower-growth"),
                                    QStringLiteral("--catalog"), m_catalog,
                                    QStringLiteral("--format"),  QStringLiteral("json")};
        const Outcome both = runPagesight(report, {});
        QVERIFY2(both.exitCode == 0, both.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(both.out).array();
        QVERIFY(!rows.isEmpty());
        QMap<QString, QJsonArray> byOrganization;
        for (const QJsonValue &value : rows) {
            QJsonObject row = value.toObject();
            const QString organization = row.take(QLatin1String("organization")).toString();
            byOrganization[organization].append(row);
        }
        QCOMPARE(byOrganization.keys(), (QStringList{acme, other}));
        const QStringList seedColumns =
            QJsonDocument::fromJson(
                runPagesight(report + QStringList{QStringLiteral("--org"), QStringLiteral("12345678")}, {}).out)
                .array()
                .first()
                .toObject()
                .keys();
        QVERIFY(!seedColumns.contains(QStringLiteral("organization")));
        for (const QString &urn : {acme, other}) {
            const Outcome one = runPagesight(report + QStringList{QStringLiteral("--org"), urn.section(':', -1)}, {});
            QCOMPARE(one.exitCode, 0);
            QCOMPARE(byOrganization.value(urn), QJsonDocument::fromJson(one.out).array());
        }
        // CSV: the organization column comes first, then the seed's columns in their order.
        const Outcome csv =
            runPagesight({QStringLiteral("report"), QStringLiteral("follower-growth"), QStringLiteral("--catalog"),
                          m_catalog, QStringLiteral("--format"), QStringLiteral("csv")},
                         {});
        QVERIFY(csv.out.startsWith("organization,report_date,"));
    }

    void purgeRemovesOneOrganizationAndNothingElse() {
        const QMap<QString, QStringList> acmeBefore = rowsOf(m_catalog, acme);
        const QMap<QString, QStringList> otherBefore = rowsOf(m_catalog, other);
        qint64 acmeRows = 0;
        for (const QStringList &rows : acmeBefore)
            acmeRows += rows.size();
        QVERIFY(acmeRows > 100);
        QCOMPARE(otherBefore.keys(), acmeBefore.keys());
        const QString bookmarks =
            QStringLiteral("SELECT count(*) FROM _pagesight_bookmarks WHERE organization_urn = ?");
        QVERIFY(scalar(m_catalog, bookmarks, {acme}) > 0);
        const qint64 otherBookmarks = scalar(m_catalog, bookmarks, {other});
        QVERIFY(otherBookmarks > 0);

        const Outcome purged =
            runPagesight({QStringLiteral("purge"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--org"),
                          QStringLiteral("12345678"), QStringLiteral("--format"), QStringLiteral("json")},
                         {});
        QVERIFY2(purged.exitCode == 0, purged.err.constData());
        // What it says it removed, per table, is what was there.
        const QJsonArray removed = QJsonDocument::fromJson(purged.out).array();
        QCOMPARE(removed.size(), acmeBefore.size());
        for (const QJsonValue &value : removed) {
            const QJsonObject row = value.toObject();
            const QString table = row.value(QLatin1String("table")).toString();
            QCOMPARE(row.value(QLatin1String("rows_removed")).toInteger(), acmeBefore.value(table).size());
        }
        for (const QStringList &rows : rowsOf(m_catalog, acme))
            QVERIFY(rows.isEmpty());
        QCOMPARE(rowsOf(m_catalog, other), otherBefore); // every column of every row as it was
        QCOMPARE(scalar(m_catalog, bookmarks, {acme}), 0);
        QCOMPARE(scalar(m_catalog, bookmarks, {other}), otherBookmarks);

        // Again: nothing left to remove, and still nothing else touched.
        const Outcome again = runPagesight({QStringLiteral("purge"), QStringLiteral("--catalog"), m_catalog,
                                            QStringLiteral("--org"), QStringLiteral("12345678")},
                                           {});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(rowsOf(m_catalog, other), otherBefore);
    }

    void purgeRefusesBadInput_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("bad id") << QStringList{QStringLiteral("--org"), QStringLiteral("12ab")};
        QTest::newRow("no id") << QStringList{};
        QTest::newRow("bad prefix") << QStringList{QStringLiteral("--org"), QStringLiteral("87654321"),
                                                   QStringLiteral("--table-prefix"), QStringLiteral("bad prefix")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--org"), QStringLiteral("87654321"),
                                                       QStringLiteral("everything")};
    }

    void purgeRefusesBadInput() {
        QFETCH(QStringList, arguments);
        const QMap<QString, QStringList> before = rowsOf(m_catalog, other);
        const Outcome refused =
            runPagesight(QStringList{QStringLiteral("purge"), QStringLiteral("--catalog"), m_catalog} + arguments, {});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!refused.err.isEmpty());
        QCOMPARE(rowsOf(m_catalog, other), before);
    }

    void purgeNeverCreatesACatalog() {
        const QString missing = newCatalog(QStringLiteral("missing"));
        const Outcome refused = runPagesight({QStringLiteral("purge"), QStringLiteral("--catalog"), missing,
                                              QStringLiteral("--org"), QStringLiteral("1")},
                                             {});
        QCOMPARE(refused.exitCode, 2);
        if (!m_onServer) {
            QVERIFY(!QFile::exists(missing));
            return;
        }
        // No schema was made on the server either.
        QCOMPARE(scalar(m_catalog,
                        QStringLiteral("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?"),
                        {m_schemas.back()->name()}),
                 0);
    }

    // Two sources with one description: the description alone is ambiguous, the id is not.
    void syncSourceByIdOrUniqueDescription() {
        const QString path = newCatalog(QStringLiteral("sources"));
        {
            Catalog catalog(QStringLiteral("sources"));
            QVERIFY(!catalog.open(path).isError());
            for (const char *id : {"first-id", "second-id"}) {
                SourceConfig source;
                source.id = QString::fromLatin1(id);
                source.description = QStringLiteral("Acme");
                source.organizationId = 12345678;
                source.startDate = QDate::currentDate().addDays(-30);
                source.streams = defaultStreamSelections();
                QVERIFY(!SourceStore(catalog)
                             .save(source.id, source.description,
                                   QString::fromUtf8(QJsonDocument(source.toJson()).toJson(QJsonDocument::Compact)))
                             .isError());
            }
        }
        const Outcome ambiguous = runPagesight({QStringLiteral("sync"), QStringLiteral("--source"),
                                                QStringLiteral("Acme"), QStringLiteral("--catalog"), path},
                                               {});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY2(ambiguous.err.contains("--source first-id") && ambiguous.err.contains("--source second-id"),
                 ambiguous.err.constData());
        QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM _pagesight_runs")), 0);

        // By id it gets past the choice (and stops at the missing token: exit 3, not 2).
        const Outcome byId = runPagesight({QStringLiteral("sync"), QStringLiteral("--source"),
                                           QStringLiteral("second-id"), QStringLiteral("--catalog"), path},
                                          {});
        QCOMPARE(byId.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestSeveralOrganizations)
#include "tst_severalorganizations.moc"
