#include "RunReport.h"

#include <QJsonArray>

namespace pagesight {

qint64 RunReport::rowsWritten() const {
    qint64 total = 0;
    for (const RunStreamStats &s : streams)
        total += s.rowsWritten;
    return total;
}

qint64 RunReport::rowsRemovedByRetention() const {
    qint64 total = 0;
    for (const auto &[table, rows] : retentionRemoved)
        total += rows;
    return total;
}

RunReport RunReport::withoutRun(RunStatus status, const QString &message, const QDateTime &now) {
    RunReport report;
    report.status = status;
    report.message = message;
    report.startedAt = report.finishedAt = now;
    return report;
}

int RunReport::exitCode() const {
    if (status == RunStatus::Succeeded)
        return 0;
    if (busy)
        return 2;
    if (needsReauthorization)
        return 3;
    if (status == RunStatus::Partial || status == RunStatus::Cancelled)
        return 1;
    if (catalogError.isError() && !apiError.isError()) {
        // The wrong file is bad input; a catalog that fails while being written is a catalog failure.
        using K = CatalogError::Kind;
        const K kind = catalogError.kind;
        const bool wrongFile = kind == K::CannotOpen || kind == K::NotADatabase || kind == K::ForeignFile ||
                               kind == K::NewerCatalog || kind == K::InvalidName || kind == K::SchemaMismatch;
        return wrongFile ? 2 : 5;
    }
    return 4;
}

QJsonObject RunReport::toJson() const {
    QJsonArray streamArray;
    for (const RunStreamStats &s : streams)
        streamArray.append(QJsonObject{{QStringLiteral("stream"), s.streamId},
                                       {QStringLiteral("table"), s.tableName},
                                       {QStringLiteral("status"), statusText(s.status)},
                                       {QStringLiteral("rows_written"), s.rowsWritten},
                                       {QStringLiteral("requests"), s.requests},
                                       {QStringLiteral("message"), s.message}});
    QJsonObject retention;
    for (const auto &[table, rows] : retentionRemoved)
        retention.insert(table, rows);
    return QJsonObject{{QStringLiteral("run_id"), runId},
                       {QStringLiteral("status"), statusText(status)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("requests"), requests},
                       {QStringLiteral("rows_written"), rowsWritten()},
                       {QStringLiteral("exit_code"), exitCode()},
                       {QStringLiteral("api_version"), apiVersion},
                       {QStringLiteral("api_version_replaced"),
                        apiVersionReplaced.isEmpty() ? QJsonValue() : QJsonValue(apiVersionReplaced)},
                       {QStringLiteral("streams"), streamArray},
                       {QStringLiteral("retention_removed"), retention},
                       {QStringLiteral("retention_error"),
                        retentionError.isError() ? QJsonValue(describe(retentionError)) : QJsonValue()}};
}

} // namespace pagesight
