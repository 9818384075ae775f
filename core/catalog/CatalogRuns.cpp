// Bookkeeping in the _pagesight_* tables: bookmarks, run history and the saved sources.
#include "Catalog.h"

#include "CatalogSql.h"
#include "common/Log.h"

#include <QSqlQuery>

namespace pagesight {

using namespace catalogsql;

namespace {
// Reads of bookkeeping tables degrade to "nothing there": a catalog opened read-only before it
// was ever migrated has no such tables, and the GUI must still be able to show it.
void logReadFailure(const char *what, const QSqlQuery &query) {
    qCDebug(lcCatalog) << "cannot read" << what << ":" << query.lastError().text();
}

// The history's text, with today's spelling; a text no release writes reads as failed.
RunStatus storedStatus(const QVariant &value) {
    return statusFromText(value.toString()).value_or(RunStatus::Failed);
}

SourceRecord sourceFrom(const QSqlQuery &query) {
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), timeFrom(query.value(3)),
            timeFrom(query.value(4))};
}
} // namespace

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
        logReadFailure("a bookmark", query);
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

qint64 Catalog::beginRun(const QString &sourceName, const QString &organizationUrn, const QDateTime &startedAt) {
    if (CatalogError error = checkWritable(QStringLiteral("record a run")); error.isError())
        return 0;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO _pagesight_runs (source_name, organization_urn, started_at, status) "
                                 "VALUES (?, ?, ?, 'running')"));
    query.addBindValue(sourceName);
    query.addBindValue(organizationUrn);
    query.addBindValue(timeValue(startedAt.isValid() ? startedAt : nowUtc()));
    if (!query.exec()) {
        qCWarning(lcCatalog) << "cannot record a run:" << query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

CatalogError Catalog::finishRun(const RunRecord &run) {
    if (CatalogError error = checkWritable(QStringLiteral("record a run")); error.isError())
        return error;
    WriteTransaction transaction(m_db, m_path);
    if (transaction.beginError().isError())
        return transaction.beginError();
    {
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE _pagesight_runs SET finished_at = ?, status = ?, message = ? "
                                      "WHERE id = ?"));
        update.addBindValue(timeValue(run.finishedAt));
        update.addBindValue(statusText(run.status));
        update.addBindValue(run.message);
        update.addBindValue(run.id);
        if (!update.exec())
            return errorFrom(update.lastError(), m_path);
        if (update.numRowsAffected() != 1)
            return {CatalogError::Kind::Query, QStringLiteral("there is no run %1").arg(run.id), m_path};
    }
    // Replaced rather than appended, so finishing a run twice does not double its streams.
    if (CatalogError error =
            exec(m_db, m_path, QStringLiteral("DELETE FROM _pagesight_run_streams WHERE run_id = ?"), {run.id});
        error.isError())
        return error;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO _pagesight_run_streams "
                                  "(run_id, stream_id, table_name, status, rows_written, requests, message) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const RunStreamStats &stream : run.streams) {
        insert.bindValue(0, run.id);
        insert.bindValue(1, keyValue(stream.streamId));
        insert.bindValue(2, stream.tableName);
        insert.bindValue(3, statusText(stream.status));
        insert.bindValue(4, stream.rowsWritten);
        insert.bindValue(5, stream.requests);
        insert.bindValue(6, stream.message);
        if (!insert.exec())
            return errorFrom(insert.lastError(), m_path);
    }
    return transaction.commit();
}

QList<RunRecord> Catalog::runs(const QString &organizationUrn, int limit) const {
    QList<RunRecord> result;
    if (!isOpen())
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The id breaks ties between runs started in the same millisecond.
    query.prepare(QStringLiteral("SELECT id, source_name, organization_urn, started_at, finished_at, status, message "
                                 "FROM _pagesight_runs WHERE ? = '' OR organization_urn = ? "
                                 "ORDER BY started_at DESC, id DESC LIMIT ?"));
    query.bindValue(0, keyValue(organizationUrn));
    query.bindValue(1, keyValue(organizationUrn));
    query.bindValue(2, limit > 0 ? limit : -1);
    if (!query.exec()) {
        logReadFailure("the run history", query);
        return result;
    }
    while (query.next()) {
        RunRecord run;
        run.id = query.value(0).toLongLong();
        run.sourceName = query.value(1).toString();
        run.organizationUrn = query.value(2).toString();
        run.startedAt = timeFrom(query.value(3));
        run.finishedAt = timeFrom(query.value(4));
        run.status = storedStatus(query.value(5));
        run.message = query.value(6).toString();
        result << run;
    }
    query.finish();

    QSqlQuery streams(m_db);
    streams.setForwardOnly(true);
    streams.prepare(QStringLiteral("SELECT stream_id, table_name, status, rows_written, requests, message "
                                   "FROM _pagesight_run_streams WHERE run_id = ? ORDER BY rowid"));
    for (RunRecord &run : result) {
        streams.bindValue(0, run.id);
        if (!streams.exec()) {
            logReadFailure("the streams of a run", streams);
            continue;
        }
        while (streams.next())
            run.streams << RunStreamStats{streams.value(0).toString(),    streams.value(1).toString(),
                                          storedStatus(streams.value(2)), streams.value(3).toLongLong(),
                                          streams.value(4).toInt(),       streams.value(5).toString()};
    }
    return result;
}

CatalogError Catalog::saveSource(const QString &id, const QString &description, const QString &configJson) {
    if (CatalogError error = checkWritable(QStringLiteral("save a source")); error.isError())
        return error;
    if (id.isEmpty())
        return {CatalogError::Kind::Query, QStringLiteral("a source needs an id"), m_path};
    const QVariant now = timeValue(nowUtc());
    return exec(m_db, m_path,
                QStringLiteral("INSERT INTO _pagesight_sources (id, description, config_json, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                               "description = excluded.description, config_json = excluded.config_json, "
                               "updated_at = excluded.updated_at"),
                {id, description, keyValue(configJson), now, now});
}

QList<SourceRecord> Catalog::sources() const {
    QList<SourceRecord> result;
    if (!isOpen())
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, description, config_json, created_at, updated_at "
                                   "FROM _pagesight_sources ORDER BY created_at, id"))) {
        logReadFailure("the sources", query);
        return result;
    }
    while (query.next())
        result << sourceFrom(query);
    return result;
}

std::optional<SourceRecord> Catalog::source(const QString &id) const {
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, description, config_json, created_at, updated_at "
                                 "FROM _pagesight_sources WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        logReadFailure("a source", query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return sourceFrom(query);
}

CatalogError Catalog::removeSource(const QString &id, const SourceRemoval &what) {
    if (CatalogError error = checkWritable(QStringLiteral("remove a source")); error.isError())
        return error;
    for (const QString &table : what.tables)
        if (validateTableName(table).isError())
            return {CatalogError::Kind::InvalidName, table, m_path};
    WriteTransaction transaction(m_db, m_path);
    if (transaction.beginError().isError())
        return transaction.beginError();
    for (const auto &[streamId, table] : what.bookmarks)
        if (CatalogError error = exec(m_db, m_path,
                                      QStringLiteral("DELETE FROM _pagesight_bookmarks "
                                                     "WHERE organization_urn = ? AND stream_id = ? AND table_name = ?"),
                                      {keyValue(what.organizationUrn), keyValue(streamId), keyValue(table)});
            error.isError())
            return error; // the transaction rolls back
    for (const QString &table : what.tables)
        if (CatalogError error = exec(m_db, m_path, QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(table)));
            error.isError())
            return error;
    if (CatalogError error = exec(m_db, m_path, QStringLiteral("DELETE FROM _pagesight_sources WHERE id = ?"), {id});
        error.isError())
        return error;
    return transaction.commit();
}

} // namespace pagesight
