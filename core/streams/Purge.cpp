#include "Purge.h"

#include "StreamDef.h"
#include "common/Log.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pagesight {

QList<StreamTable> streamTables(const QString &prefix) {
    QList<StreamTable> tables;
    for (const StreamDef &stream : allStreams())
        tables.append({stream.id, prefix + stream.defaultTable(), stream.ownerColumn});
    return tables;
}

StreamTable streamTable(const QString &streamId, const QString &table) {
    const StreamDef *stream = findStream(streamId);
    return {streamId, table, stream ? stream->ownerColumn : QString()};
}

qint64 PurgeResult::total() const {
    qint64 sum = 0;
    for (const auto &[table, rows] : removed)
        sum += rows;
    return sum;
}

PurgeResult purgeOrganization(Catalog &catalog, const QString &organizationUrn, const QList<StreamTable> &tables) {
    PurgeResult result;
    QStringList existing;
    for (const QString &name : catalog.userTables())
        existing << name.toLower();
    for (const StreamTable &table : tables)
        if (table.ownerColumn.isEmpty() || Catalog::validateTableName(table.table).isError()) {
            result.error = {CatalogError::Kind::InvalidName, table.table, catalog.path()};
            return result;
        }
    QList<std::pair<QString, qint64>> removed;
    result.error = catalog.write(QStringLiteral("remove an organization's rows"), [&](const QSqlDatabase &db) {
        for (const StreamTable &table : tables) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM _pagesight_bookmarks "
                                         "WHERE organization_urn = ? AND stream_id = ? AND table_name = ?"));
            query.addBindValue(organizationUrn);
            query.addBindValue(table.streamId);
            query.addBindValue(table.table);
            if (!query.exec())
                return CatalogError{CatalogError::Kind::Query, query.lastError().text(), {}};
            if (!existing.contains(table.table.toLower()))
                continue;
            query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                              .arg(Catalog::quoted(table.table), Catalog::quoted(table.ownerColumn)));
            query.addBindValue(organizationUrn);
            if (!query.exec())
                return CatalogError{CatalogError::Kind::Query, query.lastError().text(), {}};
            removed.append({table.table, query.numRowsAffected()});
        }
        return CatalogError{};
    });
    if (!result.error.isError()) {
        result.removed = removed;
        qCInfo(lcStreams) << "removed" << result.total() << "rows of" << organizationUrn;
    }
    return result;
}

} // namespace pagesight
