#include "SyncEngine.h"

#include "api/LinkedInClient.h"
#include "catalog/Catalog.h"
#include "common/Log.h"

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
    m_cancelled = true;
    m_client->cancel();
    m_statsQueueChanged.notifyAll();
}

QCoro::Task<ApiResponse> SyncEngine::fetch(StreamRun &stream, ApiRequest request) {
    ++stream.inFlight;
    stream.progress.requestsPlanned =
        qMax(stream.progress.requestsPlanned, stream.progress.requestsDone + stream.inFlight);
    emitProgress(stream);
    ApiResponse response = co_await m_client->get(request);
    stream.stats.requests += response.attempts;
    --stream.inFlight;
    ++stream.progress.requestsDone;
    if (!response.ok() && !stream.apiError.isError())
        stream.apiError = response.error;
    emitProgress(stream);
    co_return response;
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

void SyncEngine::emitProgress(StreamRun &stream, const QString &state) {
    if (!state.isEmpty())
        stream.progress.state = state;
    emit progress(stream.progress);
}

void SyncEngine::finishStream(StreamRun &stream) {
    if (m_cancelled || stream.apiError.kind == ApiError::Kind::Cancelled) {
        stream.stats.status = QStringLiteral("cancelled");
        stream.stats.message = describe(ApiError{ApiError::Kind::Cancelled});
    } else if (stream.apiError.kind == ApiError::Kind::QuotaExhausted) {
        stream.stats.status = QStringLiteral("partial");
        stream.stats.message = describe(stream.apiError);
    } else if (stream.apiError.isError()) {
        stream.stats.status = QStringLiteral("failed");
        stream.stats.message = describe(stream.apiError);
    } else if (stream.catalogError.isError()) {
        stream.stats.status = QStringLiteral("failed");
        stream.stats.message = describe(stream.catalogError);
    } else {
        stream.stats.status = QStringLiteral("succeeded");
    }
    if (stream.syncType == SyncType::FullTable && stream.stats.status != QLatin1String("succeeded"))
        m_catalog->discardStaging(stream.schema);
    // Whatever was planned but not done will not be done in this run.
    stream.progress.requestsPlanned = stream.progress.requestsDone;
    emitProgress(stream, stream.stats.status);
}

QCoro::Task<> SyncEngine::runDaily(StreamRun &stream) {
    emitProgress(stream, QStringLiteral("running"));
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

    QList<Row> rows;
    if (!window.isEmpty()) {
        ApiResponse daily = co_await fetch(stream, timeBoundRequest(*stream.def, m_context.organizationUrn, window));
        if (daily.error.kind == ApiError::Kind::BadRequest) {
            // Both timeIntervals encodings are in use; if LinkedIn refuses one, try the other once.
            qCInfo(lcSync) << stream.def->id << "timeIntervals object form refused; trying the dotted form";
            stream.apiError = {};
            daily = co_await fetch(stream, timeBoundRequest(*stream.def, m_context.organizationUrn, window,
                                                            TimeIntervalsEncoding::Dotted));
        }
        if (!daily.ok())
            co_return finishStream(stream);
        rows += parseDailyRows(*stream.def, daily.json, m_context);
    }

    const ApiResponse lifetime = co_await fetch(stream, lifetimeRequest(*stream.def, m_context.organizationUrn));
    if (!lifetime.ok())
        co_return finishStream(stream);
    std::optional<qint64> networkSize;
    if (stream.def->withNetworkSize) {
        const ApiResponse size = co_await fetch(stream, networkSizeRequest(m_context.organizationUrn));
        if (!size.ok())
            co_return finishStream(stream);
        networkSize = parseNetworkSize(size.json);
    }
    if (const auto snapshot = parseLifetimeRow(*stream.def, lifetime.json, m_context, networkSize))
        rows.append(*snapshot);

    const QString bookmarkValue = window.isEmpty() ? (lastDay ? lastDay->toString(Qt::ISODate) : QString())
                                                   : window.endExclusive.addDays(-1).toString(Qt::ISODate);
    const std::optional<Bookmark> bookmark =
        bookmarkValue.isEmpty() ? std::nullopt : std::optional<Bookmark>(makeBookmark(stream, bookmarkValue));
    if (stream.syncType == SyncType::FullTable) {
        if (write(stream, rows, std::nullopt, true)) {
            const CatalogError error = m_catalog->commitStaging(stream.schema, m_context.organizationUrn, bookmark);
            if (error.isError())
                stream.catalogError = error;
        }
    } else {
        write(stream, rows, bookmark, false);
    }
    finishStream(stream);
}

QCoro::Task<RunReport> SyncEngine::run(const SourceConfig &source, SyncOptions options) {
    m_source = source;
    m_options = options;
    m_cancelled = false;
    const QDateTime started = m_clock->nowUtc();
    m_syncedAt = started.toString(Qt::ISODate);
    m_context = ParseContext{source.organizationUrn(), started.toUTC().date()};

    RunReport report;
    report.startedAt = started;
    m_runId = m_catalog->beginRun(options.runName.isEmpty() ? source.description : options.runName,
                                  m_context.organizationUrn, started);
    report.runId = m_runId;
    const int requestsBefore = m_client->requestsSent();

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
        stream.progress.state = QStringLiteral("waiting");
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
            tasks.push_back(runDaily(stream));
        else if (stream.def->kind == StreamKind::Posts)
            posts = &stream;
        else if (stream.def->kind == StreamKind::PostStatistics)
            statistics = &stream;
    }
    if (posts)
        tasks.push_back(runPosts(*posts, statistics));
    else if (statistics) // the wizard and the CLI always select the parent; be safe anyway
        finishStream(*statistics);
    for (auto &task : tasks)
        co_await task;

    int succeeded = 0;
    bool quota = false;
    for (const StreamRun &stream : streams) {
        report.streams.append(stream.stats);
        if (stream.stats.status == QLatin1String("succeeded"))
            ++succeeded;
        quota = quota || stream.apiError.kind == ApiError::Kind::QuotaExhausted;
        if (!report.apiError.isError() && stream.apiError.isError())
            report.apiError = stream.apiError;
        if (!report.catalogError.isError() && stream.catalogError.isError())
            report.catalogError = stream.catalogError;
        if (stream.apiError.kind == ApiError::Kind::Unauthorized || stream.apiError.kind == ApiError::Kind::Forbidden)
            report.needsReauthorization = true;
    }
    if (m_cancelled)
        report.status = QStringLiteral("cancelled");
    else if (succeeded == int(streams.size()))
        report.status = QStringLiteral("succeeded");
    else if (succeeded > 0 || quota)
        report.status = QStringLiteral("partial");
    else
        report.status = QStringLiteral("failed");
    if (report.status == QLatin1String("succeeded"))
        report.message = tr("Synced %n row(s).", nullptr, int(qMin<qint64>(report.rowsWritten(), INT_MAX)));
    else if (m_cancelled)
        report.message = describe(ApiError{ApiError::Kind::Cancelled});
    else if (report.apiError.isError())
        report.message = describe(report.apiError);
    else
        report.message = describe(report.catalogError);
    report.requests = m_client->requestsSent() - requestsBefore;
    report.finishedAt = m_clock->nowUtc();

    RunRecord record;
    record.id = m_runId;
    record.sourceName = options.runName.isEmpty() ? source.description : options.runName;
    record.organizationUrn = m_context.organizationUrn;
    record.startedAt = report.startedAt;
    record.finishedAt = report.finishedAt;
    record.status = report.status;
    record.message = report.message;
    record.streams = report.streams;
    if (const CatalogError error = m_catalog->finishRun(record); error.isError())
        qCWarning(lcSync) << "could not record the run:" << error.detail;
    qCInfo(lcSync) << "run" << m_runId << report.status << report.requests << "requests" << report.rowsWritten()
                   << "rows";
    co_return report;
}

} // namespace pagesight
