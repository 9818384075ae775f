#include "SourceListModel.h"

#include "app/SourceText.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace pagesight {

qint64 rowsWritten(const RunRecord &run) {
    qint64 total = 0;
    for (const RunStreamStats &stream : run.streams)
        total += stream.rowsWritten;
    return total;
}

void SourceListModel::setRows(const QList<SourceRow> &rows) {
    bool sameSources = rows.size() == m_rows.size();
    for (int i = 0; sameSources && i < rows.size(); ++i)
        sameSources = rows.at(i).source.id == m_rows.at(i).source.id;
    if (!sameSources) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const SourceRow *SourceListModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SourceListModel::rowOf(const QString &sourceId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).source.id == sourceId)
            return i;
    return -1;
}

int SourceListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::DecorationRole:
        return decoration(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Rows)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SourceIdRole:
        return row.source.id;
    default:
        return {};
    }
}

QVariant SourceListModel::display(const SourceRow &row, int column) const {
    switch (column) {
    case Description:
        return row.source.description.isEmpty() ? tr("(no description)") : row.source.description;
    case Organization:
        return row.source.organizationName.isEmpty() ? QString::number(row.source.organizationId)
                                                     : row.source.organizationName;
    case Streams:
        return SourceText::streamsSummary(row.source);
    case LastRun:
        if (row.syncing)
            return tr("Syncing…");
        if (!row.lastRun)
            return tr("Never synced");
        return tr("%1, %2").arg(SourceText::runStatus(row.lastRun->status),
                                SourceText::dateTime(row.lastRun->startedAt));
    case Rows:
        return row.storedRows >= 0 ? QLocale().toString(row.storedRows) : QString();
    case NextRun:
        if (row.source.needsReauthorization)
            return tr("After re-authorization");
        if (row.source.trigger.kind == Trigger::Kind::Manual)
            return tr("Manual");
        return SourceText::dateTime(row.nextRun);
    default:
        return {};
    }
}

QVariant SourceListModel::toolTip(const SourceRow &row, int column) const {
    switch (column) {
    case Organization:
        return row.source.organizationUrn();
    case Streams: {
        QStringList lines;
        for (const StreamSelection &selection : row.source.streams)
            lines.append(tr("%1 → %2").arg(SourceText::streamTitle(selection.streamId), selection.tableName));
        return lines.join(QLatin1Char('\n'));
    }
    case LastRun:
        return row.lastRun ? row.lastRun->message : QString();
    case NextRun:
        return SourceText::trigger(row.source.trigger);
    default:
        return {};
    }
}

QVariant SourceListModel::decoration(const SourceRow &row, int column) const {
    QStyle *style = QApplication::style();
    if (column == Description && row.source.needsReauthorization)
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    if (column != LastRun || row.syncing || !row.lastRun)
        return {};
    switch (row.lastRun->status) {
    case RunStatus::Succeeded:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case RunStatus::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case RunStatus::Partial:
    case RunStatus::Cancelled:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case RunStatus::Waiting:
    case RunStatus::Running:
        break;
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Rows)
        return tr("The rows of the source's organization stored in its tables. What each run wrote is in its "
                  "history.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Source");
    case Organization:
        return tr("Organization");
    case Streams:
        return tr("Streams");
    case LastRun:
        return tr("Last run");
    case Rows:
        return tr("Rows stored");
    case NextRun:
        return tr("Next run");
    default:
        return {};
    }
}

} // namespace pagesight
