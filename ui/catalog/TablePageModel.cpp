#include "TablePageModel.h"

#include "SqlCell.h"
#include "analytics/CatalogInfo.h"
#include "analytics/Reports.h"
#include "catalog/Catalog.h"
#include "catalog/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pagesight {

namespace {
// LIKE's own wildcards in the text match themselves.
QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

TablePageModel::TablePageModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void TablePageModel::setConnectionName(const QString &connectionName) {
    m_connectionName = connectionName;
}

void TablePageModel::setTable(const QString &table, const QList<ColumnInfo> &columns) {
    QStringList names;
    QStringList tieBreak;
    if (!table.isEmpty()) {
        QList<ColumnInfo> key;
        QStringList every;
        for (const ColumnInfo &column : columns) {
            names.append(column.name);
            every.append(Catalog::quoted(column.name));
            if (column.primaryKey > 0)
                key.append(column);
        }
        std::sort(key.begin(), key.end(),
                  [](const ColumnInfo &a, const ColumnInfo &b) { return a.primaryKey < b.primaryKey; });
        // SQLite's rowid is the order rows were written in. A PostgreSQL table has none, nor has a
        // WITHOUT ROWID table (not one of Pagesight's): there the key orders them, or all columns.
        const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (dialect::backendOf(database) == SqlBackend::Sqlite &&
            QSqlQuery(database).exec(QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(Catalog::quoted(table)))) {
            tieBreak.append(QStringLiteral("rowid"));
        } else if (!key.isEmpty()) {
            for (const ColumnInfo &column : std::as_const(key))
                tieBreak.append(Catalog::quoted(column.name));
        } else {
            tieBreak = every;
        }
    }
    load(Recount::All, [&] {
        m_table = table;
        m_columns = names;
        m_tieBreak = tieBreak;
        m_filter.clear();
        m_page = 0;
        m_sortColumn = -1;
        m_sortOrder = Qt::AscendingOrder;
    });
}

void TablePageModel::setPageSize(int rows) {
    load(Recount::None, [&] {
        m_pageSize = qMax(1, rows);
        m_page = 0;
    });
}

void TablePageModel::setPage(int page) {
    load(Recount::None, [&] { m_page = qBound(0, page, pageCount() - 1); });
}

void TablePageModel::setFilter(const QString &text) {
    load(Recount::Matching, [&] {
        m_filter = text;
        m_page = 0;
    });
}

void TablePageModel::sort(int column, Qt::SortOrder order) {
    load(Recount::None, [&] {
        m_sortColumn = column >= 0 && column < m_columns.size() ? column : -1;
        m_sortOrder = order;
        m_page = 0;
    });
}

void TablePageModel::refresh() {
    load(Recount::All, {});
}

int TablePageModel::pageCount() const {
    return qMax<qint64>(1, (m_matching + m_pageSize - 1) / m_pageSize);
}

qint64 TablePageModel::firstRowNumber() const {
    return m_rows.isEmpty() ? 0 : qint64(m_page) * m_pageSize + 1;
}

QString TablePageModel::whereClause() const {
    if (m_filter.isEmpty() || m_columns.isEmpty())
        return {};
    QStringList conditions;
    const QString like = dialect::likeIgnoringCase(dialect::backendOf(QSqlDatabase::database(m_connectionName, false)));
    for (const QString &column : m_columns)
        conditions.append(QStringLiteral("CAST(%1 AS TEXT) %2 ? ESCAPE '\\'").arg(Catalog::quoted(column), like));
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" OR "));
}

void TablePageModel::count(Recount recount, const QSqlDatabase &database) {
    const QString from = QStringLiteral(" FROM ") + Catalog::quoted(m_table);
    const QString where = whereClause();
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (recount == Recount::All) {
        if (!query.exec(QStringLiteral("SELECT count(*)") + from) || !query.next()) {
            fail(query);
            return;
        }
        m_total = query.value(0).toLongLong();
    }
    m_matching = m_total;
    if (!where.isEmpty()) {
        query.prepare(QStringLiteral("SELECT count(*)") + from + where);
        bindFilter(query);
        if (query.exec() && query.next())
            m_matching = query.value(0).toLongLong();
        else
            fail(query);
    }
}

void TablePageModel::load(Recount recount, const std::function<void()> &change) {
    // The whole page changes (columns too, with the table): a reset, the change made inside it.
    beginResetModel();
    if (change)
        change();
    m_rows.clear();
    m_error.clear();
    const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (m_table.isEmpty() || !database.isOpen() || m_columns.isEmpty()) {
        m_total = m_matching = 0;
        m_counted = false;
        endResetModel();
        emit loaded();
        return;
    }
    // The counts are read again only when the table, the filter or the data may have changed (or
    // the last reading failed), not for a page turn or a sort.
    if (!m_counted)
        recount = Recount::All;
    if (recount != Recount::None) {
        if (recount == Recount::All)
            m_total = 0;
        m_matching = 0;
        count(recount, database);
        m_counted = m_error.isEmpty();
    }
    m_page = qBound(0, m_page, pageCount() - 1);

    if (m_error.isEmpty()) {
        QStringList order;
        const SqlBackend backend = dialect::backendOf(database);
        if (m_sortColumn >= 0) // NULL first going up, last going down, on both backends
            order.append(m_sortOrder == Qt::AscendingOrder
                             ? dialect::ascending(backend, Catalog::quoted(m_columns[m_sortColumn]))
                             : dialect::descending(backend, Catalog::quoted(m_columns[m_sortColumn])));
        order += m_tieBreak;
        QStringList quotedColumns;
        for (const QString &column : m_columns)
            quotedColumns.append(Catalog::quoted(column));
        QSqlQuery query(database);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + quotedColumns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                      Catalog::quoted(m_table) + whereClause() +
                      (order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))) +
                      QStringLiteral(" LIMIT ? OFFSET ?"));
        bindFilter(query);
        query.addBindValue(m_pageSize);
        query.addBindValue(qint64(m_page) * m_pageSize);
        if (query.exec())
            m_rows = collectRows(query).rows;
        else
            fail(query);
    }
    endResetModel();
    emit loaded();
}

void TablePageModel::bindFilter(QSqlQuery &query) const {
    if (!m_filter.isEmpty()) // whereClause() has one condition per column then
        for (int i = 0; i < m_columns.size(); ++i)
            query.addBindValue(likePattern(m_filter));
}

void TablePageModel::fail(const QSqlQuery &query) {
    m_error = QCoreApplication::translate("CatalogBrowserPage", "The rows of %1 could not be read: %2")
                  .arg(m_table, query.lastError().text());
    m_rows.clear();
}

int TablePageModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TablePageModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TablePageModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = m_rows[index.row()].value(index.column());
    return sqlcell::data(value, role);
}

QVariant TablePageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columns.value(section);
    return qint64(m_page) * m_pageSize + section + 1;
}

} // namespace pagesight
