#pragma once

#include "catalog/RunHistory.h"
#include "source/SourceConfig.h"

#include <QAbstractTableModel>

#include <optional>

namespace pagesight {

// One line of the Sources list: the source and what the history and the scheduler say of it.
struct SourceRow {
    SourceConfig source;
    std::optional<RunRecord> lastRun;
    QDateTime nextRun;      // invalid: manual, or waiting for re-authorization
    qint64 storedRows = -1; // its organization's rows in its tables; -1 when they cannot be counted
    bool syncing = false;
};

// The sources, one per row. SourcesPage fills it from the repository, the run history and the
// scheduler; the view only reads.
class SourceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Description, Organization, Streams, LastRun, Rows, NextRun, ColumnCount };
    enum Role { SourceIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // Same sources in the same order: the rows are updated in place (the selection stays);
    // otherwise the model is reset.
    void setRows(const QList<SourceRow> &rows);
    const SourceRow *rowAt(int row) const;
    int rowOf(const QString &sourceId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SourceRow &row, int column) const;
    QVariant toolTip(const SourceRow &row, int column) const;
    QVariant decoration(const SourceRow &row, int column) const;

    QList<SourceRow> m_rows;
};

qint64 rowsWritten(const RunRecord &run);

} // namespace pagesight
