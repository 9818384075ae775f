#pragma once

#include "common/RunStatus.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pagesight {

// What the catalog browser lists: each table of the catalog, its size, when a sync last wrote to
// it, and its columns. Read-only; works on any connection (the browser uses the GUI's).
struct ColumnInfo {
    QString name;
    QString type;       // as declared; may be empty
    int primaryKey = 0; // position in the primary key, 1-based; 0 = not part of it
    bool notNull = false;
};

struct TableInfo {
    QString name;
    bool bookkeeping = false;                // _pagesight_*: sources, bookmarks, runs, labels
    qint64 rows = -1;                        // -1 when it could not be counted
    QDateTime lastSync;                      // UTC; invalid = no finished run wrote to it (or bookkeeping)
    std::optional<RunStatus> lastSyncStatus; // of the stream in that run: Succeeded or Partial
};

// Stream tables first, then the bookkeeping ones, each by name; SQLite's own and the sync's
// staging tables (_pagesight_staging_*) are left out.
QList<TableInfo> catalogTables(const QSqlDatabase &database);
// PRAGMA table_info of one table; empty when there is no such table.
QList<ColumnInfo> tableColumns(const QSqlDatabase &database, const QString &table);

} // namespace pagesight
