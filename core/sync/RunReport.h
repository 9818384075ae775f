#pragma once

#include "catalog/RunHistory.h"
#include "common/Errors.h"

#include <QJsonObject>
#include <QMetaType>

namespace pagesight {

struct StreamProgress {
    QString streamId;
    int requestsDone = 0;
    int requestsPlanned = 0;
    qint64 rowsWritten = 0;
    RunStatus state = RunStatus::Waiting;
    // A request of the stream waits before trying again: for how long, and why (HTTP status, 0 for
    // no answer). 0 seconds once it has its answer.
    int retryInSeconds = 0;
    int retryHttpStatus = 0;
};

// What a run did, for the UI, the CLI's --json and the exit code.
struct RunReport {
    qint64 runId = 0;
    RunStatus status = RunStatus::Running; // until the run ends
    QString message;
    QDateTime startedAt;
    QDateTime finishedAt;
    int requests = 0;
    QList<RunStreamStats> streams;
    ApiError apiError;         // the first API failure, if any
    CatalogError catalogError; // the first catalog failure, if any
    bool needsReauthorization = false;
    bool busy = false;          // another sync held the catalog and this one did not wait
    QString apiVersion;         // the LinkedIn-Version the run ended with
    QString apiVersionReplaced; // the version LinkedIn refused (426) when the run moved on; empty otherwise
    // After the run, the catalog's retention setting (core/streams/Retention): the rows it removed
    // per table, and why it could not, if it could not (the run's own data is committed either way).
    QList<std::pair<QString, qint64>> retentionRemoved;
    CatalogError retentionError;

    // A run that ended before it began (no credentials, the lock refused, cancelled while waiting):
    // nothing was recorded in the catalog.
    static RunReport withoutRun(RunStatus status, const QString &message, const QDateTime &now);

    qint64 rowsWritten() const;
    qint64 rowsRemovedByRetention() const;
    // 0 done, 1 partial, 2 busy (another sync, --no-wait), 3 authorization, 4 API or network failure
    // after retries, 5 catalog or disk failure (docs/SPEC.md §5).
    int exitCode() const;
    QJsonObject toJson() const;
};

} // namespace pagesight

Q_DECLARE_METATYPE(pagesight::StreamProgress)
Q_DECLARE_METATYPE(pagesight::RunReport)
