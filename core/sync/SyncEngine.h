#pragma once

#include "RunReport.h"
#include "common/AsyncCondition.h"
#include "common/Cancellation.h"
#include "common/Clock.h"
#include "source/SourceConfig.h"
#include "streams/StreamParsers.h"
#include "streams/StreamPlan.h"

#include <QCoro/QCoroTask>
#include <QObject>

#include <chrono>
#include <deque>

namespace pagesight {

class Catalog;
class LinkedInClient;
struct ApiResponse;

struct SyncOptions {
    int postsPageSize = 100;   // LinkedIn's maximum count for /rest/posts
    int statsBatchSize = 50;   // URNs per shares=List(…) / ugcPosts=List(…)
    int statsWorkers = 4;      // batches in flight at once; paging keeps a slot of its own
    int maxPostsPages = 10000; // pages of one posts listing when LinkedIn gives no paging.total
    // The whole run stops after this long (what was fetched is kept): with every request bounded
    // (ClientOptions::deadlineMs × maxAttempts) and every listing capped, a sync always ends.
    std::chrono::milliseconds maxRunTime = std::chrono::hours(4);
    bool forceFullTable = false; // the periodic full sync: every stream as FULL_TABLE
    QString runName;             // shown in the run history (source description, or "cli")
};

// Runs one source's streams against LinkedIn into the catalog.
//
//   run ─► beginRun ─► ensure tables ─► daily streams ┐ (concurrently)
//                                  └──► posts pages ──┼─► post statistics batches (workers)
//                                                     └─► finishRun ─► RunReport
//
// Every page of rows commits with the bookmark that covers it; FULL_TABLE streams write to a
// staging table that replaces the organization's rows at the end. The engine lives in one thread
// with its catalog and client (SyncRunner puts it on a worker thread).
class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(Catalog *catalog, LinkedInClient *client, const Clock *clock, QObject *parent = nullptr);

    // By value: a coroutine must not keep a reference to a caller's temporary.
    QCoro::Task<RunReport> run(SourceConfig source, SyncOptions options = {});
    void cancel();

signals:
    void progress(const pagesight::StreamProgress &progress);

private:
    struct StreamRun {
        const StreamDef *def = nullptr;
        StreamSelection selection;
        TableSchema schema;
        SyncType syncType = SyncType::Incremental;
        RunStreamStats stats;
        StreamProgress progress;
        int inFlight = 0;
        ApiError apiError;
        CatalogError catalogError;
        // A failure that cost only part of the stream (a refused time range, a limited request):
        // what was fetched is stored, the stream ends partial and its bookmark stays.
        ApiError partialError;
        DataWarnings warnings; // what LinkedIn sent that could not be kept as sent
        bool failed() const { return apiError.isError() || catalogError.isError(); }
        // Moves the API failure of the last fetch to partialError, so the stream goes on.
        void keepGoingAfter() {
            if (!partialError.isError())
                partialError = apiError;
            apiError = {};
        }
    };
    struct PostsState; // shared by the posts pager and the statistics workers

    // The engine's own coroutines take the StreamRuns of run() (which outlives them) by pointer.
    QCoro::Task<ApiResponse> fetch(StreamRun *stream, ApiRequest request);
    QCoro::Task<> runDaily(StreamRun *stream);
    void storeDaily(StreamRun &stream, const QList<Row> &rows, const std::optional<Bookmark> &bookmark, bool complete);
    QCoro::Task<> runPosts(StreamRun *posts, StreamRun *statistics);
    struct PostsListing;
    QCoro::Task<> listPosts(StreamRun *posts, PostsListing *listing, PostsState *state);
    QCoro::Task<> statsWorker(StreamRun *statistics, PostsState *state);
    QStringList knownPostsForStatistics(const StreamRun &posts, const StreamRun &statistics) const;
    bool write(StreamRun &stream, QList<Row> rows, const std::optional<Bookmark> &bookmark, bool staged);
    Bookmark makeBookmark(const StreamRun &stream, const QString &value) const;
    void stamp(QList<Row> &rows) const;
    ParseContext contextFor(StreamRun &stream) const; // the run's context, counting into the stream's warnings
    // A 200 without the shape its call promises becomes the stream's error: never an empty success.
    bool checkShape(StreamRun &stream, const ApiResponse &response, const QString &endpoint);
    void emitProgress(StreamRun &stream, std::optional<RunStatus> state = std::nullopt);
    std::function<void(int, int)> retryReporter(StreamRun *stream); // ApiRequest::onRetryWait
    void finishStream(StreamRun &stream);

    Catalog *m_catalog;
    LinkedInClient *m_client;
    const Clock *m_clock;
    SourceConfig m_source;
    SyncOptions m_options;
    ParseContext m_context;
    qint64 m_runId = 0;
    QString m_syncedAt;
    Cancellation m_cancel;
    bool m_tooLong = false;             // the run passed maxRunMinutes
    AsyncCondition m_statsQueueChanged; // posts pager → statistics workers
};

} // namespace pagesight
