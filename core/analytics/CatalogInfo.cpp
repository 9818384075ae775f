#include "CatalogInfo.h"

#include "catalog/Catalog.h"
#include "catalog/SqlDialect.h"

#include <QHash>
#include <QSqlQuery>

namespace pagesight {

namespace {
struct LastSync {
    QDateTime at;
    std::optional<RunStatus> status;
};

// The newest finished run of each table name that wrote to it (or tried to).
QHash<QString, LastSync> lastSyncs(const QSqlDatabase &database) {
    QHash<QString, LastSync> syncs;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    // The tables may be missing in a catalog that was never migrated: then no run is known.
    if (!query.exec(QStringLiteral("SELECT s.table_name, r.finished_at, s.status FROM _pagesight_run_streams AS s "
                                   "JOIN _pagesight_runs AS r ON r.id = s.run_id "
                                   "WHERE r.finished_at IS NOT NULL AND s.table_name IS NOT NULL "
                                   "AND s.status IN ('succeeded', 'partial') "
                                   "ORDER BY r.finished_at, r.id")))
        return syncs;
    while (query.next()) {
        const QDateTime at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
        syncs.insert(query.value(0).toString(), {at, statusFromText(query.value(2).toString())}); // the newest wins
    }
    return syncs;
}

qint64 countRows(const QSqlDatabase &database, const QString &table) {
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(Catalog::quoted(table))) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

QList<TableInfo> catalogTables(const QSqlDatabase &database) {
    QList<TableInfo> streams;
    QList<TableInfo> bookkeeping;
    const QStringList names = dialect::tableNames(database);

    const QHash<QString, LastSync> syncs = lastSyncs(database);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive) ||
            name.startsWith(QLatin1String("_pagesight_staging_"), Qt::CaseInsensitive))
            continue;
        TableInfo info;
        info.name = name;
        info.bookkeeping = name.startsWith(QLatin1String("_pagesight"), Qt::CaseInsensitive);
        info.rows = countRows(database, name);
        if (!info.bookkeeping) {
            const LastSync sync = syncs.value(name);
            info.lastSync = sync.at;
            info.lastSyncStatus = sync.status;
        }
        (info.bookkeeping ? bookkeeping : streams).append(info);
    }
    return streams + bookkeeping;
}

QList<ColumnInfo> tableColumns(const QSqlDatabase &database, const QString &table) {
    QList<ColumnInfo> columns;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(dialect::columnsSql(dialect::backendOf(database)));
    query.addBindValue(table);
    if (!query.exec())
        return columns;
    while (query.next())
        columns.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(), query.value(3).toBool()});
    return columns;
}

} // namespace pagesight
