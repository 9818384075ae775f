#include "SyncEngine.h"

#include "api/LinkedInClient.h"
#include "catalog/RunHistory.h"
#include "common/Log.h"
#include "common/RunMessage.h"

#include <QTimer>

namespace pagesight {

SyncEngine::SyncEngine(Catalog *catalog, LinkedInClient *client, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_client(client)
    , m_clock(clock) {
    qRegisterMetaType<pagesight::StreamProgress>();
    qRegisterMetaType<pagesight::RunReport>();
}

void SyncEngine::cancel() {
    m_cancel.cancel();
}

QCoro::Task<ApiResponse> SyncEngine::fetch(StreamRun *streamRun, ApiRequest request) {
    StreamRun &stream = *streamRun;
    ++stream.inFlight;
    stream.progress.requestsPlanned =
        qMax(stream.progress.requestsPlanned, stream.progress.requestsDone + stream.inFlight);
    emitProgress(stream);
    request.onRetryWait = retryReporter(streamRun);
    ApiResponse response = co_await m_client->get(request);
    stream.stats.requests += response.attempts;
    --stream.inFlight;
    ++stream.progress.requestsDone;
    stream.progress.retryInSeconds = 0;
    if (!response.ok() && !stream.apiError.isError())
        stream.apiError = response.error;
    emitProgress(stream);
    co_return response;
}

// Made outside the coroutine that uses it (docs/ARCHITECTURE.md: lambdas and coroutines).
std::function<void(int, int)> SyncEngine::retryReporter(StreamRun *stream) {
    return [this, stream](int ms, int httpStatus) {
        stream->progress.retryInSeconds = (ms + 999) / 1000;
        stream->progress.retryHttpStatus = httpStatus;
        emitProgress(*stream);
    };
}

ParseContext SyncEngine::contextFor(StreamRun &stream) const {
    ParseContext context = m_context;
    context.warnings = &stream.warnings;
    return context;
}

bool SyncEngine::checkShape(StreamRun &stream, const ApiResponse &response, const QString &endpoint) {
    if (hasElementsArray(response.json))
        return true;
    qCWarning(lcSync) << stream.def->id << "a 200 from" << endpoint << "without an elements array";
    stream.apiError = ApiError{ApiError::Kind::InvalidResponse};
    stream.apiError.endpoint = endpoint;
    stream.apiError.httpStatus = 200;
    return false;
}

void SyncEngine::stamp(QList<Row> &rows) const {
    for (Row &row : rows) {
        row[row.size() - 2] = m_syncedAt;
        row[row.size() - 1] = m_runId;
    }
}

Bookmark SyncEngine::makeBookmark(const StreamRun &stream, const QString &value) const {
    return Bookmark{m_context.organizationUrn, stream.def->id, stream.selection.tableName, value};
}

bool SyncEngine::write(StreamRun &stream, QList<Row> rows, const std::optional<Bookmark> &bookmark, bool staged) {
    stamp(rows);
    const CatalogError error =
        staged ? m_catalog->appendStaging(stream.schema, rows) : m_catalog->upsert(stream.schema, rows, bookmark);
    if (error.isError()) {
        if (!stream.catalogError.isError())
            stream.catalogError = error;
        qCWarning(lcSync) << stream.def->id << "write failed:" << error.detail;
        return false;
    }
    stream.stats.rowsWritten += rows.size();
    stream.progress.rowsWritten = stream.stats.rowsWritten;
    emitProgress(stream);
    return true;
}

void SyncEngine::emitProgress(StreamRun &stream, std::optional<RunStatus> state) {
    if (state)
        stream.progress.state = *state;
    emit progress(stream.progress);
}

void SyncEngine::finishStream(StreamRun &stream) {
    using K = ApiError::Kind;
    RunMessage message;
    if (m_tooLong) {
        stream.stats.status = RunStatus::Partial;
        message.add(ApiError{K::RunTooLong});
    } else if (m_cancel.isCancelled() || stream.apiError.kind == K::Cancelled) {
        stream.stats.status = RunStatus::Cancelled;
        message.add(ApiError{K::Cancelled});
    } else if (stream.apiError.kind == K::QuotaExhausted || stream.apiError.kind == K::RateLimited) {
        // LinkedIn asked us to stop for now: what was fetched is kept, the next run resumes.
        stream.stats.status = RunStatus::Partial;
        message.add(stream.apiError);
    } else if (stream.apiError.isError()) {
        stream.stats.status = RunStatus::Failed;
        message.add(stream.apiError);
    } else if (stream.catalogError.isError()) {
        stream.stats.status = RunStatus::Failed;
        message.add(stream.catalogError);
    } else if (stream.partialError.isError()) {
        stream.stats.status = RunStatus::Partial;
        message.add(stream.partialError);
    } else {
        stream.stats.status = RunStatus::Succeeded;
    }
    message.add(stream.warnings);
    stream.stats.message = message.text();
    stream.stats.messageData = message.isEmpty() ? QByteArray() : message.toJson();
    if (stream.syncType == SyncType::FullTable && stream.stats.status != RunStatus::Succeeded)
        m_catalog->discardStaging(stream.schema);
    // Whatever was planned but not done will not be done in this run.
    stream.progress.requestsPlanned = stream.progress.requestsDone;
    emitProgress(stream, stream.stats.status);
}

namespace {

// Failures after which no later call of the stream can succeed: asking again only costs quota.
bool endsTheStream(const ApiError &error) {
    using K = ApiError::Kind;
    return error.kind == K::Cancelled || error.kind == K::Unauthorized || error.kind == K::Forbidden ||
           error.kind == K::QuotaExhausted || error.kind == K::RateLimited || error.kind == K::VersionInactive;
}

} // namespace

// A statistics stream makes up to three calls: the time-bound DAY rows, the LIFETIME snapshot and,
// for followers, networkSizes. A refused time range (LinkedIn answers 400 "check the time range")
// or another failure of one call costs only that call's rows: the others are still fetched and
// stored, the stream ends partial, and the bookmark moves only when the DAY rows came.
QCoro::Task<> SyncEngine::runDaily(StreamRun *streamRun) {
    StreamRun &stream = *streamRun;
    emitProgress(stream, RunStatus::Running);
    const QDate today = m_clock->todayUtc();
    std::optional<QDate> lastDay;
    if (stream.syncType == SyncType::Incremental) {
        if (const auto value =
                m_catalog->bookmark(m_context.organizationUrn, stream.def->id, stream.selection.tableName))
            if (const QDate day = QDate::fromString(*value, Qt::ISODate); day.isValid())
                lastDay = day;
    }
    const DayWindow window = planDailyWindow(today, m_source.startDate, lastDay, WindowRules{m_source.lookbackDays});
    stream.progress.requestsPlanned = (window.isEmpty() ? 0 : 1) + 1 + (stream.def->withNetworkSize ? 1 : 0);

    bool stop = false;
    // The call that just failed left its error in stream.apiError.
    const auto failed = [&stream, &stop] {
        if (endsTheStream(stream.apiError))
            stop = true;
        else
            stream.keepGoingAfter();
    };
    QList<Row> rows;
    bool dailyOk = window.isEmpty();
    if (!window.isEmpty()) {
        const ApiResponse daily =
            co_await fetch(&stream, timeBoundRequest(*stream.def, m_context.organizationUrn, window));
        if (daily.ok() && checkShape(stream, daily, stream.def->endpoint)) {
            stream.warnings.repairedAnswers += daily.textRepaired ? 1 : 0;
            int dropped = 0;
            const QList<Row> days = parseDailyRows(*stream.def, daily.json, contextFor(stream), &window, &dropped);
            if (dropped > 0)
                qCWarning(lcSync).noquote() << stream.def->id << "dropped" << dropped
                                            << "DAY rows outside the window asked for or with an impossible range";
            rows += days;
            // Every row unusable (days not aligned to UTC midnight, say) is not "no data": the
            // bookmark must not move past days that were never stored.
            dailyOk = !(days.isEmpty() && dropped > 0);
            if (!dailyOk) {
                stream.apiError = ApiError{ApiError::Kind::InvalidResponse};
                stream.apiError.endpoint = stream.def->endpoint;
                stream.apiError.httpStatus = 200;
                failed();
            }
        } else {
            qCInfo(lcSync) << stream.def->id << "time-bound call failed; the lifetime snapshot is still fetched";
            failed();
        }
    }

    bool lifetimeOk = false, sizeOk = !stream.def->withNetworkSize;
    QJsonObject lifetimeJson;
    std::optional<qint64> networkSize;
    if (!stop) {
        const ApiResponse lifetime = co_await fetch(&stream, lifetimeRequest(*stream.def, m_context.organizationUrn));
        lifetimeOk = lifetime.ok() && checkShape(stream, lifetime, stream.def->endpoint);
        if (lifetimeOk) {
            lifetimeJson = lifetime.json;
            stream.warnings.repairedAnswers += lifetime.textRepaired ? 1 : 0;
        } else
            failed();
    }
    if (!stop && lifetimeOk && stream.def->withNetworkSize) {
        const ApiResponse size = co_await fetch(&stream, networkSizeRequest(m_context.organizationUrn));
        networkSize = size.ok() ? parseNetworkSize(size.json) : std::nullopt;
        sizeOk = networkSize.has_value();
        if (size.ok() && !sizeOk) { // a 200 without firstDegreeSize
            stream.apiError = ApiError{ApiError::Kind::InvalidResponse};
            stream.apiError.endpoint = QStringLiteral("networkSizes");
        }
        if (!sizeOk)
            failed(); // the snapshot is stored without the total
    }
    if (lifetimeOk)
        if (const auto snapshot = parseLifetimeRow(*stream.def, lifetimeJson, contextFor(stream), networkSize))
            rows.append(*snapshot);
    // Nothing came at all: that is a failed stream, not a partial one.
    if ((!dailyOk || window.isEmpty()) && !lifetimeOk && stream.partialError.isError() && !stream.apiError.isError()) {
        stream.apiError = stream.partialError;
        stream.partialError = {};
    }

    std::optional<Bookmark> bookmark;
    if (dailyOk && !window.isEmpty())
        bookmark = makeBookmark(stream, window.endExclusive.addDays(-1).toString(Qt::ISODate));
    else if (dailyOk && lastDay)
        bookmark = makeBookmark(stream, lastDay->toString(Qt::ISODate));
    storeDaily(stream, rows, bookmark, dailyOk && lifetimeOk && sizeOk);
    finishStream(stream);
}

void SyncEngine::storeDaily(StreamRun &stream, const QList<Row> &rows, const std::optional<Bookmark> &bookmark,
                            bool complete) {
    if (stream.syncType != SyncType::FullTable) {
        write(stream, rows, bookmark, false);
        return;
    }
    if (complete) {
        if (write(stream, rows, std::nullopt, true)) {
            const CatalogError error = m_catalog->commitStaging(stream.schema, m_context.organizationUrn, bookmark);
            if (error.isError())
                stream.catalogError = error;
        }
        return;
    }
    // An incomplete FULL_TABLE run must not replace the table with part of it: the rows it did get
    // are added to the table as it is, unless the run was cancelled (then the table stays exactly
    // as it was).
    m_catalog->discardStaging(stream.schema);
    if (!m_cancel.isCancelled())
        write(stream, rows, bookmark, false);
}

QCoro::Task<RunReport> SyncEngine::run(SourceConfig source, SyncOptions options) {
    m_source = source;
    m_options = options;
    // A cancel before the run is forgotten; during it, it stops the client's waits and requests
    // and wakes the statistics workers.
    m_cancel = Cancellation();
    m_cancel.onCancel([this] {
        m_client->cancel();
        m_statsQueueChanged.notifyAll();
    });
    m_tooLong = false;
    QTimer runDeadline;
    runDeadline.setSingleShot(true);
    connect(&runDeadline, &QTimer::timeout, this, [this] {
        qCWarning(lcSync) << "the sync passed its time limit; stopping it";
        m_tooLong = true;
        cancel();
    });
    if (options.maxRunTime.count() > 0)
        runDeadline.start(options.maxRunTime);
    const QDateTime started = m_clock->nowUtc();
    m_syncedAt = started.toString(Qt::ISODate);
    m_context = ParseContext{source.organizationUrn(), started.toUTC().date()};

    RunReport report;
    report.startedAt = started;
    m_runId = RunHistory(*m_catalog)
                  .begin({source.id, options.runName.isEmpty() ? source.description : options.runName,
                          m_context.organizationUrn, started});
    report.runId = m_runId;
    // Staging tables of a run that was killed, or that a full disk kept from being dropped, would
    // otherwise stay forever; this run stages under names of its own.
    const int leftovers = m_catalog->dropLeftoverStaging();
    m_catalog->setStagingTag(QStringLiteral("r%1").arg(m_runId));
    const int requestsBefore = m_client->requestsSent();
    const QString versionAtStart = m_client->options().apiVersion;

    // One StreamRun per selected stream, in the registry's order; a child needs its parent.
    std::deque<StreamRun> streams; // stable addresses for the coroutines below
    for (const StreamDef &def : allStreams()) {
        const StreamSelection *selection = source.selection(def.id);
        if (!selection)
            continue;
        StreamRun stream;
        stream.def = &def;
        stream.selection = *selection;
        stream.syncType = options.forceFullTable ? SyncType::FullTable : selection->syncType;
        stream.schema = def.schema(selection->tableName);
        stream.stats.streamId = def.id;
        stream.stats.tableName = selection->tableName;
        stream.progress.streamId = def.id;
        stream.progress.state = RunStatus::Waiting;
        streams.push_back(stream);
    }
    for (StreamRun &stream : streams) {
        stream.catalogError = m_catalog->ensureTable(stream.schema);
        if (!stream.catalogError.isError() && stream.syncType == SyncType::FullTable)
            stream.catalogError = m_catalog->beginStaging(stream.schema);
        emitProgress(stream);
    }

    StreamRun *posts = nullptr;
    StreamRun *statistics = nullptr;
    std::vector<QCoro::Task<>> tasks;
    for (StreamRun &stream : streams) {
        if (stream.catalogError.isError()) {
            finishStream(stream);
            continue;
        }
        if (stream.def->kind == StreamKind::DailyStatistics)
            tasks.push_back(runDaily(&stream));
        else if (stream.def->kind == StreamKind::Posts)
            posts = &stream;
        else if (stream.def->kind == StreamKind::PostStatistics)
            statistics = &stream;
    }
    if (posts)
        tasks.push_back(runPosts(posts, statistics));
    else if (statistics) // the wizard and the CLI always select the parent; be safe anyway
        finishStream(*statistics);
    for (auto &task : tasks)
        co_await task;

    int succeeded = 0;
    int partial = 0;
    for (const StreamRun &stream : streams) {
        report.streams.append(stream.stats);
        if (stream.stats.status == RunStatus::Succeeded)
            ++succeeded;
        else if (stream.stats.status == RunStatus::Partial)
            ++partial;
        if (!report.apiError.isError() && stream.apiError.isError())
            report.apiError = stream.apiError;
        if (!report.catalogError.isError() && stream.catalogError.isError())
            report.catalogError = stream.catalogError;
        // A stream LinkedIn refused (a 401, or a 403 for a missing scope or page role): signing in
        // again is the way out. A refusal that cost only part of a stream (the dark posts) is not.
        if (stream.apiError.kind == ApiError::Kind::Unauthorized || stream.apiError.kind == ApiError::Kind::Forbidden)
            report.needsReauthorization = true;
    }
    for (const StreamRun &stream : streams) // a failure that cost part of a stream, when none cost more
        if (!report.apiError.isError() && stream.partialError.isError())
            report.apiError = stream.partialError;
    if (m_tooLong)
        report.status = RunStatus::Partial;
    else if (m_cancel.isCancelled())
        report.status = RunStatus::Cancelled;
    else if (succeeded == int(streams.size()))
        report.status = RunStatus::Succeeded;
    else if (succeeded > 0 || partial > 0)
        report.status = RunStatus::Partial;
    else
        report.status = RunStatus::Failed;
    bool warned = false;
    for (const StreamRun &stream : streams)
        warned = warned || !stream.warnings.isEmpty();
    RunMessage message;
    if (report.status == RunStatus::Succeeded) {
        message.addSynced(report.rowsWritten());
        if (warned)
            message.addWarnedStreams();
    } else if (m_tooLong)
        message.add(ApiError{ApiError::Kind::RunTooLong});
    else if (m_cancel.isCancelled())
        message.add(ApiError{ApiError::Kind::Cancelled});
    else if (report.apiError.isError())
        message.add(report.apiError);
    else
        message.add(report.catalogError);
    if (leftovers > 0)
        message.addLeftoverStaging(leftovers);
    report.apiVersion = m_client->options().apiVersion;
    if (report.apiVersion != versionAtStart) {
        report.apiVersionReplaced = versionAtStart;
        message.addVersionReplaced(versionAtStart, report.apiVersion);
    }
    report.message = message.text();
    report.requests = m_client->requestsSent() - requestsBefore;
    report.finishedAt = m_clock->nowUtc();

    RunRecord record;
    record.id = m_runId;
    record.sourceId = source.id;
    record.sourceName = options.runName.isEmpty() ? source.description : options.runName;
    record.organizationUrn = m_context.organizationUrn;
    record.startedAt = report.startedAt;
    record.finishedAt = report.finishedAt;
    record.status = report.status;
    record.message = report.message;
    record.messageData = message.toJson();
    record.streams = report.streams;
    if (const CatalogError error = RunHistory(*m_catalog).finish(record); error.isError())
        qCWarning(lcSync) << "could not record the run:" << error.detail;
    qCInfo(lcSync) << "run" << m_runId << report.status << report.requests << "requests" << report.rowsWritten()
                   << "rows";
    co_return report;
}

} // namespace pagesight
