#include "Purge.h"

#include "StreamDef.h"
#include "common/Log.h"

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
            if (CatalogError error = Catalog::deleteBookmark(db, organizationUrn, table.streamId, table.table);
                error.isError())
                return error;
            if (!existing.contains(table.table.toLower()))
                continue;
            qint64 rows = 0;
            if (CatalogError error = Catalog::deleteRowsOf(db, table.table, table.ownerColumn, organizationUrn, &rows);
                error.isError())
                return error;
            removed.append({table.table, rows});
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
