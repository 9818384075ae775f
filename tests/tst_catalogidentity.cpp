// Which files Catalog::open takes for writing: a new file, a catalog with Pagesight's marker, or one
// an earlier release wrote (which then gets the marker). Another application's database, and a
// catalog from a newer Pagesight, are refused and left byte for byte as they were. And leftover
// staging tables of an interrupted run do not outlive the next one.
#include "catalog/Catalog.h"
#include "catalog/CatalogMigrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pagesight;

namespace {

QByteArray sha256(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a connection of its own (not a Catalog), as another application would.
void rawSql(const QString &path, const QStringList &statements) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

qint64 pragma(Catalog &catalog, const char *name) {
    QSqlQuery query(catalog.reader());
    return query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

} // namespace

class TestCatalogIdentity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString path() { return m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)); }

private slots:
    void newCatalogCarriesTheMarker() {
        const QString file = path();
        Catalog catalog(QStringLiteral("new"));
        QVERIFY(!catalog.open(file).isError());
        QCOMPARE(pragma(catalog, "application_id"), qint64(kCatalogApplicationId));
        QCOMPARE(catalog.schemaVersion(), Catalog::latestSchemaVersion());
        catalog.close();
        QVERIFY(!catalog.open(file).isError()); // and it opens again
    }

    void anotherApplicationsDatabaseIsLeftAlone_data() {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("its own tables") << QStringList{QStringLiteral("CREATE TABLE invoices (id INTEGER, total REAL)"),
                                                       QStringLiteral("INSERT INTO invoices VALUES (1, 9.5)")};
        QTest::newRow("its own application_id")
            << QStringList{QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("PRAGMA user_version = 1")};
        QTest::newRow("a view only") << QStringList{QStringLiteral("CREATE VIEW v AS SELECT 1 AS one")};
        QTest::newRow("a WAL-mode database") << QStringList{QStringLiteral("PRAGMA journal_mode = WAL"),
                                                            QStringLiteral("CREATE TABLE notes (body TEXT)")};
        QTest::newRow("no tables but a version")
            << QStringList{QStringLiteral("PRAGMA user_version = 2")}; // would skip Pagesight's first migrations
    }

    void anotherApplicationsDatabaseIsLeftAlone() {
        QFETCH(QStringList, statements);
        const QString file = path();
        rawSql(file, statements);
        const QByteArray before = sha256(file);
        Catalog catalog(QStringLiteral("foreign"));
        const CatalogError error = catalog.open(file);
        QCOMPARE(error.kind, CatalogError::Kind::ForeignFile);
        QVERIFY(describe(error).contains(QLatin1String("not a Pagesight catalog")));
        QVERIFY(!catalog.isOpen());
        QCOMPARE(sha256(file), before);
        // Nothing beside it either: no -wal or -shm of a read by Pagesight.
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
        // Reading it is harmless and still allowed (the SQL explorer, pagesight query).
        QVERIFY(!catalog.open(file, Catalog::Mode::ReadOnly).isError());
        catalog.close();
        QCOMPARE(sha256(file), before);
    }

    void catalogOfANewerPagesightIsLeftAlone() {
        const QString file = path();
        {
            Catalog catalog(QStringLiteral("current"));
            QVERIFY(!catalog.open(file).isError());
        }
        rawSql(file, {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = sha256(file);
        Catalog catalog(QStringLiteral("newer"));
        const CatalogError error = catalog.open(file);
        QCOMPARE(error.kind, CatalogError::Kind::NewerCatalog);
        QVERIFY2(describe(error).contains(QLatin1String("version 99")), qPrintable(describe(error)));
        QCOMPARE(sha256(file), before);
    }

    void earlierReleaseCatalogGetsTheMarker() {
        // What 0.1 wrote: the bookkeeping tables at user_version 2, no application_id.
        const QString file = path();
        QStringList statements;
        for (const CatalogMigration &migration : catalogMigrations())
            if (migration.version <= 2)
                statements += migration.statements;
        statements << QStringLiteral("PRAGMA user_version = 2")
                   << QStringLiteral("CREATE TABLE organization_posts (id TEXT PRIMARY KEY)")
                   << QStringLiteral("INSERT INTO organization_posts VALUES ('urn:li:share:1')");
        rawSql(file, statements);
        Catalog catalog(QStringLiteral("earlier"));
        const CatalogError error = catalog.open(file);
        QVERIFY2(!error.isError(), qPrintable(describe(error)));
        QCOMPARE(pragma(catalog, "application_id"), qint64(kCatalogApplicationId));
        QCOMPARE(catalog.schemaVersion(), Catalog::latestSchemaVersion());
        QCOMPARE(catalog.rowCount(QStringLiteral("organization_posts")), 1);
    }

    void emptyDatabaseIsANewCatalog() {
        const QString file = path();
        rawSql(file, {QStringLiteral("PRAGMA user_version = 0"), QStringLiteral("CREATE TABLE t (a)"),
                      QStringLiteral("DROP TABLE t")}); // a database file with a header and nothing in it
        QVERIFY(QFile(file).size() > 0);
        Catalog catalog(QStringLiteral("empty"));
        QVERIFY(!catalog.open(file).isError());
        QCOMPARE(pragma(catalog, "application_id"), qint64(kCatalogApplicationId));
    }

    void leftoverStagingIsDropped() {
        Catalog catalog(QStringLiteral("staging"));
        QVERIFY(!catalog.open(path()).isError());
        TableSchema schema{QStringLiteral("posts"),
                           {{QStringLiteral("id"), QStringLiteral("TEXT")}},
                           {QStringLiteral("id")},
                           QString()};
        QVERIFY(!catalog.ensureTable(schema).isError());
        catalog.setStagingTag(QStringLiteral("r1"));
        QVERIFY(!catalog.beginStaging(schema).isError()); // a run that never finished
        QCOMPARE(catalog.rowCount(Catalog::stagingTableName(QStringLiteral("posts"), QStringLiteral("r1"))), 0);
        catalog.setStagingTag(QStringLiteral("r2"));
        QVERIFY(!catalog.beginStaging(schema).isError()); // another run stages under its own name
        QCOMPARE(catalog.dropLeftoverStaging(), 2);
        QCOMPARE(catalog.rowCount(Catalog::stagingTableName(QStringLiteral("posts"), QStringLiteral("r1"))), -1);
        QCOMPARE(catalog.dropLeftoverStaging(), 0);
        QCOMPARE(catalog.rowCount(QStringLiteral("posts")), 0); // the real table is untouched
    }
};

QTEST_GUILESS_MAIN(TestCatalogIdentity)
#include "tst_catalogidentity.moc"
