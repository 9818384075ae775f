// Writing a page of rows inside the caller's transaction. SQLite prepares one INSERT and steps it
// per row; PostgreSQL, a round trip away, takes them in multi-row INSERTs.
#include "Catalog.h"

#include "CatalogSql.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlQuery>

namespace pagesight {

using namespace catalogsql;

namespace {

constexpr qsizetype kBatchRows = 250;         // rows per statement on PostgreSQL
constexpr qsizetype kBatchParameters = 30000; // well under PostgreSQL's 65,535 parameters

// The positions of the rows in [begin, end) to write, one per primary key (keyColumns), the last
// of each kept: a multi-row INSERT … ON CONFLICT may not touch one row twice, where a statement
// per row simply replaces it again, so the last one wins either way.
QList<qsizetype> lastPerKey(const QList<int> &keyColumns, const QList<Row> &rows, qsizetype begin, qsizetype end) {
    QList<qsizetype> positions;
    positions.reserve(end - begin);
    QHash<QString, qsizetype> slotOfKey; // key → index in positions
    for (qsizetype r = begin; r < end; ++r) {
        if (keyColumns.isEmpty()) {
            positions.append(r);
            continue;
        }
        QString key;
        for (const int column : keyColumns)
            key += rows.at(r).at(column).toString() + QChar(0x1f);
        const auto found = slotOfKey.constFind(key);
        if (found != slotOfKey.cend()) {
            positions[found.value()] = r;
            continue;
        }
        slotOfKey.insert(key, positions.size());
        positions.append(r);
    }
    return positions;
}

} // namespace

CatalogError Catalog::writeRowsInTransaction(const QString &tableName, const TableSchema &schema,
                                             const QList<Row> &rows) {
    if (rows.isEmpty())
        return {};
    const int columnCount = int(schema.columns.size());
    for (qsizetype r = 0; r < rows.size(); ++r)
        if (rows.at(r).size() != columnCount)
            return {CatalogError::Kind::Query,
                    QStringLiteral("row %1 for %2 has %3 values, the table has %4 columns")
                        .arg(r)
                        .arg(schema.name)
                        .arg(rows.at(r).size())
                        .arg(columnCount),
                    m_path};
    const SqlBackend backend = this->backend();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (backend == SqlBackend::Sqlite) {
        // Prepared once, bound and stepped per row: SQLite parses the statement a single time
        // (execBatch is no faster with its driver: it loops over exec() after transposing).
        if (!query.prepare(upsertSql(tableName, schema)))
            return errorFrom(query.lastError(), m_path);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            for (int i = 0; i < columnCount; ++i)
                query.bindValue(i, rows.at(r).at(i));
            if (!query.exec()) {
                CatalogError error = errorFrom(query.lastError(), m_path);
                error.detail = QStringLiteral("row %1 for %2: %3").arg(r).arg(schema.name, error.detail);
                return error;
            }
        }
        return {};
    }
    QList<int> keyColumns;
    for (const QString &key : schema.primaryKey)
        keyColumns.append(schema.indexOf(key));
    const qsizetype batch = qBound<qsizetype>(1, kBatchParameters / qMax(1, columnCount), kBatchRows);
    qsizetype prepared = 0; // rows the prepared statement takes
    for (qsizetype begin = 0; begin < rows.size(); begin += batch) {
        const qsizetype end = qMin(rows.size(), begin + batch);
        const QList<qsizetype> positions = lastPerKey(keyColumns, rows, begin, end);
        if (positions.size() != prepared) {
            prepared = positions.size();
            if (!query.prepare(upsertSql(tableName, schema, int(prepared))))
                return errorFrom(query.lastError(), m_path);
        }
        int parameter = 0;
        for (const qsizetype r : positions)
            for (const QVariant &value : rows.at(r))
                query.bindValue(parameter++, dialect::bindable(backend, value));
        if (!query.exec()) {
            CatalogError error = errorFrom(query.lastError(), m_path);
            error.detail =
                QStringLiteral("rows %1 to %2 for %3: %4").arg(begin).arg(end - 1).arg(schema.name, error.detail);
            return error;
        }
    }
    return {};
}

} // namespace pagesight
