// The posts stream and its child, post statistics: posts are paged newest-modified first while
// statistics workers fetch per-post lifetime statistics in batches as soon as a batch of posts
// is known, so the batches overlap the (sequential) paging.
#include "SyncEngine.h"

#include "api/LinkedInClient.h"
#include "catalog/Catalog.h"
#include "common/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pagesight {

namespace {
constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

// Where the posts listing stands: done (the newest lastModifiedAt seen) or part way through.
struct PostsBookmark {
    qint64 lastModifiedAt = 0; // complete listing up to this modification time
    int nextStart = -1;        // >= 0: a listing was interrupted; resume here
    qint64 cutoff = 0;         // the interrupted listing's cutoff
    qint64 maxSeen = 0;        // the interrupted listing's newest modification time

    static PostsBookmark parse(const std::optional<QString> &text) {
        PostsBookmark bookmark;
        if (!text)
            return bookmark;
        const QJsonObject json = QJsonDocument::fromJson(text->toUtf8()).object();
        bookmark.lastModifiedAt = json.value(QLatin1String("last_modified_at")).toInteger();
        bookmark.nextStart = json.value(QLatin1String("next_start")).toInt(-1);
        bookmark.cutoff = json.value(QLatin1String("cutoff")).toInteger();
        bookmark.maxSeen = json.value(QLatin1String("max_last_modified_at")).toInteger();
        return bookmark;
    }
    static QString complete(qint64 lastModifiedAt) {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("last_modified_at"), lastModifiedAt}})
                                     .toJson(QJsonDocument::Compact));
    }
    static QString partial(int nextStart, qint64 cutoff, qint64 maxSeen, qint64 previous) {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("last_modified_at"), previous},
                                                           {QStringLiteral("next_start"), nextStart},
                                                           {QStringLiteral("cutoff"), cutoff},
                                                           {QStringLiteral("max_last_modified_at"), maxSeen}})
                                     .toJson(QJsonDocument::Compact));
    }
};

bool isUgcPost(const QString &urn) {
    return urn.startsWith(QLatin1String("urn:li:ugcPost:"));
}
} // namespace

struct SyncEngine::PostsState {
    QStringList shares; // URNs waiting for statistics, by type: each batch holds one type
    QStringList ugcPosts;
    QSet<QString> queued; // never the same post twice in a run
    bool pagingDone = false;

    void enqueue(const QString &urn) {
        if (queued.contains(urn))
            return;
        queued.insert(urn);
        (isUgcPost(urn) ? ugcPosts : shares).append(urn);
    }
    int pendingBatches(int batchSize) const {
        return int((shares.size() + batchSize - 1) / batchSize + (ugcPosts.size() + batchSize - 1) / batchSize);
    }
    // The next batch to send: a full one, or what is left once paging is done.
    QStringList take(int batchSize) {
        for (QStringList *queue : {&shares, &ugcPosts}) {
            if (queue->size() >= batchSize || (pagingDone && !queue->isEmpty())) {
                QStringList batch = queue->mid(0, batchSize);
                queue->remove(0, batch.size());
                return batch;
            }
        }
        return {};
    }
};

QStringList SyncEngine::knownPostsForStatistics(const StreamRun &posts, const StreamRun &statistics) const {
    // Posts already in the catalog whose statistics this run refreshes: those published within the
    // refresh window, or all of them when post statistics are replaced as a whole (FULL_TABLE).
    if (posts.syncType == SyncType::FullTable)
        return {}; // every post is listed again in this run
    // After an interrupted run (killed, quota, failure) some listed posts may lack statistics: then
    // refresh every known post once.
    const bool previousComplete = m_catalog->bookmark(m_context.organizationUrn, statistics.def->id,
                                                      statistics.selection.tableName) == QStringLiteral("complete");
    QSqlQuery query(m_catalog->database());
    const bool all = statistics.syncType == SyncType::FullTable || !previousComplete;
    const qint64 since =
        all ? QDateTime(m_source.startDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
            : qMax(QDateTime(m_source.startDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                   QDateTime(m_clock->todayUtc().addDays(-m_source.postStatisticsRefreshDays), QTime(0, 0), Qt::UTC)
                       .toMSecsSinceEpoch());
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE author = ? AND COALESCE(published_at, created_at) >= ?")
                      .arg(Catalog::quoted(posts.selection.tableName)));
    query.addBindValue(m_context.organizationUrn);
    query.addBindValue(since);
    QStringList urns;
    if (query.exec())
        while (query.next())
            urns.append(query.value(0).toString());
    return urns;
}

QCoro::Task<> SyncEngine::statsWorker(StreamRun &statistics, PostsState &state) {
    const bool staged = statistics.syncType == SyncType::FullTable;
    while (!m_cancelled && !statistics.failed()) {
        const QStringList batch = state.take(m_options.statsBatchSize);
        if (batch.isEmpty()) {
            if (state.pagingDone)
                co_return;
            co_await m_statsQueueChanged.wait();
            continue;
        }
        statistics.progress.requestsPlanned =
            qMax(statistics.progress.requestsPlanned, statistics.progress.requestsDone + statistics.inFlight + 1 +
                                                          state.pendingBatches(m_options.statsBatchSize));
        for (const ApiRequest &request :
             postStatisticsRequests(m_context.organizationUrn, batch, m_options.statsBatchSize)) {
            const ApiResponse response = co_await fetch(statistics, request);
            if (!response.ok())
                co_return;
            write(statistics, parsePostStatistics(*statistics.def, response.json, m_context), std::nullopt, staged);
        }
    }
}

QCoro::Task<> SyncEngine::runPosts(StreamRun &posts, StreamRun *statistics) {
    emitProgress(posts, QStringLiteral("running"));
    const bool incremental = posts.syncType == SyncType::Incremental;
    const bool staged = !incremental;
    const PostsBookmark bookmark =
        incremental ? PostsBookmark::parse(
                          m_catalog->bookmark(m_context.organizationUrn, posts.def->id, posts.selection.tableName))
                    : PostsBookmark{};
    const qint64 startDateMs = QDateTime(m_source.startDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    // Posts modified before the cutoff are unchanged since the last complete listing (LinkedIn
    // revises recent items, hence the lookback).
    qint64 cutoff = bookmark.lastModifiedAt > 0 ? bookmark.lastModifiedAt - m_source.lookbackDays * msPerDay : 0;
    qint64 maxSeen = bookmark.lastModifiedAt;
    int start = 0;
    if (bookmark.nextStart >= 0) { // resume an interrupted listing, one page early in case posts shifted
        start = qMax(0, bookmark.nextStart - m_options.postsPageSize);
        cutoff = bookmark.cutoff;
        maxSeen = qMax(maxSeen, bookmark.maxSeen);
    }

    PostsState state;
    std::vector<QCoro::Task<>> workers;
    if (statistics) {
        emitProgress(*statistics, QStringLiteral("running"));
        for (const QString &urn : knownPostsForStatistics(posts, *statistics))
            state.enqueue(urn);
        if (statistics->syncType == SyncType::Incremental) // until this run's batches are all in
            write(*statistics, {}, makeBookmark(*statistics, QStringLiteral("incomplete")), false);
        for (int i = 0; i < m_options.statsWorkers; ++i)
            workers.push_back(statsWorker(*statistics, state));
    }

    bool sorted = true; // newest-modified first, as requested; if not, never stop early
    qint64 previous = std::numeric_limits<qint64>::max();
    // The next page is requested as soon as a page arrives, before this one is parsed and written,
    // so the (sequential) paging never waits for local work.
    std::optional<QCoro::Task<ApiResponse>> pending =
        fetch(posts, postsPageRequest(m_context.organizationUrn, start, m_options.postsPageSize));
    while (pending) {
        const ApiResponse page = co_await *pending;
        pending.reset();
        if (!page.ok() || m_cancelled)
            break;
        const QJsonArray elements = page.json.value(QLatin1String("elements")).toArray();
        for (const QJsonValue &value : elements) {
            const qint64 modified = value.toObject().value(QLatin1String("lastModifiedAt")).toInteger();
            sorted = sorted && modified <= previous;
            previous = modified;
            maxSeen = qMax(maxSeen, modified);
        }
        start += int(elements.size());
        const qint64 total =
            page.json.value(QLatin1String("paging")).toObject().value(QLatin1String("total")).toInteger();
        // Sorted newest-modified first, a page ending before the cutoff means the rest is unchanged.
        const bool reachedCutoff = incremental && cutoff > 0 && sorted && !elements.isEmpty() && previous < cutoff;
        const bool done = elements.size() < m_options.postsPageSize || (total > 0 && start >= total) || reachedCutoff;
        if (!done)
            pending = fetch(posts, postsPageRequest(m_context.organizationUrn, start, m_options.postsPageSize));
        if (total > start)
            posts.progress.requestsPlanned =
                qMax(posts.progress.requestsPlanned,
                     posts.progress.requestsDone + posts.inFlight +
                         int((total - start + m_options.postsPageSize - 1) / m_options.postsPageSize));

        QList<Row> rows;
        for (const QJsonValue &value : elements) {
            const QJsonObject element = value.toObject();
            if (incremental && element.value(QLatin1String("lastModifiedAt")).toInteger() < cutoff)
                continue; // unchanged since the last complete listing
            const QString id = element.value(QLatin1String("id")).toString();
            if (id.isEmpty())
                continue; // nothing to key it by
            const QJsonValue published = element.value(QLatin1String("publishedAt"));
            const qint64 publishedAt =
                (published.isUndefined() ? element.value(QLatin1String("createdAt")) : published).toInteger();
            if (publishedAt < startDateMs)
                continue; // before the source's start date: not synced
            rows.append(parsePost(*posts.def, element, m_context));
            state.enqueue(id);
        }
        const std::optional<Bookmark> mark =
            incremental ? std::optional<Bookmark>(makeBookmark(
                              posts, done ? PostsBookmark::complete(maxSeen)
                                          : PostsBookmark::partial(start, cutoff, maxSeen, bookmark.lastModifiedAt)))
                        : std::nullopt;
        if (!write(posts, rows, mark, staged)) {
            if (pending) // never leave a request running without its awaiter
                co_await *pending;
            break;
        }
        m_statsQueueChanged.notifyAll();
    }

    if (staged && !posts.failed() && !m_cancelled) {
        const CatalogError error = m_catalog->commitStaging(posts.schema, m_context.organizationUrn,
                                                            makeBookmark(posts, PostsBookmark::complete(maxSeen)));
        if (error.isError())
            posts.catalogError = error;
    }
    finishStream(posts);

    state.pagingDone = true;
    m_statsQueueChanged.notifyAll();
    for (auto &worker : workers)
        co_await worker;
    if (statistics) {
        if (posts.failed() && !statistics->failed()) // statistics of an incomplete listing are incomplete too
            statistics->apiError = posts.apiError.isError() ? posts.apiError : ApiError{ApiError::Kind::Cancelled};
        if (!statistics->failed() && !m_cancelled) {
            const Bookmark complete = makeBookmark(*statistics, QStringLiteral("complete"));
            if (statistics->syncType == SyncType::FullTable) {
                const CatalogError error =
                    m_catalog->commitStaging(statistics->schema, m_context.organizationUrn, complete);
                if (error.isError())
                    statistics->catalogError = error;
            } else {
                write(*statistics, {}, complete, false);
            }
        }
        finishStream(*statistics);
    }
}

} // namespace pagesight
