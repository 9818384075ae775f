#pragma once

// Helpers shared by the Catalog's source files; not part of the catalog's contract.

#include "TableSchema.h"
#include "common/Errors.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace pagesight::catalogsql {

// Maps the SQLite result code in a driver error to the catalog's error kinds, so "database is
// locked" becomes Locked and "file is not a database" NotADatabase wherever it surfaces.
CatalogError errorFrom(const QSqlError &error, const QString &path);

// Reads of bookkeeping tables degrade to "nothing there": a catalog opened read-only before it
// was ever migrated has no such tables, and the GUI must still be able to show it.
void logReadFailure(const char *what, const QSqlError &error);

// Prepares and runs one statement with bound values (never formatted into the SQL).
CatalogError exec(const QSqlDatabase &db, const QString &path, const QString &sql, const QVariantList &values = {});

// INSERT of rows rows (each "(?, …)") into tableName, replacing a row whose primary key is
// there already (ON CONFLICT … DO UPDATE SET every other column).
QString upsertSql(const QString &tableName, const TableSchema &schema, int rows = 1);

// Times are stored as ISO 8601 UTC text with milliseconds, so they sort as text.
QVariant timeValue(const QDateTime &time); // NULL for an invalid time
QDateTime timeFrom(const QVariant &value);

// Key columns are NOT NULL: a null QString is stored as the empty string.
inline QVariant keyValue(const QString &text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// BEGIN IMMEDIATE ... COMMIT, rolled back when it goes out of scope uncommitted.
//
// IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes can
// fail with SQLITE_BUSY without waiting when another connection committed in between (WAL), while
// IMMEDIATE waits for the busy timeout like every other statement.
class WriteTransaction {
public:
    WriteTransaction(QSqlDatabase db, QString path);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    const CatalogError &beginError() const { return m_beginError; }
    CatalogError commit();

private:
    QSqlDatabase m_db;
    QString m_path;
    CatalogError m_beginError;
    bool m_active = false;
};

} // namespace pagesight::catalogsql
