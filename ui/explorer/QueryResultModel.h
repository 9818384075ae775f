#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace pagesight {

// The SQL explorer's result grid: whatever columns the query returned, rows appended in batches as
// the QueryRunner delivers them. NULL shows as a dimmed "NULL"; long text is cut for display and
// whole in the tool tip.
class QueryResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void setColumns(const QStringList &columns); // resets, no rows
    void appendRows(const QList<QList<QVariant>> &rows);

    const QStringList &columns() const { return m_columns; }
    const QList<QList<QVariant>> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QList<QList<QVariant>> m_rows;
};

} // namespace pagesight
