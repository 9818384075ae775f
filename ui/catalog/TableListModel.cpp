#include "TableListModel.h"

#include "app/SourceText.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace pagesight {

void TableListModel::setTables(const QList<TableInfo> &tables) {
    beginResetModel();
    m_tables = tables;
    endResetModel();
}

int TableListModel::rowOfTable(const QString &name) const {
    for (int row = 0; row < m_tables.size(); ++row)
        if (m_tables[row].name == name)
            return row;
    return -1;
}

int TableListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tables.size());
}

int TableListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableInfo &table = m_tables[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return table.name;
        case Kind:
            return table.bookkeeping ? tr("Bookkeeping") : tr("Stream data");
        case Rows:
            return table.rows < 0 ? QVariant(tr("?")) : QVariant(QLocale().toString(table.rows));
        case LastSync:
            if (table.bookkeeping)
                return QString();
            if (!table.lastSync.isValid())
                return tr("never");
            return QLocale().toString(table.lastSync.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (table.bookkeeping)
            return tr("Kept by Pagesight: sources, bookmarks, run history and labels. Not LinkedIn data.");
        if (table.lastSyncStatus)
            return tr("The stream's status in the last sync: %1").arg(SourceText::runStatus(*table.lastSyncStatus));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Rows ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (table.bookkeeping)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (table.bookkeeping) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case TableNameRole:
        return table.name;
    case BookkeepingRole:
        return table.bookkeeping;
    case RowCountRole:
        return table.rows;
    default:
        return {};
    }
}

QVariant TableListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Table");
    case Kind:
        return tr("Kind");
    case Rows:
        return tr("Rows");
    case LastSync:
        return tr("Last sync");
    case ColumnCount:
        break;
    }
    return {};
}

void ColumnListModel::setColumns(const QList<ColumnInfo> &columns) {
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

int ColumnListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ColumnListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnInfo &column = m_columns[index.row()];
    if (role == Qt::FontRole && column.primaryKey > 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return column.name;
    case Type:
        return column.type;
    case PrimaryKey:
        // The position matters for a composite key: (organization_urn, report_type, date).
        return column.primaryKey > 0 ? tr("PK %1").arg(column.primaryKey) : QString();
    case NotNull:
        return column.notNull ? tr("NOT NULL") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ColumnListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Column");
    case Type:
        return tr("Type");
    case PrimaryKey:
        return tr("Primary key");
    case NotNull:
        return tr("Required");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pagesight
