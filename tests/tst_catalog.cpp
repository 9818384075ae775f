#include "WideTable.h"
#include "catalog/CatalogMigrations.h"
#include "catalog/RunHistory.h"
#include "catalog/SourceStore.h"
#include "common/Clock.h"
#include "streams/Retention.h"
#include "streams/StreamDef.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pagesight;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(pagesight::InputError::Kind)
Q_DECLARE_METATYPE(pagesight::CatalogError::Kind)

namespace {

TableSchema postsSchema(const QString &name = QStringLiteral("posts")) {
    TableSchema schema;
    schema.name = name;
    schema.columns = {{QStringLiteral("id"), QStringLiteral("TEXT")},
                      {QStringLiteral("author"), QStringLiteral("TEXT")},
                      {QStringLiteral("likes"), QStringLiteral("INTEGER")},
                      {QStringLiteral("engagement"), QStringLiteral("REAL")}};
    schema.primaryKey = {QStringLiteral("id")};
    schema.ownerColumn = QStringLiteral("author");
    return schema;
}

Row post(const QString &id, const QString &author, qint64 likes, double engagement = 0.0) {
    return {id, author, likes, engagement};
}

Bookmark postsBookmark(const QString &value, const QString &org = QStringLiteral("urn:li:organization:1")) {
    return {org, QStringLiteral("organization_posts"), QStringLiteral("posts"), value};
}

// One value from a query on any connection; an invalid QVariant when the query fails.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return {};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

qint64 ownerRows(const Catalog &catalog, const QString &owner) {
    const QVariant count =
        scalar(catalog.reader(), QStringLiteral("SELECT count(*) FROM posts WHERE author = ?"), {owner});
    return count.isValid() ? count.toLongLong() : -1;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A raw connection outside the Catalog, removed when it goes out of scope.
class RawConnection {
public:
    RawConnection(const QString &name, const QString &path)
        : m_name(name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        db.setDatabaseName(path);
        m_opened = db.open();
    }
    ~RawConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_opened; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
    bool m_opened = false;
};

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void migrationsCreateTablesOnce();
    void pragmasAreSet();
    void notADatabaseIsNeverTouched_data();
    void notADatabaseIsNeverTouched();
    void missingFolderCreatesNothing();
    void readOnlyNeedsAnExistingFile();
    void lockedCatalog();
    void connectionNameIsOwned();

    void tableNameValidation_data();
    void tableNameValidation();
    void statusSpellingRoundTrips();
    void removingASourceIsAllOrNothing();
    void tablePrefixValidation_data();
    void tablePrefixValidation();
    void quotedDoublesQuotes();

    void ensureTableCreatesAndEvolves();
    void ensureTableMismatch();
    void ensureTableRejectsInvalidNames();

    void upsertInsertsThenUpdates();
    void upsertRollsBackRowsAndBookmark_data();
    void upsertRollsBackRowsAndBookmark();
    void wideUpsertUpdatesInPlace();

    void stagingReplacesOnlyTheOwnersRows();
    void stagingDiscardLeavesTheTable();
    void stagingFailureRollsBack();
    void readerSnapshotNeverSeesAMix();

    void bookmarks();
    void runHistoryRoundTrip();
    void runsFollowTheirSourceFromThePreviousRelease();
    void sourcesRoundTrip();
    void readOnlyRejectsWritesAndReads();
    void readOnlyOnAnUnmigratedCatalog();
    void userTablesHidesBookkeeping();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCatalog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCatalog::migrationsCreateTablesOnce() {
    QVERIFY(!QFile::exists(catalogPath()));
    {
        Catalog catalog(QStringLiteral("first"));
        const CatalogError error = catalog.open(catalogPath());
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QVERIFY(catalog.isOpen());
        QCOMPARE(catalog.path(), catalogPath());
        QCOMPARE(catalog.schemaVersion(), 6);
        QCOMPARE(Catalog::latestSchemaVersion(), 6);
        for (const char *table : {"_pagesight_bookmarks", "_pagesight_runs", "_pagesight_run_streams",
                                  "_pagesight_sources", "_pagesight_labels", "_pagesight_retention"})
            QVERIFY2(catalog.rowCount(QString::fromLatin1(table)) == 0, table);
        QVERIFY(!catalog.upsert(postsSchema(), {}, postsBookmark(QStringLiteral("42"))).isError());
    }
    QVERIFY(QFile::exists(catalogPath()));

    // A second open finds the schema current: nothing re-created, the data still there.
    Catalog catalog(QStringLiteral("second"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    QCOMPARE(catalog.schemaVersion(), 6);
    QCOMPARE(catalog.bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("organization_posts"),
                              QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("42")));
    QCOMPARE(
        scalar(catalog.reader(),
               QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name LIKE '_pagesight%'"))
            .toInt(),
        6);
}

void TestCatalog::pragmasAreSet() {
    Catalog catalog(QStringLiteral("pragmas"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("PRAGMA busy_timeout")).toInt(), 3000);
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("PRAGMA query_only")).toInt(), 0);
}

void TestCatalog::notADatabaseIsNeverTouched_data() {
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("readOnly");
    const QByteArray text("name,value\nfollowers,12\n");
    QTest::newRow("csv read-write") << text << false;
    QTest::newRow("csv read-only") << text << true;
    QTest::newRow("shorter than a header") << QByteArray("SQLite") << false;
    QTest::newRow("zeros") << QByteArray(8192, '\0') << false;
    QTest::newRow("old format") << QByteArray("SQLite format 2\0", 16).append(4096, 'x') << false;
    // The header is right but the rest is garbage: SQLite itself must say so, still without writing.
    QTest::newRow("damaged after the header") << QByteArray("SQLite format 3\0", 16).append(4096, '\xff') << false;
}

void TestCatalog::notADatabaseIsNeverTouched() {
    QFETCH(QByteArray, contents);
    QFETCH(bool, readOnly);
    {
        QFile file(catalogPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }
    const QDateTime modified = QFileInfo(catalogPath()).lastModified();

    Catalog catalog(QStringLiteral("foreign"));
    const CatalogError error =
        catalog.open(catalogPath(), readOnly ? Catalog::Mode::ReadOnly : Catalog::Mode::ReadWrite);
    QCOMPARE(error.kind, CatalogError::Kind::NotADatabase);
    QCOMPARE(error.path, catalogPath());
    QVERIFY(!catalog.isOpen());
    QCOMPARE(readAll(catalogPath()), contents);
    QCOMPARE(QFileInfo(catalogPath()).lastModified(), modified);
    QVERIFY(!QFile::exists(catalogPath() + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(catalogPath() + QStringLiteral("-journal")));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("foreign")));
}

void TestCatalog::missingFolderCreatesNothing() {
    const QString folder = m_dir->filePath(QStringLiteral("missing"));
    const QString path = folder + QStringLiteral("/sub/catalog.db");
    Catalog catalog(QStringLiteral("missing"));
    const CatalogError error = catalog.open(path);
    QCOMPARE(error.kind, CatalogError::Kind::CannotOpen);
    QCOMPARE(error.path, path);
    QVERIFY(!catalog.isOpen());
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("missing")));

    QCOMPARE(catalog.open(QString()).kind, CatalogError::Kind::CannotOpen);
    // A folder where the file should be.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("adir")));
    QCOMPARE(catalog.open(m_dir->filePath(QStringLiteral("adir"))).kind, CatalogError::Kind::CannotOpen);
}

void TestCatalog::readOnlyNeedsAnExistingFile() {
    Catalog catalog(QStringLiteral("ro-missing"));
    QCOMPARE(catalog.open(catalogPath(), Catalog::Mode::ReadOnly).kind, CatalogError::Kind::CannotOpen);
    QVERIFY(!QFile::exists(catalogPath()));
}

void TestCatalog::lockedCatalog() {
    {
        Catalog setup(QStringLiteral("setup"));
        QVERIFY(!setup.open(catalogPath()).isError());
        QVERIFY(!setup.ensureTable(postsSchema()).isError());
    }
    RawConnection locker(QStringLiteral("locker"), catalogPath());
    QVERIFY(locker.isOpen());
    QVERIFY(locker.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    Catalog catalog(QStringLiteral("locked"));
    catalog.setBusyTimeout(200ms);
    const CatalogError error = catalog.open(catalogPath());
    QCOMPARE(error.kind, CatalogError::Kind::Locked);
    QCOMPARE(error.path, catalogPath());
    QVERIFY(!catalog.isOpen());
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("locked")));

    // Once the other writer is done the same catalog opens; a lock taken later fails a write
    // the same way, and the write leaves nothing behind.
    QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(!catalog.open(catalogPath()).isError());
    QVERIFY(locker.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QCOMPARE(catalog.upsert(postsSchema(), {post(QStringLiteral("p1"), QStringLiteral("a"), 1)}).kind,
             CatalogError::Kind::Locked);
    QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(catalog.rowCount(QStringLiteral("posts")), 0);
    QVERIFY(!catalog.upsert(postsSchema(), {post(QStringLiteral("p1"), QStringLiteral("a"), 1)}).isError());
    QCOMPARE(catalog.rowCount(QStringLiteral("posts")), 1);
}

void TestCatalog::connectionNameIsOwned() {
    Catalog first(QStringLiteral("shared-name"));
    QVERIFY(!first.open(catalogPath()).isError());
    QVERIFY(QSqlDatabase::contains(QStringLiteral("shared-name")));

    Catalog second(QStringLiteral("shared-name"));
    QCOMPARE(second.open(catalogPath()).kind, CatalogError::Kind::CannotOpen);
    second.close(); // must not remove the first one's connection
    QVERIFY(first.isOpen());
    QVERIFY(QSqlDatabase::contains(QStringLiteral("shared-name")));

    first.close();
    QVERIFY(!first.isOpen());
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("shared-name")));
    QCOMPARE(first.schemaVersion(), -1);
}

void TestCatalog::tableNameValidation_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<InputError::Kind>("kind");
    using K = InputError::Kind;
    QTest::newRow("default") << QStringLiteral("follower_statistics") << K::None;
    QTest::newRow("underscore first") << QStringLiteral("_posts") << K::None;
    QTest::newRow("mixed case and digits") << QStringLiteral("Acme2_Posts") << K::None;
    QTest::newRow("one letter") << QStringLiteral("p") << K::None;
    QTest::newRow("63 chars") << QString(63, QLatin1Char('a')) << K::None;
    QTest::newRow("keyword inside") << QStringLiteral("selected_posts") << K::None;
    QTest::newRow("sqlite without underscore") << QStringLiteral("sqlitestats") << K::None;
    QTest::newRow("empty") << QString() << K::TableName;
    QTest::newRow("digit first") << QStringLiteral("1posts") << K::TableName;
    QTest::newRow("space") << QStringLiteral("my posts") << K::TableName;
    QTest::newRow("double quote") << QStringLiteral("posts\"x") << K::TableName;
    QTest::newRow("single quote") << QStringLiteral("posts'x") << K::TableName;
    QTest::newRow("semicolon") << QStringLiteral("posts;DROP TABLE x") << K::TableName;
    QTest::newRow("hyphen") << QStringLiteral("my-posts") << K::TableName;
    QTest::newRow("dot") << QStringLiteral("main.posts") << K::TableName;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << K::TableName;
    QTest::newRow("accented letter") << QStringLiteral("publicações") << K::TableName;
    QTest::newRow("cjk") << QStringLiteral("表") << K::TableName;
    QTest::newRow("fullwidth digit") << QStringLiteral("posts\uFF11") << K::TableName;
    QTest::newRow("_pagesight") << QStringLiteral("_pagesight_runs") << K::TableNameReserved;
    QTest::newRow("_pagesight any case") << QStringLiteral("_PageSightX") << K::TableNameReserved;
    QTest::newRow("sqlite_") << QStringLiteral("sqlite_master") << K::TableNameReserved;
    QTest::newRow("SQLITE_") << QStringLiteral("SQLITE_stat1") << K::TableNameReserved;
    QTest::newRow("select") << QStringLiteral("select") << K::TableNameReserved;
    QTest::newRow("Order") << QStringLiteral("Order") << K::TableNameReserved;
    QTest::newRow("GROUP") << QStringLiteral("GROUP") << K::TableNameReserved;
    QTest::newRow("table") << QStringLiteral("table") << K::TableNameReserved;
    QTest::newRow("index") << QStringLiteral("index") << K::TableNameReserved;
    QTest::newRow("where") << QStringLiteral("where") << K::TableNameReserved;
    QTest::newRow("from") << QStringLiteral("from") << K::TableNameReserved;
    QTest::newRow("current_timestamp") << QStringLiteral("current_timestamp") << K::TableNameReserved;
}

void TestCatalog::tableNameValidation() {
    QFETCH(QString, name);
    QFETCH(InputError::Kind, kind);
    const InputError error = Catalog::validateTableName(name);
    QCOMPARE(error.kind, kind);
    if (kind != InputError::Kind::None)
        QCOMPARE(error.value, name);
}

// The statuses' text is what the run history, --json and scripts read: it must not drift.
void TestCatalog::statusSpellingRoundTrips() {
    const QStringList spelled = {QStringLiteral("waiting"), QStringLiteral("running"), QStringLiteral("succeeded"),
                                 QStringLiteral("partial"), QStringLiteral("failed"),  QStringLiteral("cancelled")};
    for (const QString &text : spelled) {
        const std::optional<RunStatus> status = statusFromText(text);
        QVERIFY2(status, qPrintable(text));
        QCOMPARE(statusText(*status), text);
    }
    QCOMPARE(statusFromText(QStringLiteral("skipped")), std::nullopt); // never written by any release
    QCOMPARE(statusFromText(QStringLiteral("Succeeded")), std::nullopt);
    QCOMPARE(statisticsBookmarkFrom(bookmarkText(StatisticsBookmark::Complete)), StatisticsBookmark::Complete);
    QCOMPARE(statisticsBookmarkFrom(QStringLiteral("2026-11-30")), StatisticsBookmark::None);
}

// Removing a source (its row, bookmarks and tables) is one transaction: a table that cannot be
// dropped (here a view under the name) leaves everything in place, and the retry without it
// removes everything.
void TestCatalog::removingASourceIsAllOrNothing() {
    Catalog catalog(QStringLiteral("remove-source"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    const QString org = QStringLiteral("urn:li:organization:7");
    const TableSchema schema = postsSchema(); // the "posts" table
    QVERIFY(!catalog.ensureTable(schema).isError());
    QVERIFY(!catalog.upsert(schema, {}, postsBookmark(QStringLiteral("42"), org)).isError());
    QVERIFY(!SourceStore(catalog).save(QStringLiteral("s7"), QStringLiteral("Acme"), QStringLiteral("{}")).isError());
    {
        QSqlQuery view(catalog.reader());
        QVERIFY(view.exec(QStringLiteral("CREATE VIEW recent_posts AS SELECT * FROM posts")));
    }
    SourceRemoval what;
    what.organizationUrn = org;
    what.bookmarks = {{QStringLiteral("organization_posts"), QStringLiteral("posts")}};
    what.tables = {QStringLiteral("posts"), QStringLiteral("recent_posts")};
    QVERIFY(SourceStore(catalog).remove(QStringLiteral("s7"), what).isError()); // DROP TABLE on a view fails
    QVERIFY(SourceStore(catalog).source(QStringLiteral("s7")));
    QCOMPARE(catalog.bookmark(org, QStringLiteral("organization_posts"), QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("42")));
    QCOMPARE(catalog.rowCount(QStringLiteral("posts")), 0); // the table is still there

    what.tables = {QStringLiteral("posts"), QStringLiteral("_pagesight_runs")};
    QCOMPARE(SourceStore(catalog).remove(QStringLiteral("s7"), what).kind, CatalogError::Kind::InvalidName);
    QVERIFY(SourceStore(catalog).source(QStringLiteral("s7")));

    what.tables = {QStringLiteral("posts")};
    QVERIFY(!SourceStore(catalog).remove(QStringLiteral("s7"), what).isError());
    QVERIFY(!SourceStore(catalog).source(QStringLiteral("s7")));
    QVERIFY(!catalog.bookmark(org, QStringLiteral("organization_posts"), QStringLiteral("posts")));
    QCOMPARE(catalog.rowCount(QStringLiteral("posts")), -1);
}

void TestCatalog::tablePrefixValidation_data() {
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("acme_") << QStringLiteral("acme_") << true;
    QTest::newRow("41 chars") << QString(41, QLatin1Char('a')) << true;
    QTest::newRow("42 chars") << QString(42, QLatin1Char('a')) << false;
    QTest::newRow("digit first") << QStringLiteral("1acme_") << false;
    QTest::newRow("quote") << QStringLiteral("li'_") << false;
    QTest::newRow("space") << QStringLiteral("my pages_") << false;
    QTest::newRow("reserved") << QStringLiteral("_pagesight") << false;
    QTest::newRow("sqlite_") << QStringLiteral("sqlite_") << false;
}

// One rule for the wizard, sync, query and labels: every accepted prefix makes valid table names
// with every default stream name.
void TestCatalog::tablePrefixValidation() {
    QFETCH(QString, prefix);
    QFETCH(bool, valid);
    const InputError error = Catalog::validateTablePrefix(prefix);
    QCOMPARE(!error.isError(), valid);
    if (!valid) {
        QCOMPARE(error.kind, InputError::Kind::TablePrefix);
        QCOMPARE(error.value, prefix);
        return;
    }
    for (const StreamDef &stream : allStreams())
        QVERIFY2(!Catalog::validateTableName(prefix + stream.defaultTable()).isError(),
                 qPrintable(prefix + stream.defaultTable()));
}

void TestCatalog::quotedDoublesQuotes() {
    QCOMPARE(Catalog::quoted(QStringLiteral("posts")), QStringLiteral("\"posts\""));
    QCOMPARE(Catalog::quoted(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(Catalog::quoted(QStringLiteral("\"")), QStringLiteral("\"\"\"\""));
}

void TestCatalog::ensureTableCreatesAndEvolves() {
    Catalog catalog(QStringLiteral("ensure"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    TableSchema schema = postsSchema();
    QVERIFY(!catalog.ensureTable(schema).isError());
    QCOMPARE(catalog.userTables(), QStringList{QStringLiteral("posts")});
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("SELECT group_concat(name || ':' || type || ':' || pk, ',') "
                                                     "FROM pragma_table_info('posts')"))
                 .toString(),
             QStringLiteral("id:TEXT:1,author:TEXT:0,likes:INTEGER:0,engagement:REAL:0"));

    // Idempotent, and the rows survive.
    QVERIFY(!catalog.upsert(schema, {post(QStringLiteral("p1"), QStringLiteral("a"), 5)}).isError());
    QVERIFY(!catalog.ensureTable(schema).isError());
    QCOMPARE(catalog.rowCount(QStringLiteral("posts")), 1);

    // A newer stream definition with one more column: added, old rows read NULL.
    schema.columns.insert(2, {QStringLiteral("title"), QStringLiteral("TEXT")});
    QVERIFY(!catalog.ensureTable(schema).isError());
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("SELECT count(*) FROM pragma_table_info('posts')")).toInt(), 5);
    QVERIFY(scalar(catalog.reader(), QStringLiteral("SELECT title FROM posts WHERE id = 'p1'")).isNull());
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("SELECT likes FROM posts WHERE id = 'p1'")).toInt(), 5);
    // Rows of the new shape go in by name, not by position in the table.
    QVERIFY(!catalog.upsert(schema, {{QStringLiteral("p2"), QStringLiteral("a"), QStringLiteral("Hello"), 7, 0.5}})
                 .isError());
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("SELECT title || likes FROM posts WHERE id = 'p2'")).toString(),
             QStringLiteral("Hello7"));

    // A table name that differs only in case is the same table to SQLite.
    schema.name = QStringLiteral("POSTS");
    QVERIFY(!catalog.ensureTable(schema).isError());
    QCOMPARE(catalog.userTables(), QStringList{QStringLiteral("posts")});
}

void TestCatalog::ensureTableMismatch() {
    Catalog catalog(QStringLiteral("mismatch"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    QVERIFY(!catalog.ensureTable(postsSchema()).isError());

    TableSchema otherType = postsSchema();
    otherType.columns[2].sqlType = QStringLiteral("TEXT");
    CatalogError error = catalog.ensureTable(otherType);
    QCOMPARE(error.kind, CatalogError::Kind::SchemaMismatch);
    QCOMPARE(error.detail, QStringLiteral("posts"));

    TableSchema otherKey = postsSchema();
    otherKey.primaryKey = {QStringLiteral("id"), QStringLiteral("author")};
    QCOMPARE(catalog.ensureTable(otherKey).kind, CatalogError::Kind::SchemaMismatch);

    TableSchema newKeyColumn = postsSchema();
    newKeyColumn.columns << ColumnDef{QStringLiteral("date"), QStringLiteral("TEXT")};
    newKeyColumn.primaryKey << QStringLiteral("date");
    QCOMPARE(catalog.ensureTable(newKeyColumn).kind, CatalogError::Kind::SchemaMismatch);
    // Nothing was added by the refused schemas.
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("SELECT count(*) FROM pragma_table_info('posts')")).toInt(), 4);

    // The type comparison ignores case, as SQLite does.
    TableSchema lowerCase = postsSchema();
    lowerCase.columns[2].sqlType = QStringLiteral("integer");
    QVERIFY(!catalog.ensureTable(lowerCase).isError());
}

void TestCatalog::ensureTableRejectsInvalidNames() {
    Catalog catalog(QStringLiteral("invalid"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    for (const QString &name : {QStringLiteral("bad name"), QStringLiteral("_pagesight_runs"), QStringLiteral("select"),
                                QStringLiteral("x\"; DROP TABLE _pagesight_runs; --")}) {
        const CatalogError error = catalog.ensureTable(postsSchema(name));
        QCOMPARE(error.kind, CatalogError::Kind::InvalidName);
        QCOMPARE(error.detail, name);
    }
    TableSchema badColumn = postsSchema();
    badColumn.columns[1].name = QStringLiteral("author\"");
    QVERIFY(catalog.ensureTable(badColumn).isError());
    TableSchema badType = postsSchema();
    badType.columns[1].sqlType = QStringLiteral("TEXT); DROP TABLE x; --");
    QVERIFY(catalog.ensureTable(badType).isError());
    TableSchema badKey = postsSchema();
    badKey.primaryKey = {QStringLiteral("nope")};
    QVERIFY(catalog.ensureTable(badKey).isError());
    QCOMPARE(catalog.userTables(), QStringList());
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_runs")), 0);
}

void TestCatalog::upsertInsertsThenUpdates() {
    Catalog catalog(QStringLiteral("upsert"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    const TableSchema schema = postsSchema();
    QVERIFY(!catalog.ensureTable(schema).isError());

    QVERIFY(!catalog
                 .upsert(schema,
                         {post(QStringLiteral("p1"), QStringLiteral("a"), 1, 0.1),
                          post(QStringLiteral("p2"), QStringLiteral("a"), 2, 0.2),
                          post(QStringLiteral("p3"), QStringLiteral("a"), 3, 0.3)},
                         postsBookmark(QStringLiteral("1000")))
                 .isError());
    QCOMPARE(catalog.rowCount(QStringLiteral("posts")), 3);
    QCOMPARE(catalog.bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("organization_posts"),
                              QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("1000")));

    // Re-fetched rows replace, never duplicate; NULL is written as NULL.
    QVERIFY(!catalog
                 .upsert(schema,
                         {post(QStringLiteral("p2"), QStringLiteral("a"), 20, 0.25),
                          {QStringLiteral("p4"), QStringLiteral("a"), QVariant(), QVariant()}},
                         postsBookmark(QStringLiteral("2000")))
                 .isError());
    QCOMPARE(catalog.rowCount(QStringLiteral("posts")), 4);
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("SELECT likes FROM posts WHERE id = ?"), {QStringLiteral("p2")})
                 .toInt(),
             20);
    QCOMPARE(
        scalar(catalog.reader(), QStringLiteral("SELECT engagement FROM posts WHERE id = ?"), {QStringLiteral("p2")})
            .toDouble(),
        0.25);
    QVERIFY(scalar(catalog.reader(), QStringLiteral("SELECT likes FROM posts WHERE id = 'p4'")).isNull());
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("SELECT typeof(likes) FROM posts WHERE id = 'p1'")).toString(),
             QStringLiteral("integer"));
    QCOMPARE(catalog.bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("organization_posts"),
                              QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("2000")));
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_bookmarks")), 1);

    // Values with quotes and semicolons are data, not SQL.
    const QString nasty = QStringLiteral("x'); DROP TABLE posts; --\"");
    QVERIFY(!catalog.upsert(schema, {post(nasty, QStringLiteral("a"), 1)}).isError());
    QCOMPARE(scalar(catalog.reader(), QStringLiteral("SELECT id FROM posts WHERE id = ?"), {nasty}).toString(), nasty);

    // A page with no rows can still move the bookmark.
    QVERIFY(!catalog.upsert(schema, {}, postsBookmark(QStringLiteral("3000"))).isError());
    QCOMPARE(catalog.bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("organization_posts"),
                              QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("3000")));
    // Upserting into a missing table is an error, not a silent create.
    QCOMPARE(catalog.upsert(postsSchema(QStringLiteral("nowhere")), {post(QStringLiteral("p"), {}, 1)}).kind,
             CatalogError::Kind::Query);
}

void TestCatalog::upsertRollsBackRowsAndBookmark_data() {
    QTest::addColumn<QList<Row>>("rows");
    QTest::addColumn<CatalogError::Kind>("kind");
    const Row good = post(QStringLiteral("new1"), QStringLiteral("a"), 1);
    const Row good2 = post(QStringLiteral("new2"), QStringLiteral("a"), 2);
    QTest::newRow("NULL primary key") << QList<Row>{good, post(QString(), QStringLiteral("a"), 1), good2}
                                      << CatalogError::Kind::Query;
    QTest::newRow("too few values") << QList<Row>{good, Row{QStringLiteral("x"), QStringLiteral("a")}, good2}
                                    << CatalogError::Kind::Query;
    QTest::newRow("too many values") << QList<Row>{good, good2, Row{QStringLiteral("x"), 1, 2, 3, 4}}
                                     << CatalogError::Kind::Query;
}

void TestCatalog::upsertRollsBackRowsAndBookmark() {
    QFETCH(QList<Row>, rows);
    QFETCH(CatalogError::Kind, kind);
    Catalog catalog(QStringLiteral("rollback"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    const TableSchema schema = postsSchema();
    QVERIFY(!catalog.ensureTable(schema).isError());
    QVERIFY(!catalog
                 .upsert(schema, {post(QStringLiteral("old"), QStringLiteral("a"), 9)},
                         postsBookmark(QStringLiteral("100")))
                 .isError());

    const CatalogError error = catalog.upsert(schema, rows, postsBookmark(QStringLiteral("200")));
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.detail.isEmpty());
    QCOMPARE(catalog.rowCount(QStringLiteral("posts")), 1);
    QCOMPARE(catalog.bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("organization_posts"),
                              QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("100")));
    // The connection is usable afterwards: the failed transaction did not stay open.
    QVERIFY(!catalog.upsert(schema, {post(QStringLiteral("after"), QStringLiteral("a"), 1)}).isError());
    QCOMPARE(catalog.rowCount(QStringLiteral("posts")), 2);
}

void TestCatalog::wideUpsertUpdatesInPlace() {
    Catalog catalog(QStringLiteral("speed"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    const TableSchema schema = testing::wideSchema(50);
    QVERIFY(!catalog.ensureTable(schema).isError());
    const QList<Row> rows = testing::wideRows(10000, 50);

    QVERIFY(!catalog.upsert(schema, rows, postsBookmark(QStringLiteral("1"))).isError());
    QVERIFY(!catalog.upsert(schema, rows, postsBookmark(QStringLiteral("2"))).isError());
    QCOMPARE(catalog.rowCount(QStringLiteral("wide")), 10000); // updated in place, not doubled
}

void TestCatalog::stagingReplacesOnlyTheOwnersRows() {
    Catalog writer(QStringLiteral("writer"));
    QVERIFY(!writer.open(catalogPath()).isError());
    const TableSchema schema = postsSchema();
    QVERIFY(!writer.ensureTable(schema).isError());
    QVERIFY(!writer
                 .upsert(schema, {post(QStringLiteral("a1"), QStringLiteral("A"), 1),
                                  post(QStringLiteral("a2"), QStringLiteral("A"), 2),
                                  post(QStringLiteral("a3"), QStringLiteral("A"), 3),
                                  post(QStringLiteral("b1"), QStringLiteral("B"), 10),
                                  post(QStringLiteral("b2"), QStringLiteral("B"), 20)})
                 .isError());

    Catalog reader(QStringLiteral("reader"));
    QVERIFY(!reader.open(catalogPath(), Catalog::Mode::ReadOnly).isError());
    auto checkOld = [&] {
        QCOMPARE(reader.rowCount(QStringLiteral("posts")), 5);
        QCOMPARE(ownerRows(reader, QStringLiteral("A")), 3);
        QCOMPARE(ownerRows(reader, QStringLiteral("B")), 2);
    };

    QVERIFY(!writer.beginStaging(schema).isError());
    checkOld();
    QVERIFY(!writer.appendStaging(schema, {post(QStringLiteral("a2"), QStringLiteral("A"), 200)}).isError());
    checkOld();
    // A post seen on two pages is staged once, the later copy wins.
    QVERIFY(!writer
                 .appendStaging(schema, {post(QStringLiteral("a4"), QStringLiteral("A"), 4),
                                         post(QStringLiteral("a2"), QStringLiteral("A"), 201)})
                 .isError());
    checkOld();
    QCOMPARE(writer.rowCount(Catalog::stagingTableName(QStringLiteral("posts"))), 2);
    QCOMPARE(reader.userTables(), QStringList{QStringLiteral("posts")});

    QVERIFY(!writer.commitStaging(schema, QStringLiteral("A"), postsBookmark(QStringLiteral("full"))).isError());
    QCOMPARE(reader.rowCount(QStringLiteral("posts")), 4);
    QCOMPARE(ownerRows(reader, QStringLiteral("A")), 2);
    QCOMPARE(ownerRows(reader, QStringLiteral("B")), 2);
    QCOMPARE(scalar(reader.reader(), QStringLiteral("SELECT group_concat(id || '=' || likes, ',') FROM "
                                                    "(SELECT * FROM posts ORDER BY id)"))
                 .toString(),
             QStringLiteral("a2=201,a4=4,b1=10,b2=20"));
    QCOMPARE(reader.rowCount(Catalog::stagingTableName(QStringLiteral("posts"))), -1); // dropped
    QCOMPARE(reader.bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("organization_posts"),
                             QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("full")));

    // A FULL_TABLE stream whose table does not exist yet: commit creates it. An empty staging
    // table empties the owner's rows (every post was deleted on LinkedIn).
    const TableSchema fresh = postsSchema(QStringLiteral("fresh"));
    QVERIFY(!writer.beginStaging(fresh).isError());
    QVERIFY(!writer.appendStaging(fresh, {post(QStringLiteral("x"), QStringLiteral("A"), 1)}).isError());
    QVERIFY(!writer.commitStaging(fresh, QStringLiteral("A")).isError());
    QCOMPARE(reader.rowCount(QStringLiteral("fresh")), 1);
    QVERIFY(!writer.beginStaging(schema).isError());
    QVERIFY(!writer.commitStaging(schema, QStringLiteral("B")).isError());
    QCOMPARE(ownerRows(reader, QStringLiteral("B")), 0);
    QCOMPARE(ownerRows(reader, QStringLiteral("A")), 2);

    // Committing without staging is an error, not an empty replacement.
    QCOMPARE(writer.commitStaging(schema, QStringLiteral("A")).kind, CatalogError::Kind::Query);
    QCOMPARE(ownerRows(reader, QStringLiteral("A")), 2);
}

void TestCatalog::stagingDiscardLeavesTheTable() {
    Catalog writer(QStringLiteral("writer"));
    QVERIFY(!writer.open(catalogPath()).isError());
    const TableSchema schema = postsSchema();
    QVERIFY(!writer.ensureTable(schema).isError());
    QVERIFY(!writer.upsert(schema, {post(QStringLiteral("a1"), QStringLiteral("A"), 1)}).isError());

    QVERIFY(!writer.beginStaging(schema).isError());
    QVERIFY(!writer.appendStaging(schema, {post(QStringLiteral("a9"), QStringLiteral("A"), 9)}).isError());
    writer.discardStaging(schema);
    QCOMPARE(writer.rowCount(Catalog::stagingTableName(QStringLiteral("posts"))), -1);
    QCOMPARE(writer.rowCount(QStringLiteral("posts")), 1);
    QCOMPARE(scalar(writer.reader(), QStringLiteral("SELECT id FROM posts")).toString(), QStringLiteral("a1"));
    QCOMPARE(writer.appendStaging(schema, {post(QStringLiteral("a9"), QStringLiteral("A"), 9)}).kind,
             CatalogError::Kind::Query);

    // A leftover staging table from a killed run is dropped by the next beginStaging.
    QVERIFY(!writer.beginStaging(schema).isError());
    QVERIFY(!writer.appendStaging(schema, {post(QStringLiteral("stale"), QStringLiteral("A"), 0)}).isError());
    QVERIFY(!writer.beginStaging(schema).isError());
    QCOMPARE(writer.rowCount(Catalog::stagingTableName(QStringLiteral("posts"))), 0);
    writer.discardStaging(schema);
}

void TestCatalog::stagingFailureRollsBack() {
    Catalog writer(QStringLiteral("writer"));
    QVERIFY(!writer.open(catalogPath()).isError());
    const TableSchema schema = postsSchema();
    QVERIFY(!writer.ensureTable(schema).isError());
    QVERIFY(!writer
                 .upsert(schema,
                         {post(QStringLiteral("a1"), QStringLiteral("A"), 1),
                          post(QStringLiteral("a2"), QStringLiteral("A"), 2)},
                         postsBookmark(QStringLiteral("before")))
                 .isError());
    // Fails the copy into the real table after the owner's rows were deleted: the worst moment.
    QSqlQuery trigger(writer.reader());
    QVERIFY2(trigger.exec(QStringLiteral("CREATE TRIGGER posts_refuse BEFORE INSERT ON posts WHEN NEW.likes < 0 "
                                         "BEGIN SELECT RAISE(ABORT, 'refused'); END")),
             qPrintable(trigger.lastError().text()));
    trigger.finish();

    Catalog reader(QStringLiteral("reader"));
    QVERIFY(!reader.open(catalogPath(), Catalog::Mode::ReadOnly).isError());

    QVERIFY(!writer.beginStaging(schema).isError());
    QVERIFY(!writer
                 .appendStaging(schema, {post(QStringLiteral("a3"), QStringLiteral("A"), 3),
                                         post(QStringLiteral("bad"), QStringLiteral("A"), -1)})
                 .isError());
    const CatalogError error =
        writer.commitStaging(schema, QStringLiteral("A"), postsBookmark(QStringLiteral("after")));
    QCOMPARE(error.kind, CatalogError::Kind::Query);
    QVERIFY2(error.detail.contains(QLatin1String("refused")), qPrintable(error.detail));

    for (const Catalog *catalog : {&reader, &writer}) {
        QCOMPARE(catalog->rowCount(QStringLiteral("posts")), 2);
        QCOMPARE(scalar(catalog->reader(), QStringLiteral("SELECT group_concat(id, ',') FROM "
                                                          "(SELECT id FROM posts ORDER BY id)"))
                     .toString(),
                 QStringLiteral("a1,a2"));
        QCOMPARE(catalog->bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("organization_posts"),
                                   QStringLiteral("posts")),
                 std::optional<QString>(QStringLiteral("before")));
    }
    // The staged rows are still there: the caller decides to retry or discard.
    QCOMPARE(writer.rowCount(Catalog::stagingTableName(QStringLiteral("posts"))), 2);
    writer.discardStaging(schema);
    QCOMPARE(writer.rowCount(Catalog::stagingTableName(QStringLiteral("posts"))), -1);
    QCOMPARE(reader.rowCount(QStringLiteral("posts")), 2);
}

void TestCatalog::readerSnapshotNeverSeesAMix() {
    Catalog writer(QStringLiteral("writer"));
    QVERIFY(!writer.open(catalogPath()).isError());
    const TableSchema schema = postsSchema();
    QVERIFY(!writer.ensureTable(schema).isError());
    QList<Row> old;
    for (int i = 0; i < 100; ++i)
        old << post(QStringLiteral("old%1").arg(i), QStringLiteral("A"), i);
    QVERIFY(!writer.upsert(schema, old).isError());

    // A reader in the middle of a read (the GUI scrolling a table) keeps its snapshot across the
    // swap; its next read sees the whole new table.
    RawConnection reader(QStringLiteral("snapshot-reader"), catalogPath());
    QVERIFY(reader.isOpen());
    QVERIFY(reader.exec(QStringLiteral("BEGIN")));
    QCOMPARE(scalar(reader.db(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 100);

    QVERIFY(!writer.beginStaging(schema).isError());
    QList<Row> fresh;
    for (int i = 0; i < 30; ++i)
        fresh << post(QStringLiteral("new%1").arg(i), QStringLiteral("A"), i);
    QVERIFY(!writer.appendStaging(schema, fresh.mid(0, 15)).isError());
    QCOMPARE(scalar(reader.db(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 100);
    QVERIFY(!writer.appendStaging(schema, fresh.mid(15)).isError());
    QVERIFY(!writer.commitStaging(schema, QStringLiteral("A")).isError());
    QCOMPARE(writer.rowCount(QStringLiteral("posts")), 30);
    QCOMPARE(scalar(reader.db(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 100);
    QCOMPARE(scalar(reader.db(), QStringLiteral("SELECT count(*) FROM posts WHERE id LIKE 'new%'")).toInt(), 0);
    QVERIFY(reader.exec(QStringLiteral("COMMIT")));
    QCOMPARE(scalar(reader.db(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 30);
    QCOMPARE(scalar(reader.db(), QStringLiteral("SELECT count(*) FROM posts WHERE id LIKE 'old%'")).toInt(), 0);
}

void TestCatalog::bookmarks() {
    Catalog catalog(QStringLiteral("bookmarks"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    const TableSchema schema = postsSchema();
    QVERIFY(!catalog.ensureTable(schema).isError());
    const QString org1 = QStringLiteral("urn:li:organization:1");
    const QString org2 = QStringLiteral("urn:li:organization:2");
    QVERIFY(!catalog.bookmark(org1, QStringLiteral("organization_posts"), QStringLiteral("posts")));
    QVERIFY(!catalog.upsert(schema, {}, postsBookmark(QStringLiteral("10"), org1)).isError());
    QVERIFY(!catalog.upsert(schema, {}, postsBookmark(QStringLiteral("20"), org2)).isError());
    QCOMPARE(catalog.bookmark(org1, QStringLiteral("organization_posts"), QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("10")));
    QCOMPARE(catalog.bookmark(org2, QStringLiteral("organization_posts"), QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("20")));
    QVERIFY(!catalog.bookmark(org1, QStringLiteral("organization_posts"), QStringLiteral("other_table")));

    QVERIFY(!catalog.clearBookmark(org1, QStringLiteral("organization_posts"), QStringLiteral("posts")).isError());
    QVERIFY(!catalog.bookmark(org1, QStringLiteral("organization_posts"), QStringLiteral("posts")));
    QCOMPARE(catalog.bookmark(org2, QStringLiteral("organization_posts"), QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("20")));

    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    catalog.setClock(&clock);
    QVERIFY(!catalog.upsert(schema, {}, postsBookmark(QStringLiteral("30"), org2)).isError());
    QCOMPARE(scalar(catalog.reader(),
                    QStringLiteral("SELECT updated_at FROM _pagesight_bookmarks WHERE "
                                   "organization_urn = ?"),
                    {org2})
                 .toString(),
             QStringLiteral("2026-03-01T12:00:00.000Z"));
}

void TestCatalog::runHistoryRoundTrip() {
    Catalog catalog(QStringLiteral("runs"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    const QString org1 = QStringLiteral("urn:li:organization:1");
    const QString org2 = QStringLiteral("urn:li:organization:2");
    const QDateTime t0(QDate(2026, 3, 1), QTime(6, 0), Qt::UTC);

    const qint64 first = RunHistory(catalog).begin({QStringLiteral("s1"), QStringLiteral("Acme"), org1, t0});
    const qint64 other = RunHistory(catalog).begin({{}, QStringLiteral("Other"), org2, t0.addSecs(60)});
    const qint64 second = RunHistory(catalog).begin({{}, QStringLiteral("Acme"), org1, t0.addDays(1)});
    QVERIFY(first > 0 && other > first && second > other);

    QList<RunRecord> runs = RunHistory(catalog).runs(org1);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].status, RunStatus::Running);
    QVERIFY(!runs[0].finishedAt.isValid());

    RunRecord finished;
    finished.id = first;
    finished.finishedAt = t0.addSecs(95).addMSecs(250);
    finished.status = RunStatus::Partial;
    finished.message = QStringLiteral("The daily LinkedIn API quota is used up.");
    finished.streams = {{QStringLiteral("follower_statistics"), QStringLiteral("follower_statistics"),
                         RunStatus::Succeeded, 366, 3, QString()},
                        {QStringLiteral("organization_posts"), QStringLiteral("posts"), RunStatus::Failed, 40, 7,
                         QStringLiteral("HTTP 429")}};
    QVERIFY(!RunHistory(catalog).finish(finished).isError());
    QVERIFY(!RunHistory(catalog).finish(finished).isError()); // twice: streams replaced, not doubled
    {
        // The type becomes text only here, spelled as docs/SPEC.md §5 says.
        QSqlQuery spelled(catalog.reader());
        QVERIFY(spelled.exec(QStringLiteral("SELECT r.status, group_concat(s.status) FROM _pagesight_runs r "
                                            "JOIN _pagesight_run_streams s ON s.run_id = r.id WHERE r.id = %1")
                                 .arg(first)));
        QVERIFY(spelled.next());
        QCOMPARE(spelled.value(0).toString(), QStringLiteral("partial"));
        QCOMPARE(spelled.value(1).toString(), QStringLiteral("succeeded,failed"));
    }

    runs = RunHistory(catalog).runs(org1);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0].id, second); // newest first
    QCOMPARE(runs[1].id, first);
    const RunRecord &read = runs[1];
    QCOMPARE(read.sourceName, QStringLiteral("Acme"));
    QCOMPARE(read.sourceId, QStringLiteral("s1"));
    QCOMPARE(runs[0].sourceId, QString()); // a sync from flags belongs to no source
    QCOMPARE(RunHistory(catalog).runsOfSource(QStringLiteral("s1")).size(), 1);
    QCOMPARE(RunHistory(catalog).runsOfSource(QStringLiteral("s1")).constFirst().id, first);
    QVERIFY(RunHistory(catalog).runsOfSource(QString()).isEmpty());
    QCOMPARE(read.organizationUrn, org1);
    QCOMPARE(read.startedAt, t0);
    QCOMPARE(read.startedAt.timeSpec(), Qt::UTC);
    QCOMPARE(read.finishedAt, finished.finishedAt);
    QCOMPARE(read.status, RunStatus::Partial);
    QCOMPARE(read.message, finished.message);
    QCOMPARE(read.streams.size(), 2);
    QCOMPARE(read.streams[0].streamId, QStringLiteral("follower_statistics"));
    QCOMPARE(read.streams[0].rowsWritten, 366);
    QCOMPARE(read.streams[0].requests, 3);
    QCOMPARE(read.streams[1].tableName, QStringLiteral("posts"));
    QCOMPARE(read.streams[1].status, RunStatus::Failed);
    QCOMPARE(read.streams[1].rowsWritten, 40);
    QCOMPARE(read.streams[1].message, QStringLiteral("HTTP 429"));
    QVERIFY(runs[0].streams.isEmpty());

    QCOMPARE(RunHistory(catalog).runs().size(), 3);
    QCOMPARE(RunHistory(catalog).runs(QString(), 1).size(), 1);
    QCOMPARE(RunHistory(catalog).runs(QString(), 1).constFirst().id, second);
    QCOMPARE(RunHistory(catalog).runs(org2).size(), 1);
    QCOMPARE(RunHistory(catalog).runs(QStringLiteral("urn:li:organization:3")).size(), 0);

    RunRecord unknown;
    unknown.id = 999;
    unknown.status = RunStatus::Succeeded;
    QVERIFY(RunHistory(catalog).finish(unknown).isError());

    // Deleting a run takes its stream rows with it (foreign keys are on).
    QSqlQuery remove(catalog.reader());
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM _pagesight_runs WHERE id = %1").arg(first)));
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_run_streams")), 0);
}

// A catalog as the previous release (schema 3) left it: runs named by their source's description.
// After the migration each run belongs to a source id, as it was shown before: the only source of
// its organization (even under an old name), or the one of that organization with its description.
void TestCatalog::runsFollowTheirSourceFromThePreviousRelease() {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("release-3"));
        db.setDatabaseName(catalogPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const CatalogMigration &migration : catalogMigrations())
            if (migration.version <= 3)
                for (const QString &statement : migration.statements)
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 3")));
        const QStringList rows = {
            QStringLiteral("INSERT INTO _pagesight_sources VALUES ('a', 'Acme', '{\"organization_id\":\"1\"}', "
                           "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO _pagesight_sources VALUES ('b', 'Posts', '{\"organization_id\":\"2\"}', "
                           "'2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO _pagesight_sources VALUES ('c', 'Stats', '{\"organization_id\":\"2\"}', "
                           "'2026-01-03T00:00:00.000Z', '2026-01-03T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO _pagesight_sources VALUES ('d', 'Broken', 'not json', "
                           "'2026-01-04T00:00:00.000Z', '2026-01-04T00:00:00.000Z')"),
        };
        for (const QString &row : rows)
            QVERIFY2(query.exec(row), qPrintable(query.lastError().text()));
        const QList<QStringList> runs = {{QStringLiteral("Acme before a rename"), QStringLiteral("1")},
                                         {QStringLiteral("Stats"), QStringLiteral("2")},
                                         {QStringLiteral("Posts"), QStringLiteral("2")},
                                         {QStringLiteral("cli"), QStringLiteral("2")},
                                         {QStringLiteral("cli"), QStringLiteral("9")}};
        query.prepare(QStringLiteral("INSERT INTO _pagesight_runs (source_name, organization_urn, started_at, "
                                     "status, message) VALUES (?, 'urn:li:organization:' || ?, ?, 'succeeded', "
                                     "'Synced 3 rows.')"));
        for (int i = 0; i < runs.size(); ++i) {
            query.addBindValue(runs[i][0]);
            query.addBindValue(runs[i][1]);
            query.addBindValue(QStringLiteral("2026-02-0%1T06:00:00.000Z").arg(i + 1));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("release-3"));

    Catalog catalog(QStringLiteral("migrated"));
    const CatalogError error = catalog.open(catalogPath());
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(catalog.schemaVersion(), 6);
    QVERIFY(retentionRules(catalog.reader()).isEmpty()); // retention is off until it is set
    const RunHistory history(catalog);
    const auto names = [&history](const QString &sourceId) {
        QStringList result;
        for (const RunRecord &run : history.runsOfSource(sourceId))
            result << run.sourceName;
        return result;
    };
    QCOMPARE(names(QStringLiteral("a")), QStringList{QStringLiteral("Acme before a rename")});
    QCOMPARE(names(QStringLiteral("b")), QStringList{QStringLiteral("Posts")});
    QCOMPARE(names(QStringLiteral("c")), QStringList{QStringLiteral("Stats")});
    QVERIFY(names(QStringLiteral("d")).isEmpty());
    QCOMPARE(history.runs().size(), 5); // the runs of no source stay in the catalog's history
    QCOMPARE(history.runs().constFirst().sourceId, QString());
    // Its sentence was stored before messages were codes: it reads as stored.
    QCOMPARE(history.runs().constFirst().message, QStringLiteral("Synced 3 rows."));
    QVERIFY(history.runs().constFirst().messageData.isEmpty());
}

void TestCatalog::sourcesRoundTrip() {
    Catalog catalog(QStringLiteral("sources"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    catalog.setClock(&clock);

    const QString config1 = QStringLiteral(R"({"organizationId":1,"streams":[]})");
    QVERIFY(!SourceStore(catalog).save(QStringLiteral("s1"), QStringLiteral("Acme page"), config1).isError());
    clock.setNow(clock.nowUtc().addSecs(60));
    QVERIFY(
        !SourceStore(catalog).save(QStringLiteral("s2"), QStringLiteral("Other page"), QStringLiteral("{}")).isError());
    clock.setNow(clock.nowUtc().addDays(1));
    const QString config1b = QStringLiteral(R"({"organizationId":1,"streams":["organization_posts"]})");
    QVERIFY(!SourceStore(catalog).save(QStringLiteral("s1"), QStringLiteral("Acme page (posts)"), config1b).isError());

    const QList<SourceRecord> sources = SourceStore(catalog).sources();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources[0].id, QStringLiteral("s1"));
    QCOMPARE(sources[0].description, QStringLiteral("Acme page (posts)"));
    QCOMPARE(sources[0].configJson, config1b);
    QCOMPARE(sources[0].createdAt, QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(sources[0].updatedAt, QDateTime(QDate(2026, 1, 2), QTime(9, 1), Qt::UTC));
    QCOMPARE(sources[1].id, QStringLiteral("s2"));
    QCOMPARE(SourceStore(catalog).source(QStringLiteral("s2"))->description, QStringLiteral("Other page"));
    QVERIFY(!SourceStore(catalog).source(QStringLiteral("nope")));
    QVERIFY(SourceStore(catalog).save(QString(), QStringLiteral("x"), QStringLiteral("{}")).isError());

    QVERIFY(!SourceStore(catalog).remove(QStringLiteral("s1")).isError());
    QCOMPARE(SourceStore(catalog).sources().size(), 1);
    QCOMPARE(SourceStore(catalog).sources().constFirst().id, QStringLiteral("s2"));
    QVERIFY(!SourceStore(catalog).source(QStringLiteral("s1")));
}

void TestCatalog::readOnlyRejectsWritesAndReads() {
    {
        Catalog writer(QStringLiteral("writer"));
        QVERIFY(!writer.open(catalogPath()).isError());
        QVERIFY(!writer.ensureTable(postsSchema()).isError());
        QVERIFY(!writer
                     .upsert(postsSchema(), {post(QStringLiteral("p1"), QStringLiteral("A"), 1)},
                             postsBookmark(QStringLiteral("7")))
                     .isError());
        QVERIFY(RunHistory(writer).begin({{},
                                          QStringLiteral("Acme"),
                                          QStringLiteral("urn:li:organization:1"),
                                          QDateTime::currentDateTimeUtc()}) > 0);
        QVERIFY(
            !SourceStore(writer).save(QStringLiteral("s1"), QStringLiteral("Acme"), QStringLiteral("{}")).isError());
    }
    const QByteArray before = readAll(catalogPath());

    Catalog reader(QStringLiteral("reader"));
    QVERIFY(!reader.open(catalogPath(), Catalog::Mode::ReadOnly).isError());
    QCOMPARE(reader.mode(), Catalog::Mode::ReadOnly);
    QCOMPARE(reader.schemaVersion(), Catalog::latestSchemaVersion());
    QCOMPARE(reader.rowCount(QStringLiteral("posts")), 1);
    QCOMPARE(reader.userTables(), QStringList{QStringLiteral("posts")});
    QCOMPARE(reader.bookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("organization_posts"),
                             QStringLiteral("posts")),
             std::optional<QString>(QStringLiteral("7")));
    QCOMPARE(RunHistory(reader).runs().size(), 1);
    QCOMPARE(SourceStore(reader).sources().size(), 1);
    QCOMPARE(scalar(reader.reader(), QStringLiteral("PRAGMA query_only")).toInt(), 1);

    QSqlQuery insert(reader.reader());
    QVERIFY(!insert.exec(QStringLiteral("INSERT INTO posts (id, author) VALUES ('p2', 'A')")));
    QVERIFY(!insert.exec(QStringLiteral("CREATE TABLE x (a)")));
    QVERIFY(!insert.exec(QStringLiteral("CREATE TEMP TABLE x (a)")));
    insert.finish();

    using K = CatalogError::Kind;
    QCOMPARE(reader.upsert(postsSchema(), {post(QStringLiteral("p2"), QStringLiteral("A"), 1)}).kind, K::ReadOnly);
    QCOMPARE(reader.ensureTable(postsSchema(QStringLiteral("other"))).kind, K::ReadOnly);
    QCOMPARE(reader.beginStaging(postsSchema()).kind, K::ReadOnly);
    QCOMPARE(reader
                 .clearBookmark(QStringLiteral("urn:li:organization:1"), QStringLiteral("organization_posts"),
                                QStringLiteral("posts"))
                 .kind,
             K::ReadOnly);
    QCOMPARE(RunHistory(reader).begin({{}, QStringLiteral("x"), QStringLiteral("y"), QDateTime::currentDateTimeUtc()}),
             0);
    QCOMPARE(SourceStore(reader).save(QStringLiteral("s2"), {}, QStringLiteral("{}")).kind, K::ReadOnly);
    QCOMPARE(SourceStore(reader).remove(QStringLiteral("s1")).kind, K::ReadOnly);
    QCOMPARE(reader.rowCount(QStringLiteral("posts")), 1);
    QCOMPARE(SourceStore(reader).sources().size(), 1);
    reader.close();
    QCOMPARE(readAll(catalogPath()), before);
}

void TestCatalog::readOnlyOnAnUnmigratedCatalog() {
    {
        RawConnection raw(QStringLiteral("raw"), catalogPath());
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE legacy (a INTEGER)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO legacy VALUES (1), (2)")));
    }
    Catalog reader(QStringLiteral("reader"));
    QVERIFY(!reader.open(catalogPath(), Catalog::Mode::ReadOnly).isError());
    QCOMPARE(reader.schemaVersion(), 0);
    QCOMPARE(reader.userTables(), QStringList{QStringLiteral("legacy")});
    QCOMPARE(reader.rowCount(QStringLiteral("legacy")), 2);
    QVERIFY(!reader.bookmark(QStringLiteral("o"), QStringLiteral("s"), QStringLiteral("t")));
    QVERIFY(RunHistory(reader).runs().isEmpty());
    QVERIFY(SourceStore(reader).sources().isEmpty());
    reader.close();

    // Another application's database: opening it read-write is refused, and it stays as it was
    // (tst_catalogidentity has the rest of these rules).
    const QByteArray before = readAll(catalogPath());
    Catalog writer(QStringLiteral("writer"));
    QCOMPARE(writer.open(catalogPath()).kind, CatalogError::Kind::ForeignFile);
    QCOMPARE(readAll(catalogPath()), before);
}

void TestCatalog::userTablesHidesBookkeeping() {
    Catalog catalog(QStringLiteral("tables"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    QCOMPARE(catalog.userTables(), QStringList());
    QVERIFY(!catalog.ensureTable(postsSchema(QStringLiteral("zeta"))).isError());
    QVERIFY(!catalog.ensureTable(postsSchema(QStringLiteral("alpha"))).isError());
    QVERIFY(!catalog.beginStaging(postsSchema(QStringLiteral("alpha"))).isError());
    QSqlQuery query(catalog.reader());
    QVERIFY(query.exec(QStringLiteral("ANALYZE"))); // creates sqlite_stat1
    query.finish();
    QCOMPARE(catalog.userTables(), (QStringList{QStringLiteral("alpha"), QStringLiteral("zeta")}));
    QCOMPARE(catalog.rowCount(QStringLiteral("no_such_table")), -1);
    QCOMPARE(catalog.rowCount(QStringLiteral("bad name")), -1);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
