#pragma once

#include "TableSchema.h"
#include "common/Errors.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace pagesight {

struct Bookmark {
    QString organizationUrn;
    QString streamId;
    QString tableName;
    QString value; // stream-defined: a date "YYYY-MM-DD" or epoch ms as text
};

struct RunStreamStats {
    QString streamId;
    QString tableName;
    QString status; // "succeeded", "failed", "skipped", "cancelled", "partial"
    qint64 rowsWritten = 0;
    int requests = 0;
    QString message;
};

struct RunRecord {
    qint64 id = 0;
    QString sourceName;
    QString organizationUrn;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // "running", "succeeded", "partial", "failed", "cancelled"
    QString message;
    QList<RunStreamStats> streams;
};

// The SQLite catalog. One Catalog object owns one named QSqlDatabase connection and must be used
// from the thread that opened it (the sync engine opens its own; the GUI another).
//
// Writes are transactional: a page of rows and the bookmark covering it commit together, so a
// kill at any moment leaves the catalog as it was after the last committed page.
class Catalog {
public:
    enum class Mode { ReadWrite, ReadOnly };

    explicit Catalog(QString connectionName);
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    // Opens (creating if needed, in ReadWrite) the file, sets WAL mode and a busy timeout, and
    // applies the numbered migrations of the _pagesight_* tables. Never modifies a file that is
    // not an SQLite database.
    [[nodiscard]] CatalogError open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;

    // Identifier rules of STYLE.md: [A-Za-z_][A-Za-z0-9_]{0,62}, not reserved (_pagesight*,
    // sqlite_*, SQL keywords).
    static InputError validateTableName(const QString &name);
    static QString quoted(const QString &identifier); // "name" with quotes doubled

    // Creates the table if missing (and its primary key); an existing table with the same columns
    // is fine, new columns are added with ALTER TABLE, other differences are SchemaMismatch.
    [[nodiscard]] CatalogError ensureTable(const TableSchema &schema);

    // INCREMENTAL: INSERT ... ON CONFLICT(pk) DO UPDATE for every row, and the bookmark (if given)
    // in the same transaction.
    [[nodiscard]] CatalogError upsert(const TableSchema &schema, const QList<Row> &rows,
                                      const std::optional<Bookmark> &bookmark = std::nullopt);

    // FULL_TABLE: rows go to a staging table first; commitStaging replaces the owner's rows of the
    // real table with the staged rows in one transaction (readers never see a half-replaced
    // table); discardStaging drops it and leaves the real table untouched.
    [[nodiscard]] CatalogError beginStaging(const TableSchema &schema);
    [[nodiscard]] CatalogError appendStaging(const TableSchema &schema, const QList<Row> &rows);
    [[nodiscard]] CatalogError commitStaging(const TableSchema &schema, const QString &ownerValue,
                                             const std::optional<Bookmark> &bookmark = std::nullopt);
    void discardStaging(const TableSchema &schema);

    std::optional<QString> bookmark(const QString &organizationUrn, const QString &streamId,
                                    const QString &tableName) const;
    [[nodiscard]] CatalogError clearBookmark(const QString &organizationUrn, const QString &streamId,
                                             const QString &tableName);

    // Run history.
    qint64 beginRun(const QString &sourceName, const QString &organizationUrn, const QDateTime &startedAt);
    [[nodiscard]] CatalogError finishRun(const RunRecord &run);
    QList<RunRecord> runs(const QString &organizationUrn = {}, int limit = 50) const;

    qint64 rowCount(const QString &tableName) const;
    QStringList userTables() const; // tables not starting with _pagesight or sqlite_

private:
    QString m_connectionName;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
};

} // namespace pagesight
