#include "QueryResultModel.h"

#include "SqlCell.h"

namespace pagesight {

void QueryResultModel::clear() {
    setColumns({});
}

void QueryResultModel::setColumns(const QStringList &columns) {
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    endResetModel();
}

void QueryResultModel::appendRows(const QList<QList<QVariant>> &rows) {
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

int QueryResultModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<QVariant> &row = m_rows[index.row()];
    const QVariant value = index.column() < row.size() ? row[index.column()] : QVariant();
    return sqlcell::data(value, role);
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns[section]) : QVariant();
    return section + 1;
}

} // namespace pagesight
