// The bookmarks: how far each stream of an organization and table has been synced. The run
// history is in RunHistory.cpp, the saved sources in SourceStore.cpp.
#include "Catalog.h"

#include "CatalogSql.h"
#include "common/Log.h"

#include <QSqlQuery>

namespace pagesight {

using namespace catalogsql;

std::optional<QString> Catalog::bookmark(const QString &organizationUrn, const QString &streamId,
                                         const QString &tableName) const {
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM _pagesight_bookmarks "
                                 "WHERE organization_urn = ? AND stream_id = ? AND table_name = ?"));
    query.addBindValue(keyValue(organizationUrn));
    query.addBindValue(keyValue(streamId));
    query.addBindValue(keyValue(tableName));
    if (!query.exec()) {
        logReadFailure("a bookmark", query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

CatalogError Catalog::clearBookmark(const QString &organizationUrn, const QString &streamId, const QString &tableName) {
    if (CatalogError error = checkWritable(QStringLiteral("clear a bookmark")); error.isError())
        return error;
    return exec(m_db, m_path,
                QStringLiteral("DELETE FROM _pagesight_bookmarks "
                               "WHERE organization_urn = ? AND stream_id = ? AND table_name = ?"),
                {keyValue(organizationUrn), keyValue(streamId), keyValue(tableName)});
}

} // namespace pagesight
