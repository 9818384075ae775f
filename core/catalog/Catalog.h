#pragma once

#include "SqlDialect.h"
#include "TableSchema.h"
#include "common/Errors.h"
#include "common/RunStatus.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <chrono>
#include <functional>
#include <optional>

namespace pagesight {

class Clock;

struct Bookmark {
    QString organizationUrn;
    QString streamId;
    QString tableName;
    QString value; // stream-defined: a date "YYYY-MM-DD" or epoch ms as text
};

// The catalog: an SQLite file, or a schema on a PostgreSQL server (a postgresql:// URL, see
// CatalogLocation.h), with the same tables, transactions and staged swap. One Catalog object owns one named
// QSqlDatabase connection and must be used from the thread that opened it (the sync engine opens its own; the GUI
// another).
//
// Writes are transactional: a page of rows and the bookmark covering it commit together, so a
// kill at any moment leaves the catalog as it was after the last committed page.
class Catalog {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // How long a statement waits for another writer before reporting Locked.
    static constexpr std::chrono::milliseconds defaultBusyTimeout{3000};

    explicit Catalog(QString connectionName);
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    // Takes effect at the next open(). Tests shorten it so a locked catalog is reported quickly.
    void setBusyTimeout(std::chrono::milliseconds timeout) { m_busyTimeout = timeout; }
    std::chrono::milliseconds busyTimeout() const { return m_busyTimeout; }
    // The time written into updated_at/created_at columns; nullptr = the system clock. Not owned.
    void setClock(const Clock *clock) { m_clock = clock; }

    // Opens (creating if needed, in ReadWrite) the file, sets WAL mode and a busy timeout, and
    // applies the numbered migrations of the _pagesight_* tables. Never modifies a file that is
    // not an SQLite database. A postgresql:// URL opens that server's schema instead (created in
    // ReadWrite if missing; a schema holding another application's tables is left alone).
    [[nodiscard]] CatalogError open(const QString &path, Mode mode = Mode::ReadWrite);
    // The password of a server catalog, for the next open() (from the keychain). Without one,
    // libpq reads PGPASSWORD and ~/.pgpass. Never stored, never logged.
    void setPassword(const QString &password) { m_password = password; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; } // a server catalog's URL, without a password
    SqlBackend backend() const { return dialect::backendOf(m_db); }
    Mode mode() const { return m_mode; }
    // The connection, for reading on the catalog's own thread (the SQL explorer, dashboards,
    // tests). The app's GUI catalog is opened ReadOnly, so nothing writes through its handle; writes
    // go through write() on a worker's catalog (CatalogWriter). Do not keep the handle past
    // close(): the connection is removed there.
    QSqlDatabase reader() const;
    // Runs work in one write transaction (BEGIN IMMEDIATE ... COMMIT): an error from work, or a
    // failed commit, rolls everything back. what names the write in errors ("save a source").
    [[nodiscard]] CatalogError write(const QString &what,
                                     const std::function<CatalogError(const QSqlDatabase &)> &work);
    // Inside write(): forgets one organization's bookmark of a stream table, and deletes one
    // organization's rows from a table (ownerColumn names it; removed gets the count). Table names
    // must be valid (validateTableName): they are quoted, never bound.
    static CatalogError deleteBookmark(const QSqlDatabase &db, const QString &organizationUrn, const QString &streamId,
                                       const QString &table);
    static CatalogError deleteRowsOf(const QSqlDatabase &db, const QString &table, const QString &ownerColumn,
                                     const QString &organizationUrn, qint64 *removed = nullptr);
    // The time written into created_at/updated_at/started_at columns.
    QDateTime now() const { return nowUtc(); }
    int schemaVersion() const;        // PRAGMA user_version; -1 when not open
    static int latestSchemaVersion(); // the version open() migrates a ReadWrite catalog to
    QString connectionName() const { return m_connectionName; }

    // Table name rules (docs/SPEC.md §1.4): [A-Za-z_][A-Za-z0-9_]{0,62}, not reserved (_pagesight*,
    // sqlite_*, SQL keywords).
    static InputError validateTableName(const QString &name);
    // The one table-prefix rule (wizard, sync, query, labels): empty, or [A-Za-z_][A-Za-z0-9_]{0,40}
    // that does not make a name reserved.
    static InputError validateTablePrefix(const QString &prefix);
    static QString quoted(const QString &identifier); // "name" with quotes doubled
    // The table name rules plus: columns are identifiers (any name, quoted), unique, typed TEXT,
    // INTEGER, REAL, NUMERIC or BLOB; the primary key and the owner column name existing columns.
    static CatalogError validateSchema(const TableSchema &schema);
    // _pagesight_staging_<table>, or _pagesight_staging_<tag>_<table> for a run's own staging.
    static QString stagingTableName(const QString &tableName, const QString &tag = {});
    // Whether open(path) for writing would take the file, decided without writing to it or
    // creating anything: a new file, or a catalog this release may open (not another application's,
    // not a newer Pagesight's).
    static CatalogError checkFile(const QString &path);
    // Whether a catalog is there already, made by nothing: a file that exists, or a server schema
    // that holds Pagesight's marker (else Missing, ForeignFile or NewerCatalog, as open() would
    // say; an unreachable server CannotOpen). For the
    // commands that change or read a catalog but never start one. password: a server's, or empty
    // for libpq's own (PGPASSWORD, ~/.pgpass).
    static CatalogError checkExists(const QString &location, const QString &password = {});
    // Each sync stages under its own names (the run's id), so two runs can never share a staging
    // table even if the sync lock were bypassed.
    void setStagingTag(const QString &tag) { m_stagingTag = tag; }
    // Drops the staging tables a killed or failed run left behind (a full disk may have kept them
    // from being dropped); returns how many went. Call it only while holding the sync lock.
    int dropLeftoverStaging();

    // Creates the table if missing (and its primary key); an existing table with the same columns
    // is fine, new columns are added with ALTER TABLE, other differences are SchemaMismatch.
    [[nodiscard]] CatalogError ensureTable(const TableSchema &schema);

    // INCREMENTAL: INSERT ... ON CONFLICT(pk) DO UPDATE for every row, and the bookmark (if given)
    // in the same transaction; any failing row rolls back the rows and the bookmark. The table
    // must exist (ensureTable). Rows are bound by column name, so the table's column order and
    // any extra columns it has do not matter.
    [[nodiscard]] CatalogError upsert(const TableSchema &schema, const QList<Row> &rows,
                                      const std::optional<Bookmark> &bookmark = std::nullopt);

    // FULL_TABLE: rows go to a staging table first; commitStaging replaces the owner's rows of the
    // real table with the staged rows in one transaction (readers never see a half-replaced
    // table); discardStaging drops it and leaves the real table untouched.
    // The staging table (stagingTableName) has the real table's primary key, so a row staged twice
    // is kept once (the later wins). A schema without ownerColumn is replaced whole. A failed
    // commit leaves the real table and the staged rows as they were.
    [[nodiscard]] CatalogError beginStaging(const TableSchema &schema);
    [[nodiscard]] CatalogError appendStaging(const TableSchema &schema, const QList<Row> &rows);
    [[nodiscard]] CatalogError commitStaging(const TableSchema &schema, const QString &ownerValue,
                                             const std::optional<Bookmark> &bookmark = std::nullopt);
    void discardStaging(const TableSchema &schema);

    // The ids of an author's posts in a posts table published (or, without a publication time,
    // created) at or after sinceMs, or whose times could not be read: the posts whose statistics
    // a run refreshes.
    QStringList postsPublishedSince(const QString &postsTable, const QString &author, qint64 sinceMs) const;

    std::optional<QString> bookmark(const QString &organizationUrn, const QString &streamId,
                                    const QString &tableName) const;
    [[nodiscard]] CatalogError clearBookmark(const QString &organizationUrn, const QString &streamId,
                                             const QString &tableName);

    qint64 rowCount(const QString &tableName) const; // -1 when the table cannot be counted
    QStringList userTables() const;                  // tables not starting with _pagesight or sqlite_
    QStringList tables() const;                      // every table, Pagesight's own too

private:
    CatalogError openConnection(const QString &path);
    CatalogError openServer(const QString &url); // CatalogServer.cpp
    CatalogError setSchemaVersion(int version);
    CatalogError applyPragmas();
    CatalogError migrate();
    CatalogError checkWritable(const QString &what) const;
    CatalogError checkStaging(const TableSchema &schema, const QString &verb, bool mustBeStaged) const;
    CatalogError ensureTableInTransaction(const TableSchema &schema);
    CatalogError writeRowsInTransaction(const QString &tableName, const TableSchema &schema, const QList<Row> &rows);
    CatalogError writeBookmarkInTransaction(const Bookmark &bookmark);
    bool tableExists(const QString &tableName) const;
    QDateTime nowUtc() const;

    QString m_connectionName;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    std::chrono::milliseconds m_busyTimeout = defaultBusyTimeout;
    const Clock *m_clock = nullptr;
    QString m_stagingTag;
    QString m_password;
    // The one handle this Catalog keeps; reset before QSqlDatabase::removeDatabase in close().
    QSqlDatabase m_db;
    bool m_ownsConnection = false; // this Catalog registered m_connectionName and must remove it
};

} // namespace pagesight
