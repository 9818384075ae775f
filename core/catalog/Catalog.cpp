// Opening and closing a catalog, its pragmas and migrations, and the read-only helpers. Tables and
// rows are in CatalogTables.cpp, bookmarks in CatalogBookmarks.cpp, names in CatalogNames.cpp;
// the run history and the saved sources are views of their own (RunHistory, SourceStore).
#include "Catalog.h"

#include "CatalogLocation.h"
#include "CatalogMigrations.h"
#include "CatalogSql.h"
#include "common/Clock.h"
#include "common/Log.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace pagesight {

using namespace catalogsql;

namespace {
const QString memoryPath = QStringLiteral(":memory:");

CatalogError openError(CatalogError::Kind kind, const QString &path, const QString &detail) {
    qCWarning(lcCatalog) << "cannot open" << path << ":" << detail;
    return {kind, detail, path};
}

// The 16-byte header every SQLite 3 database starts with. Read before SQLite touches the file:
// opening a foreign file read-write and setting WAL mode would already write to it.
bool hasSqliteHeader(QFile &file) {
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

// Everything that can be decided from the file system, before a connection exists.
CatalogError checkPath(const QString &path, Catalog::Mode mode) {
    using K = CatalogError::Kind;
    if (path.isEmpty())
        return openError(K::CannotOpen, path, QStringLiteral("no file name"));
    if (path == memoryPath)
        return {};

    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return openError(K::CannotOpen, path, QStringLiteral("the folder does not exist"));
    // WAL mode keeps the -wal and -shm files beside the catalog, so a writer needs the folder.
    if (mode == Catalog::Mode::ReadWrite && !folder.isWritable())
        return openError(K::CannotOpen, path, QStringLiteral("the folder is not writable"));
    if (!file.exists()) {
        if (mode == Catalog::Mode::ReadOnly)
            return openError(K::CannotOpen, path, QStringLiteral("the file does not exist"));
        return {};
    }
    if (!file.isFile())
        return openError(K::CannotOpen, path, QStringLiteral("not a file"));
    // SQLite would silently fall back to read-only; say so now rather than at the first write.
    if (mode == Catalog::Mode::ReadWrite && !file.isWritable())
        return openError(K::CannotOpen, path, QStringLiteral("the file is not writable"));

    QFile handle(path);
    if (!handle.open(QIODevice::ReadOnly))
        return openError(K::CannotOpen, path, handle.errorString());
    // An empty file is a new database to SQLite; anything else must carry the header.
    if (handle.size() > 0 && !hasSqliteHeader(handle))
        return openError(K::NotADatabase, path, QStringLiteral("no SQLite header"));
    return {};
}
// Whether a file that already holds a database may be opened for writing, decided on a read-only
// connection before anything writes to it: a catalog carries Pagesight's marker (or, written by a
// release before the marker, its bookkeeping tables) and a version this release knows; an empty
// database is a new catalog; anything else is another application's and is left alone.
CatalogError identify(const QString &path) {
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("pagesight-identify-%1").arg(++counter);
    CatalogError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // immutable: SQLite reads the file as it is and creates nothing beside it (no -wal or
        // -shm next to another application's WAL-mode database).
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        QSqlQuery query(db);
        const auto pragma = [&query](const char *name) {
            return query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && query.next()
                       ? query.value(0).toLongLong()
                       : -1;
        };
        QStringList objects;
        if (db.open() && query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' "
                                                   "ESCAPE '\\'"))) {
            while (query.next())
                objects << query.value(0).toString();
            const qint64 applicationId = pragma("application_id");
            const qint64 version = pragma("user_version");
            const bool marked = applicationId == kCatalogApplicationId;
            const bool earlierRelease = applicationId == 0 &&
                                        objects.contains(QStringLiteral("_pagesight_bookmarks")) &&
                                        objects.contains(QStringLiteral("_pagesight_runs"));
            if (applicationId != 0 && !marked)
                result = {CatalogError::Kind::ForeignFile, QStringLiteral("application_id %1").arg(applicationId),
                          path};
            else if (!marked && !earlierRelease && (!objects.isEmpty() || version != 0))
                result = {CatalogError::Kind::ForeignFile, QStringLiteral("tables of another application"), path};
            else if (version > Catalog::latestSchemaVersion())
                result = {CatalogError::Kind::NewerCatalog,
                          QStringLiteral("%1 %2").arg(version).arg(Catalog::latestSchemaVersion()), path};
        } else {
            result = errorFrom(query.lastError().isValid() ? query.lastError() : db.lastError(), path);
            if (result.kind == CatalogError::Kind::Query)
                result.kind = CatalogError::Kind::NotADatabase;
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

CatalogError Catalog::checkFile(const QString &path) {
    if (isServerCatalog(path)) // open() checks the server's schema before it writes
        return {};
    if (CatalogError error = checkPath(path, Mode::ReadWrite); error.isError())
        return error;
    if (path != memoryPath && QFileInfo(path).size() > 0)
        return identify(path);
    return {};
}

Catalog::Catalog(QString connectionName)
    : m_connectionName(std::move(connectionName)) {}

Catalog::~Catalog() {
    close();
}

CatalogError Catalog::open(const QString &path, Mode mode) {
    close();
    m_mode = mode;
    if (isServerCatalog(path))
        return openServer(path);
    if (CatalogError error = checkPath(path, mode); error.isError())
        return error;
    if (mode == Mode::ReadWrite && path != memoryPath && QFileInfo(path).size() > 0) {
        if (CatalogError error = identify(path); error.isError()) {
            qCWarning(lcCatalog) << "not opening" << path << ":" << error.detail;
            return error;
        }
    }

    m_path = path;
    CatalogError error = openConnection(path);
    if (!error.isError())
        error = applyPragmas();
    if (!error.isError() && mode == Mode::ReadWrite)
        error = migrate();
    if (error.isError()) {
        qCWarning(lcCatalog) << "cannot open" << path << ":" << error.detail;
        close();
        error.path = path;
        return error;
    }
    qCInfo(lcCatalog) << "opened" << path << (mode == Mode::ReadOnly ? "read-only" : "read-write") << "schema version"
                      << schemaVersion();
    return {};
}

CatalogError Catalog::openConnection(const QString &path) {
    // Two Catalogs on one name would share (and the second would silently replace) a connection.
    if (QSqlDatabase::contains(m_connectionName))
        return {CatalogError::Kind::CannotOpen,
                QStringLiteral("the connection name %1 is already in use").arg(m_connectionName), path};

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_ownsConnection = true;
    if (!m_db.isValid())
        return {CatalogError::Kind::CannotOpen, QStringLiteral("the Qt SQLite driver is not available"), path};

    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count())};
    if (m_mode == Mode::ReadOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        CatalogError error = errorFrom(m_db.lastError(), path);
        if (error.kind == CatalogError::Kind::Query)
            error.kind = CatalogError::Kind::CannotOpen;
        return error;
    }
    return {};
}

CatalogError Catalog::applyPragmas() {
    QSqlQuery query(m_db);
    auto run = [&](const QString &sql) -> CatalogError {
        if (!query.exec(sql))
            return errorFrom(query.lastError(), m_path);
        return {};
    };

    if (m_mode == Mode::ReadWrite) {
        // WAL lets the GUI read while the sync engine writes; NORMAL is durable enough in WAL
        // mode (a power cut may lose the last commit, never corrupt the file).
        if (CatalogError error = run(QStringLiteral("PRAGMA journal_mode=WAL")); error.isError())
            return error;
        const QString journalMode = query.next() ? query.value(0).toString() : QString();
        if (journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0 && m_path != memoryPath)
            qCWarning(lcCatalog) << "WAL mode not available for" << m_path << "; journal mode is" << journalMode;
        query.finish();
        if (CatalogError error = run(QStringLiteral("PRAGMA synchronous=NORMAL")); error.isError())
            return error;
    } else {
        // The driver's read-only flag guards the file; query_only also refuses writes to the
        // temp schema, so the SQL explorer cannot create anything either.
        if (CatalogError error = run(QStringLiteral("PRAGMA query_only=ON")); error.isError())
            return error;
    }
    if (CatalogError error = run(QStringLiteral("PRAGMA foreign_keys=ON")); error.isError())
        return error;
    // Dashboards scan whole tables on a fresh connection: reading the file through a memory map
    // spares a copy per page (a third of the time of a 10,000-post dashboard went to pread), and a
    // larger page cache keeps a year of rows between redraws. Both are limits, not allocations.
    if (CatalogError error = run(QStringLiteral("PRAGMA mmap_size=268435456")); error.isError())
        return error;
    if (CatalogError error = run(QStringLiteral("PRAGMA cache_size=-32768")); error.isError())
        return error;
    // SQLite reads the file lazily: make it read now so a damaged file or a lock is reported by
    // open() and not by the first query.
    if (CatalogError error = run(QStringLiteral("SELECT count(*) FROM sqlite_schema")); error.isError())
        return error;
    query.finish();
    return {};
}

CatalogError Catalog::migrate() {
    int current = 0;
    {
        // Taking the write lock here, even with nothing to migrate, reports a catalog held by
        // another writer at open() instead of halfway through the first sync.
        WriteTransaction probe(m_db, m_path);
        if (probe.beginError().isError())
            return probe.beginError();
        current = schemaVersion();
        if (CatalogError error = probe.commit(); error.isError())
            return error;
    }
    if (current > latestSchemaVersion())
        qCWarning(lcCatalog) << m_path << "has schema version" << current << "newer than" << latestSchemaVersion()
                             << "known to this version of Pagesight";

    for (const CatalogMigration &migration : catalogMigrations()) {
        if (migration.version <= current)
            continue;
        WriteTransaction transaction(m_db, m_path);
        if (transaction.beginError().isError())
            return transaction.beginError();
        // Another process may have migrated between the probe and this lock.
        current = schemaVersion();
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statementsFor(backend()))
            if (CatalogError error = exec(m_db, m_path, statement); error.isError())
                return error;
        if (CatalogError error = setSchemaVersion(migration.version); error.isError())
            return error;
        if (CatalogError error = transaction.commit(); error.isError())
            return error;
        current = migration.version;
        qCInfo(lcCatalog) << "migrated" << m_path << "to schema version" << current;
    }
    return {};
}

void Catalog::close() {
    if (m_db.isOpen())
        qCDebug(lcCatalog) << "closing" << m_path;
    m_db.close();
    // removeDatabase warns (and leaks) while a QSqlDatabase handle to it is alive: drop ours first.
    m_db = QSqlDatabase();
    if (m_ownsConnection)
        QSqlDatabase::removeDatabase(m_connectionName);
    m_ownsConnection = false;
    m_path.clear();
}

bool Catalog::isOpen() const {
    return m_db.isOpen();
}

QSqlDatabase Catalog::reader() const {
    return m_db;
}

CatalogError Catalog::write(const QString &what, const std::function<CatalogError(const QSqlDatabase &)> &work) {
    if (CatalogError error = checkWritable(what); error.isError())
        return error;
    WriteTransaction transaction(m_db, m_path);
    if (transaction.beginError().isError())
        return transaction.beginError();
    if (CatalogError error = work(m_db); error.isError()) {
        if (error.path.isEmpty())
            error.path = m_path;
        return error; // the transaction rolls back
    }
    return transaction.commit();
}

int Catalog::schemaVersion() const {
    if (!isOpen())
        return -1;
    QSqlQuery query(m_db);
    const QString sql = backend() == SqlBackend::Postgres
                            ? QStringLiteral("SELECT value FROM _pagesight_catalog WHERE name = 'schema_version'")
                            : QStringLiteral("PRAGMA user_version");
    if (!query.exec(sql) || !query.next())
        return backend() == SqlBackend::Postgres ? 0 : -1;
    return query.value(0).toInt();
}

CatalogError Catalog::setSchemaVersion(int version) {
    if (backend() == SqlBackend::Postgres)
        return exec(m_db, m_path,
                    QStringLiteral("INSERT INTO _pagesight_catalog (name, value) VALUES ('schema_version', ?) "
                                   "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                    {QString::number(version)});
    // PRAGMA takes no bound values; the version is our own integer.
    return exec(m_db, m_path, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

int Catalog::latestSchemaVersion() {
    return catalogMigrations().isEmpty() ? 0 : catalogMigrations().constLast().version;
}

CatalogError Catalog::checkWritable(const QString &what) const {
    if (!isOpen())
        return {CatalogError::Kind::Query, QStringLiteral("the catalog is not open (%1)").arg(what), m_path};
    if (m_mode == Mode::ReadOnly)
        return {CatalogError::Kind::ReadOnly, what, m_path};
    return {};
}

bool Catalog::tableExists(const QString &tableName) const {
    // One row looked up, not every table listed: staging checks it for each page it writes.
    QSqlQuery query(m_db);
    query.prepare(dialect::tableExistsSql(backend()));
    query.addBindValue(tableName);
    return query.exec() && query.next();
}

QStringList Catalog::tables() const {
    QStringList names;
    if (!isOpen())
        return names;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(dialect::tablesSql(backend()))) {
        qCWarning(lcCatalog) << "cannot list tables:" << query.lastError().text();
        return names;
    }
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QDateTime Catalog::nowUtc() const {
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

qint64 Catalog::rowCount(const QString &tableName) const {
    // Internal tables may be counted too (tests, diagnostics), so only the identifier rule applies.
    const InputError nameError = validateTableName(tableName);
    if (!isOpen() || nameError.kind == InputError::Kind::TableName)
        return -1;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(tableName))) || !query.next()) {
        qCDebug(lcCatalog) << "cannot count" << tableName << ":" << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QStringList Catalog::userTables() const {
    QStringList result;
    for (const QString &table : tables())
        if (!table.startsWith(QLatin1String("_pagesight"), Qt::CaseInsensitive) &&
            !table.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            result << table;
    return result;
}

} // namespace pagesight
