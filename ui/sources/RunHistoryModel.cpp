#include "RunHistoryModel.h"

#include "SourceListModel.h"
#include "app/SourceText.h"

#include <QLocale>

namespace pagesight {

void RunHistoryModel::setRuns(const QList<RunRecord> &runs) {
    bool sameRuns = runs.size() == m_runs.size();
    for (int i = 0; sameRuns && i < runs.size(); ++i)
        sameRuns = runs.at(i).id == m_runs.at(i).id;
    if (!sameRuns) {
        beginResetModel();
        m_runs = runs;
        endResetModel();
        return;
    }
    m_runs = runs;
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
}

const RunRecord *RunHistoryModel::runAt(int row) const {
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunHistoryModel::rowOfRun(qint64 runId) const {
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs.at(i).id == runId)
            return i;
    return -1;
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_runs.at(index.row());
    if (role == RunIdRole)
        return run.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Rows || index.column() == Duration
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Message)
        return run.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Status:
        return SourceText::runStatus(run.status);
    case Started:
        return SourceText::dateTime(run.startedAt);
    case Duration:
        return run.finishedAt.isValid() ? SourceText::duration(run.startedAt.msecsTo(run.finishedAt)) : QString();
    case Rows:
        return QLocale().toString(rowsWritten(run));
    case Message:
        return run.message;
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Rows:
        return tr("Rows");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace pagesight
