#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pagesight {

struct ColumnDef {
    QString name;
    QString sqlType; // "TEXT", "INTEGER" or "REAL"
};

// A table as the catalog sees it: the user's table name, columns in order, primary key.
// Every stream table ends with the two bookkeeping columns _synced_at and _run_id.
struct TableSchema {
    QString name;
    QList<ColumnDef> columns;
    QStringList primaryKey;
    QString ownerColumn; // the column naming the organization that owns a row (FULL_TABLE replaces only those)

    int indexOf(const QString &column) const {
        for (int i = 0; i < columns.size(); ++i)
            if (columns[i].name == column)
                return i;
        return -1;
    }
};

// One row: values in the order of TableSchema::columns. Null QVariant = SQL NULL.
using Row = QList<QVariant>;

} // namespace pagesight
