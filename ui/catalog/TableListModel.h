#pragma once

#include "analytics/CatalogInfo.h"

#include <QAbstractTableModel>

namespace pagesight {

// The catalog browser's list of tables: stream tables first, then the bookkeeping (_pagesight_*)
// ones, dimmed and marked as such.
class TableListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Rows, LastSync, ColumnCount };
    enum Role { TableNameRole = Qt::UserRole + 1, BookkeepingRole, RowCountRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setTables(const QList<TableInfo> &tables);
    const QList<TableInfo> &tables() const { return m_tables; }
    int rowOfTable(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TableInfo> m_tables;
};

// A table's columns (PRAGMA table_info), the primary key marked.
class ColumnListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, PrimaryKey, NotNull, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setColumns(const QList<ColumnInfo> &columns);
    const QList<ColumnInfo> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ColumnInfo> m_columns;
};

} // namespace pagesight
