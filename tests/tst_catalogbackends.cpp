// The catalog's contract on both backends: an SQLite file and a schema on a PostgreSQL server
// (scripts/with-test-postgres). Every test runs on each; the PostgreSQL rows skip with a sentence
// when no server runs, except under scripts/test and CI, where they fail.
#include "PostgresTestSupport.h"
#include "catalog/Catalog.h"
#include "catalog/RunHistory.h"
#include "catalog/SourceStore.h"
#include "common/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pagesight;

namespace {

TableSchema postsSchema(const QString &name = QStringLiteral("posts")) {
    return TableSchema{name,
                       {{QStringLiteral("id"), QStringLiteral("TEXT")},
                        {QStringLiteral("author"), QStringLiteral("TEXT")},
                        {QStringLiteral("likes"), QStringLiteral("INTEGER")},
                        {QStringLiteral("rate"), QStringLiteral("REAL")},
                        {QStringLiteral("dark"), QStringLiteral("INTEGER")}},
                       {QStringLiteral("id")},
                       QStringLiteral("author")};
}

Row post(const QString &id, const QString &author, qint64 likes, double rate, bool dark = false) {
    return {id, author, likes, rate, dark};
}

Bookmark bookmarkOf(const QString &value) {
    return {QStringLiteral("urn:li:organization:1"), QStringLiteral("posts"), QStringLiteral("posts"), value};
}

// The table's rows as text, sorted: the same on both backends when the catalog kept the same.
QStringList rowsOf(const Catalog &catalog, const QString &table) {
    QStringList rows;
    QSqlQuery query(catalog.reader());
    if (!query.exec(
            QStringLiteral("SELECT id, author, likes, rate, dark FROM %1 ORDER BY id").arg(Catalog::quoted(table))))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next())
        rows << QStringLiteral("%1|%2|%3|%4|%5")
                    .arg(query.value(0).toString(), query.value(1).toString())
                    .arg(query.value(2).toLongLong())
                    .arg(query.value(3).toDouble())
                    .arg(query.value(4).toLongLong());
    return rows;
}

} // namespace

class TestCatalogBackends : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_schema.reset(); }

    void opensAndMigrates_data() { backends(); }
    void opensAndMigrates();
    void upsertReplacesAndKeepsTheBookmarkWithTheRows_data() { backends(); }
    void upsertReplacesAndKeepsTheBookmarkWithTheRows();
    void aLargePageWithRepeatedKeys_data() { backends(); }
    void aLargePageWithRepeatedKeys();
    void tablesEvolve_data() { backends(); }
    void tablesEvolve();
    void stagingReplacesOneOwnersRows_data() { backends(); }
    void stagingReplacesOneOwnersRows();
    void runHistoryAndSources_data() { backends(); }
    void runHistoryAndSources();
    void readOnlyRefusesWrites_data() { backends(); }
    void readOnlyRefusesWrites();
    void anotherApplicationsSchemaIsLeftAlone();
    void aNewerCatalogIsLeftAlone();
    void aWrongPasswordSaysSoWithoutRepeatingIt();
    void anAccountWithoutCreateOnTheDatabaseUsesItsSchema();

private:
    void backends() {
        QTest::addColumn<bool>("server");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    // A new catalog's location on the backend of the current row (empty: the test was skipped).
    QString newLocation() {
        QFETCH(bool, server);
        if (!server)
            return m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_count));
        m_schema = std::make_unique<testing::TestSchema>();
        return m_schema->url();
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<testing::TestSchema> m_schema;
};

#define NEW_LOCATION(location)                                                                                         \
    QFETCH(bool, server);                                                                                              \
    if (server)                                                                                                        \
        PAGESIGHT_NEED_POSTGRES();                                                                                     \
    const QString location = newLocation()

void TestCatalogBackends::opensAndMigrates() {
    NEW_LOCATION(location);
    {
        Catalog catalog(QStringLiteral("first"));
        const CatalogError error = catalog.open(location);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QCOMPARE(catalog.backend(), server ? SqlBackend::Postgres : SqlBackend::Sqlite);
        QCOMPARE(catalog.schemaVersion(), Catalog::latestSchemaVersion());
        for (const char *table : {"_pagesight_bookmarks", "_pagesight_runs", "_pagesight_run_streams",
                                  "_pagesight_sources", "_pagesight_labels", "_pagesight_retention"})
            QVERIFY2(catalog.tables().contains(QLatin1String(table)), table);
        QVERIFY(catalog.userTables().isEmpty());
        QVERIFY(!catalog.path().contains(QLatin1String("PGPASSWORD")));
        // A server catalog is named by its URL as shown and stored (no password), a file by its path.
        QCOMPARE(catalog.path(), server ? parseServerCatalog(location)->url() : location);
        QVERIFY(!catalog.ensureTable(postsSchema()).isError());
    }
    // Opened again: nothing re-created, the table still there.
    Catalog again(QStringLiteral("second"));
    QVERIFY(!again.open(location).isError());
    QCOMPARE(again.userTables(), QStringList{QStringLiteral("posts")});
    QCOMPARE(again.schemaVersion(), Catalog::latestSchemaVersion());
}

void TestCatalogBackends::upsertReplacesAndKeepsTheBookmarkWithTheRows() {
    NEW_LOCATION(location);
    Catalog catalog(QStringLiteral("upsert"));
    QVERIFY(!catalog.open(location).isError());
    const TableSchema schema = postsSchema();
    QVERIFY(!catalog.ensureTable(schema).isError());
    QVERIFY(!catalog
                 .upsert(schema,
                         {post(QStringLiteral("a"), QStringLiteral("o1"), 1, 0.5),
                          post(QStringLiteral("b"), QStringLiteral("o1"), 9007199254740993LL, 2.25, true)},
                         bookmarkOf(QStringLiteral("100")))
                 .isError());
    // The same key again replaces its row: no duplicate.
    QVERIFY(!catalog
                 .upsert(schema, {post(QStringLiteral("a"), QStringLiteral("o1"), 7, 0.125)},
                         bookmarkOf(QStringLiteral("200")))
                 .isError());
    QCOMPARE(rowsOf(catalog, schema.name),
             (QStringList{QStringLiteral("a|o1|7|0.125|0"), QStringLiteral("b|o1|9007199254740993|2.25|1")}));
    QCOMPARE(
        catalog.bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("posts"), QStringLiteral("posts")),
        std::optional<QString>(QStringLiteral("200")));
    // A row that cannot be written rolls back the page and its bookmark.
    const CatalogError error = catalog.upsert(schema,
                                              {post(QStringLiteral("c"), QStringLiteral("o1"), 1, 1.0),
                                               Row{QVariant(), QStringLiteral("o1"), 1, 1.0, false}}, // NULL key
                                              bookmarkOf(QStringLiteral("300")));
    QVERIFY(error.isError());
    QCOMPARE(rowsOf(catalog, schema.name).size(), 2);
    QCOMPARE(
        catalog.bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("posts"), QStringLiteral("posts")),
        std::optional<QString>(QStringLiteral("200")));
}

// A page larger than PostgreSQL's batch of rows per INSERT, with keys repeated within a batch and
// across batches: every key once, with the values of its last row, on both backends.
void TestCatalogBackends::aLargePageWithRepeatedKeys() {
    NEW_LOCATION(location);
    Catalog catalog(QStringLiteral("large-page"));
    QVERIFY(!catalog.open(location).isError());
    const TableSchema schema = postsSchema();
    QVERIFY(!catalog.ensureTable(schema).isError());
    QList<Row> rows;
    QStringList expected;
    for (int i = 0; i < 1203; ++i) // not a multiple of any batch
        rows.append(post(QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("o1"), i, 0.5));
    for (int i = 0; i < 1203; i += 7) // again, later in the page: these values win
        rows.append(post(QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("o2"), -i, 1.5, true));
    rows.insert(1, post(QStringLiteral("p0003"), QStringLiteral("early"), 1, 1.0)); // twice in the first batch
    for (int i = 0; i < 1203; ++i)
        expected << (i % 7 == 0 ? QStringLiteral("p%1|o2|%2|1.5|1").arg(i, 4, 10, QLatin1Char('0')).arg(-i)
                                : QStringLiteral("p%1|o1|%2|0.5|0").arg(i, 4, 10, QLatin1Char('0')).arg(i));
    QVERIFY(!catalog.upsert(schema, rows, bookmarkOf(QStringLiteral("1"))).isError());
    QCOMPARE(rowsOf(catalog, schema.name), expected);
}

void TestCatalogBackends::tablesEvolve() {
    NEW_LOCATION(location);
    Catalog catalog(QStringLiteral("evolve"));
    QVERIFY(!catalog.open(location).isError());
    TableSchema schema = postsSchema();
    QVERIFY(!catalog.ensureTable(schema).isError());
    QVERIFY(!catalog.upsert(schema, {post(QStringLiteral("a"), QStringLiteral("o1"), 1, 0.5)}).isError());
    // A column a newer stream definition adds: older rows read NULL.
    schema.columns.append({QStringLiteral("shares"), QStringLiteral("INTEGER")});
    QVERIFY(!catalog.ensureTable(schema).isError());
    QSqlQuery query(catalog.reader());
    QVERIFY(query.exec(QStringLiteral("SELECT shares FROM posts")) && query.next());
    QVERIFY(query.value(0).isNull());
    query.finish();
    // Another type, or another key: the table is not this stream's.
    TableSchema retyped = postsSchema();
    retyped.columns[2].sqlType = QStringLiteral("TEXT");
    QCOMPARE(catalog.ensureTable(retyped).kind, CatalogError::Kind::SchemaMismatch);
    TableSchema rekeyed = postsSchema();
    rekeyed.primaryKey = {QStringLiteral("id"), QStringLiteral("author")};
    QCOMPARE(catalog.ensureTable(rekeyed).kind, CatalogError::Kind::SchemaMismatch);
}

void TestCatalogBackends::stagingReplacesOneOwnersRows() {
    NEW_LOCATION(location);
    Catalog catalog(QStringLiteral("staging"));
    QVERIFY(!catalog.open(location).isError());
    catalog.setStagingTag(QStringLiteral("run7"));
    const TableSchema schema = postsSchema();
    QVERIFY(!catalog.ensureTable(schema).isError());
    QVERIFY(!catalog
                 .upsert(schema, {post(QStringLiteral("a"), QStringLiteral("o1"), 1, 0.5),
                                  post(QStringLiteral("x"), QStringLiteral("o2"), 5, 0.5)})
                 .isError());
    QVERIFY(!catalog.beginStaging(schema).isError());
    QVERIFY(!catalog
                 .appendStaging(schema, {post(QStringLiteral("b"), QStringLiteral("o1"), 2, 0.25),
                                         post(QStringLiteral("b"), QStringLiteral("o1"), 3, 0.25)}) // twice: once
                 .isError());
    // Until the commit, readers see the old rows.
    QCOMPARE(rowsOf(catalog, schema.name).size(), 2);
    QVERIFY(!catalog.commitStaging(schema, QStringLiteral("o1"), bookmarkOf(QStringLiteral("9"))).isError());
    QCOMPARE(rowsOf(catalog, schema.name),
             (QStringList{QStringLiteral("b|o1|3|0.25|0"), QStringLiteral("x|o2|5|0.5|0")}));
    QVERIFY(!catalog.tables().contains(Catalog::stagingTableName(schema.name, QStringLiteral("run7"))));
    // A discarded staging leaves the table as it was; a leftover one is dropped later.
    QVERIFY(!catalog.beginStaging(schema).isError());
    QVERIFY(!catalog.appendStaging(schema, {post(QStringLiteral("z"), QStringLiteral("o1"), 1, 1)}).isError());
    catalog.discardStaging(schema);
    QCOMPARE(rowsOf(catalog, schema.name).size(), 2);
    QVERIFY(!catalog.beginStaging(schema).isError());
    QCOMPARE(catalog.dropLeftoverStaging(), 1);
    QCOMPARE(catalog.userTables(), QStringList{QStringLiteral("posts")});
}

void TestCatalogBackends::runHistoryAndSources() {
    NEW_LOCATION(location);
    Catalog catalog(QStringLiteral("history"));
    QVERIFY(!catalog.open(location).isError());
    FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC));
    catalog.setClock(&clock);
    RunHistory history(catalog);
    const qint64 first =
        history.begin({QStringLiteral("s1"), QStringLiteral("Acme"), QStringLiteral("urn:li:organization:1"), {}});
    clock.setNow(clock.nowUtc().addSecs(60));
    const qint64 second =
        history.begin({QStringLiteral("s1"), QStringLiteral("Acme"), QStringLiteral("urn:li:organization:1"), {}});
    QVERIFY(first > 0 && second > first);
    RunRecord run;
    run.id = second;
    run.finishedAt = clock.nowUtc().addSecs(5);
    run.status = RunStatus::Partial;
    run.message = QStringLiteral("Synced 3 rows.");
    for (const char *stream : {"z_last_alphabetically", "a_first", "m_middle"})
        run.streams << RunStreamStats{QLatin1String(stream), QLatin1String(stream), RunStatus::Succeeded, 1, 2, {}, {}};
    QVERIFY(!history.finish(run).isError());
    const QList<RunRecord> runs = history.runsOfSource(QStringLiteral("s1"));
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].id, second); // newest first
    QCOMPARE(runs[0].status, RunStatus::Partial);
    QCOMPARE(runs[0].message, QStringLiteral("Synced 3 rows."));
    QCOMPARE(runs[0].finishedAt, run.finishedAt);
    QStringList order;
    for (const RunStreamStats &stream : runs[0].streams)
        order << stream.streamId;
    QCOMPARE(order, (QStringList{QStringLiteral("z_last_alphabetically"), QStringLiteral("a_first"),
                                 QStringLiteral("m_middle")})); // in the order they were written
    QCOMPARE(history.runs({}, 1).size(), 1);

    SourceStore sources(catalog);
    QVERIFY(!sources.save(QStringLiteral("s1"), QStringLiteral("Acme"), QStringLiteral(R"({"organization_id":"1"})"))
                 .isError());
    QCOMPARE(sources.sources().size(), 1);
    QCOMPARE(sources.sources().constFirst().description, QStringLiteral("Acme"));
}

void TestCatalogBackends::readOnlyRefusesWrites() {
    NEW_LOCATION(location);
    {
        Catalog writer(QStringLiteral("writer"));
        QVERIFY(!writer.open(location).isError());
        QVERIFY(!writer.ensureTable(postsSchema()).isError());
        QVERIFY(!writer.upsert(postsSchema(), {post(QStringLiteral("a"), QStringLiteral("o1"), 1, 0.5)}).isError());
    }
    Catalog reader(QStringLiteral("reader"));
    QVERIFY(!reader.open(location, Catalog::Mode::ReadOnly).isError());
    QCOMPARE(rowsOf(reader, QStringLiteral("posts")).size(), 1);
    QCOMPARE(reader.upsert(postsSchema(), {post(QStringLiteral("b"), QStringLiteral("o1"), 1, 0.5)}).kind,
             CatalogError::Kind::ReadOnly);
    // Past the catalog's own checks, the connection itself refuses: SQL typed in the explorer.
    for (const char *sql : {"INSERT INTO posts (id, author) VALUES ('c', 'o1')", "DELETE FROM posts",
                            "UPDATE posts SET likes = 0", "CREATE TABLE t (a TEXT)", "DROP TABLE posts"}) {
        QSqlQuery query(reader.reader());
        QVERIFY2(!query.exec(QLatin1String(sql)), sql);
    }
    QCOMPARE(rowsOf(reader, QStringLiteral("posts")).size(), 1);
}

void TestCatalogBackends::anotherApplicationsSchemaIsLeftAlone() {
    PAGESIGHT_NEED_POSTGRES();
    testing::TestSchema schema;
    {
        Catalog setup(QStringLiteral("setup"));
        QVERIFY(!setup.open(testing::testServerUrl()).isError()); // public: a catalog of its own
        QSqlQuery query(setup.reader());
        QVERIFY(query.exec(QStringLiteral("CREATE SCHEMA \"%1\"").arg(schema.name())));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE \"%1\".invoices (id INT)").arg(schema.name())));
    }
    Catalog catalog(QStringLiteral("foreign"));
    const CatalogError error = catalog.open(schema.url());
    QCOMPARE(error.kind, CatalogError::Kind::ForeignFile);
    QVERIFY(!catalog.isOpen());
    QVERIFY2(describe(error).contains(QLatin1String("schema")) && !describe(error).contains(QLatin1String("file")),
             qPrintable(describe(error))); // a server's schema, not a file
    Catalog look(QStringLiteral("look"));
    QVERIFY(!look.open(testing::testServerUrl()).isError());
    QSqlQuery query(look.reader());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = '%1'")
                           .arg(schema.name())) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 1); // nothing of Pagesight's was added
}

void TestCatalogBackends::aNewerCatalogIsLeftAlone() {
    PAGESIGHT_NEED_POSTGRES();
    testing::TestSchema schema;
    {
        Catalog catalog(QStringLiteral("current"));
        QVERIFY(!catalog.open(schema.url()).isError());
        QSqlQuery query(catalog.reader());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE _pagesight_catalog SET value = '999' WHERE name = 'schema_version'")));
    }
    Catalog catalog(QStringLiteral("older release"));
    QCOMPARE(catalog.open(schema.url()).kind, CatalogError::Kind::NewerCatalog);
}

void TestCatalogBackends::aWrongPasswordSaysSoWithoutRepeatingIt() {
    PAGESIGHT_NEED_POSTGRES();
    const QByteArray right = qgetenv("PGPASSWORD");
    qputenv("PGPASSWORD", "not-the-password-x7");
    Catalog catalog(QStringLiteral("wrong"));
    const CatalogError error = catalog.open(testing::testServerUrl());
    qputenv("PGPASSWORD", right);
    QCOMPARE(error.kind, CatalogError::Kind::CannotOpen);
    QVERIFY2(error.detail.contains(QLatin1String("password")), qPrintable(error.detail));
    QVERIFY(!error.detail.contains(QLatin1String("not-the-password-x7")));
    QVERIFY(!describe(error).contains(QLatin1String("not-the-password-x7")));
    // The keychain's password, handed over by the caller, is used over the environment's.
    qputenv("PGPASSWORD", "not-the-password-x7");
    catalog.setPassword(QString::fromLocal8Bit(right));
    const CatalogError withKeychain = catalog.open(testing::testServerUrl());
    qputenv("PGPASSWORD", right);
    QVERIFY2(!withKeychain.isError(), qPrintable(withKeychain.detail));
}

void TestCatalogBackends::anAccountWithoutCreateOnTheDatabaseUsesItsSchema() {
    // A team member's account may create tables in the team's schema, not schemas in the database.
    PAGESIGHT_NEED_POSTGRES();
    testing::TestSchema schema;
    {
        Catalog owner(QStringLiteral("owner"));
        QVERIFY(!owner.open(testing::testServerUrl()).isError());
        QSqlQuery query(owner.reader());
        QVERIFY(query.exec(QStringLiteral("CREATE SCHEMA \"%1\"").arg(schema.name())));
        QVERIFY(
            query.exec(QStringLiteral("GRANT USAGE, CREATE ON SCHEMA \"%1\" TO pagesight_reader").arg(schema.name())));
    }
    const QString member = schema.url().replace(QLatin1String("//pagesight@"), QLatin1String("//pagesight_reader@"));
    Catalog catalog(QStringLiteral("member"));
    const CatalogError error = catalog.open(member);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QVERIFY(!catalog.ensureTable(postsSchema()).isError());
    QCOMPARE(catalog.userTables(), QStringList{QStringLiteral("posts")});
}

QTEST_GUILESS_MAIN(TestCatalogBackends)
#include "tst_catalogbackends.moc"
