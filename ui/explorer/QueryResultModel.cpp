#include "QueryResultModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace pagesight {

namespace {
constexpr int displayLength = 200; // raw_json and long commentary stay readable in a cell
constexpr int toolTipLength = 2000;

bool isNumber(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}
} // namespace

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
    switch (role) {
    case Qt::DisplayRole: {
        if (value.isNull())
            return QStringLiteral("NULL");
        if (isNumber(value))
            return value;
        QString text = value.toString();
        if (text.size() > displayLength)
            text = text.left(displayLength) + QStringLiteral("…");
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Qt::ToolTipRole: {
        if (value.isNull() || isNumber(value))
            return {};
        const QString text = value.toString();
        if (text.size() <= 40)
            return {};
        return text.size() > toolTipLength ? text.left(toolTipLength) + QStringLiteral("…") : text;
    }
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (value.isNull())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (value.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RawValueRole:
        return value;
    default:
        return {};
    }
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns[section]) : QVariant();
    return section + 1;
}

} // namespace pagesight
