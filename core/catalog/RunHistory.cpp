#include "RunHistory.h"

#include "CatalogSql.h"
#include "common/Log.h"
#include "common/RunMessage.h"

#include <QSqlQuery>

#include <limits>

namespace pagesight {

using namespace catalogsql;

namespace {
// NULL for a run or stream with nothing to say.
QVariant messageDataValue(const QByteArray &data) {
    return data.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(data));
}

// The history's text, with today's spelling; a text no release writes reads as failed.
RunStatus storedStatus(const QVariant &value) {
    return statusFromText(value.toString()).value_or(RunStatus::Failed);
}
} // namespace

qint64 RunHistory::begin(const RunStart &start) {
    qint64 id = 0;
    const QDateTime startedAt = start.startedAt.isValid() ? start.startedAt : m_catalog.now();
    const CatalogError error = m_catalog.write(QStringLiteral("record a run"), [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO _pagesight_runs (source_id, source_name, organization_urn, "
                                     "started_at, status) VALUES (?, ?, ?, ?, 'running') RETURNING id"));
        query.addBindValue(start.sourceId.isEmpty() ? QVariant() : QVariant(start.sourceId));
        query.addBindValue(start.sourceName);
        query.addBindValue(start.organizationUrn);
        query.addBindValue(timeValue(startedAt));
        if (!query.exec() || !query.next())
            return errorFrom(query.lastError(), {});
        id = query.value(0).toLongLong();
        return CatalogError{};
    });
    if (error.isError()) {
        qCWarning(lcCatalog) << "cannot record a run:" << error.detail;
        return 0;
    }
    return id;
}

CatalogError RunHistory::finish(const RunRecord &run) {
    return m_catalog.write(QStringLiteral("record a run"), [&run](const QSqlDatabase &db) -> CatalogError {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE _pagesight_runs SET finished_at = ?, status = ?, message = ?, "
                                      "message_data = ? WHERE id = ?"));
        update.addBindValue(timeValue(run.finishedAt));
        update.addBindValue(statusText(run.status));
        update.addBindValue(run.message);
        update.addBindValue(messageDataValue(run.messageData));
        update.addBindValue(run.id);
        if (!update.exec())
            return errorFrom(update.lastError(), {});
        if (update.numRowsAffected() != 1)
            return {CatalogError::Kind::Query, QStringLiteral("there is no run %1").arg(run.id), {}};
        // Replaced rather than appended, so finishing a run twice does not double its streams.
        if (CatalogError error =
                exec(db, {}, QStringLiteral("DELETE FROM _pagesight_run_streams WHERE run_id = ?"), {run.id});
            error.isError())
            return error;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO _pagesight_run_streams "
                                      "(run_id, stream_id, table_name, status, rows_written, requests, message, "
                                      "message_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const RunStreamStats &stream : run.streams) {
            insert.bindValue(0, run.id);
            insert.bindValue(1, keyValue(stream.streamId));
            insert.bindValue(2, stream.tableName);
            insert.bindValue(3, statusText(stream.status));
            insert.bindValue(4, stream.rowsWritten);
            insert.bindValue(5, stream.requests);
            insert.bindValue(6, stream.message);
            insert.bindValue(7, messageDataValue(stream.messageData));
            if (!insert.exec())
                return errorFrom(insert.lastError(), {});
        }
        return {};
    });
}

QList<RunRecord> RunHistory::runs(const QString &organizationUrn, int limit) const {
    return select(QStringLiteral("? = '' OR organization_urn = ?"),
                  {keyValue(organizationUrn), keyValue(organizationUrn)}, limit);
}

QList<RunRecord> RunHistory::runsOfSource(const QString &sourceId, int limit) const {
    if (sourceId.isEmpty())
        return {};
    return select(QStringLiteral("source_id = ?"), {sourceId}, limit);
}

QList<RunRecord> RunHistory::select(const QString &where, const QVariantList &values, int limit) const {
    QList<RunRecord> result;
    if (!m_catalog.isOpen())
        return result;
    const QSqlDatabase db = m_catalog.reader();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The id breaks ties between runs started in the same millisecond.
    query.prepare(QStringLiteral("SELECT id, source_id, source_name, organization_urn, started_at, finished_at, "
                                 "status, message, message_data FROM _pagesight_runs WHERE %1 "
                                 "ORDER BY started_at DESC, id DESC LIMIT ?")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max()); // PostgreSQL refuses -1
    if (!query.exec()) {
        logReadFailure("the run history", query.lastError());
        return result;
    }
    while (query.next()) {
        RunRecord run;
        run.id = query.value(0).toLongLong();
        run.sourceId = query.value(1).toString();
        run.sourceName = query.value(2).toString();
        run.organizationUrn = query.value(3).toString();
        run.startedAt = timeFrom(query.value(4));
        run.finishedAt = timeFrom(query.value(5));
        run.status = storedStatus(query.value(6));
        run.messageData = query.value(8).toByteArray();
        run.message = RunMessage::textOf(run.messageData, query.value(7).toString());
        result << run;
    }
    query.finish();

    QSqlQuery streams(db);
    streams.setForwardOnly(true);
    streams.prepare(QStringLiteral("SELECT stream_id, table_name, status, rows_written, requests, message, "
                                   "message_data FROM _pagesight_run_streams WHERE run_id = ? ORDER BY rowid"));
    for (RunRecord &run : result) {
        streams.bindValue(0, run.id);
        if (!streams.exec()) {
            logReadFailure("the streams of a run", streams.lastError());
            continue;
        }
        while (streams.next()) {
            const QByteArray data = streams.value(6).toByteArray();
            run.streams << RunStreamStats{streams.value(0).toString(),
                                          streams.value(1).toString(),
                                          storedStatus(streams.value(2)),
                                          streams.value(3).toLongLong(),
                                          streams.value(4).toInt(),
                                          RunMessage::textOf(data, streams.value(5).toString()),
                                          data};
        }
    }
    return result;
}

} // namespace pagesight
