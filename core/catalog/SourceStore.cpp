#include "SourceStore.h"

#include "CatalogSql.h"

#include <QSqlQuery>

namespace pagesight {

using namespace catalogsql;

namespace {
const QString selectSources = QStringLiteral("SELECT id, description, config_json, created_at, updated_at "
                                             "FROM _pagesight_sources ");

SourceRecord sourceFrom(const QSqlQuery &query) {
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), timeFrom(query.value(3)),
            timeFrom(query.value(4))};
}
} // namespace

CatalogError SourceStore::save(const QString &id, const QString &description, const QString &configJson) {
    if (id.isEmpty())
        return {CatalogError::Kind::Query, QStringLiteral("a source needs an id"), m_catalog.path()};
    const QVariant now = timeValue(m_catalog.now());
    return m_catalog.write(QStringLiteral("save a source"), [&](const QSqlDatabase &db) {
        return exec(db, {},
                    QStringLiteral("INSERT INTO _pagesight_sources (id, description, config_json, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                   "description = excluded.description, config_json = excluded.config_json, "
                                   "updated_at = excluded.updated_at"),
                    {id, description, keyValue(configJson), now, now});
    });
}

QList<SourceRecord> SourceStore::sources() const {
    QList<SourceRecord> result;
    if (!m_catalog.isOpen())
        return result;
    QSqlQuery query(m_catalog.reader());
    query.setForwardOnly(true);
    if (!query.exec(selectSources + QStringLiteral("ORDER BY created_at, id"))) {
        logReadFailure("the sources", query.lastError());
        return result;
    }
    while (query.next())
        result << sourceFrom(query);
    return result;
}

std::optional<SourceRecord> SourceStore::source(const QString &id) const {
    if (!m_catalog.isOpen())
        return std::nullopt;
    QSqlQuery query(m_catalog.reader());
    query.prepare(selectSources + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        logReadFailure("a source", query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return sourceFrom(query);
}

CatalogError SourceStore::remove(const QString &id, const SourceRemoval &what) {
    for (const QString &table : what.tables)
        if (Catalog::validateTableName(table).isError())
            return {CatalogError::Kind::InvalidName, table, m_catalog.path()};
    for (const auto &[table, column] : what.rows)
        if (Catalog::validateTableName(table).isError())
            return {CatalogError::Kind::InvalidName, table, m_catalog.path()};
    const QStringList existing = m_catalog.userTables();
    return m_catalog.write(QStringLiteral("remove a source"), [&](const QSqlDatabase &db) -> CatalogError {
        for (const auto &[streamId, table] : what.bookmarks)
            if (CatalogError error = Catalog::deleteBookmark(db, what.organizationUrn, streamId, table);
                error.isError())
                return error;
        for (const auto &[table, column] : what.rows)
            if (existing.contains(table, Qt::CaseInsensitive))
                if (CatalogError error = Catalog::deleteRowsOf(db, table, column, what.organizationUrn);
                    error.isError())
                    return error;
        for (const QString &table : what.tables)
            if (CatalogError error =
                    exec(db, {}, QStringLiteral("DROP TABLE IF EXISTS %1").arg(Catalog::quoted(table)));
                error.isError())
                return error;
        return exec(db, {}, QStringLiteral("DELETE FROM _pagesight_sources WHERE id = ?"), {id});
    });
}

} // namespace pagesight
