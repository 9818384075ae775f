#pragma once

#include "catalog/RunHistory.h"

#include <QAbstractTableModel>

namespace pagesight {

// A source's runs from Catalog::runs, newest first.
class RunHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Started, Duration, Rows, Message, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // The same runs (a running one may have finished): updated in place; otherwise a reset.
    void setRuns(const QList<RunRecord> &runs);
    const RunRecord *runAt(int row) const;
    int rowOfRun(qint64 runId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RunRecord> m_runs;
};

} // namespace pagesight
