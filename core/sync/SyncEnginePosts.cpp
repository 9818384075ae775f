// SyncEngine, its posts half: the posts stream and its child, post statistics: posts are paged newest-modified first
// while statistics workers fetch per-post lifetime statistics in batches as soon as a batch of posts is known, so the
// batches overlap the (sequential) paging.
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

// Where the posts listings stand. A run lists organic posts (isDsc=false), then dark ones
// (isDsc=true). Each listing is complete up to a modification time ("until"), and each may have
// been interrupted part way, with its own resume point, so that a run killed during one listing
// does not lose where the other stopped. Stored as JSON; a bookmark written before dark posts
// were listed reads as an organic one.
struct PostsBookmark {
    struct Listing {
        qint64 until = 0;   // complete up to this modification time; 0 = never listed
        int nextStart = -1; // >= 0: interrupted, resume here
        qint64 cutoff = 0;  // the interrupted listing's cutoff
        qint64 maxSeen = 0; // and its newest modification time
    };
    Listing organic, dark;

    Listing &of(bool isDark) { return isDark ? dark : organic; }

    static PostsBookmark parse(const std::optional<QString> &text) {
        PostsBookmark bookmark;
        if (!text)
            return bookmark;
        const QJsonObject json = QJsonDocument::fromJson(text->toUtf8()).object();
        const auto read = [&json](const char *prefix, Listing &listing) {
            const QString p = QLatin1String(prefix);
            listing.until = json.value(p + QStringLiteral("last_modified_at")).toInteger();
            listing.nextStart = json.value(p + QStringLiteral("next_start")).toInt(-1);
            listing.cutoff = json.value(p + QStringLiteral("cutoff")).toInteger();
            listing.maxSeen = json.value(p + QStringLiteral("max_last_modified_at")).toInteger();
        };
        read("", bookmark.organic);
        read("dsc_", bookmark.dark);
        // Written between 0.1 and this form: one resume point, named by "listing".
        if (json.value(QLatin1String("listing")).toString() == QLatin1String("dsc")) {
            bookmark.dark.nextStart = bookmark.organic.nextStart;
            bookmark.dark.cutoff = bookmark.organic.cutoff;
            bookmark.dark.maxSeen = bookmark.organic.maxSeen;
            bookmark.organic.nextStart = -1;
        }
        return bookmark;
    }
    QString toText() const {
        QJsonObject json;
        const auto write = [&json](const char *prefix, const Listing &listing) {
            const QString p = QLatin1String(prefix);
            json.insert(p + QStringLiteral("last_modified_at"), listing.until);
            if (listing.nextStart < 0)
                return;
            json.insert(p + QStringLiteral("next_start"), listing.nextStart);
            json.insert(p + QStringLiteral("cutoff"), listing.cutoff);
            json.insert(p + QStringLiteral("max_last_modified_at"), listing.maxSeen);
        };
        write("", organic);
        write("dsc_", dark);
        return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
};

// Where a listing starts and what it trusts, from its part of the bookmark.
struct ListingStart {
    int start = 0;
    qint64 cutoff = 0; // posts modified before it are unchanged since the last complete listing
    qint64 maxSeen = 0;
};

ListingStart startOf(PostsBookmark::Listing &mark, qint64 trustedUntil, qint64 lookbackMs, int pageSize) {
    // Times more than a day ahead (a post "modified in 3000" an older release trusted) are not
    // bookmarks: such a listing starts from the top.
    if (mark.until > trustedUntil || mark.cutoff > trustedUntil || mark.maxSeen > trustedUntil)
        mark = {};
    // LinkedIn revises recent items, hence the lookback.
    ListingStart start{0, mark.until > 0 ? mark.until - lookbackMs : 0, mark.until};
    if (mark.nextStart >= 0) { // resume where it stopped, one page early in case posts shifted
        start.start = qMax(0, mark.nextStart - pageSize);
        start.cutoff = mark.cutoff;
        start.maxSeen = qMax(start.maxSeen, mark.maxSeen);
    }
    return start;
}

bool isUgcPost(const QString &urn) {
    return urn.startsWith(QLatin1String("urn:li:ugcPost:"));
}
} // namespace

// One listing of posts (organic or dark) as it runs.
struct SyncEngine::PostsListing {
    bool dark = false;
    int start = 0;     // the first page asked for
    qint64 cutoff = 0; // posts modified before it are unchanged since the last complete listing
    qint64 maxSeen = 0;
    bool complete = false;
    PostsBookmark *bookmark = nullptr; // both listings' state, written with every page
};

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
    const bool previousComplete =
        statisticsBookmarkFrom(
            m_catalog->bookmark(m_context.organizationUrn, statistics.def->id, statistics.selection.tableName)
                .value_or(QString())) == StatisticsBookmark::Complete;
    const bool all = statistics.syncType == SyncType::FullTable || !previousComplete;
    const qint64 since =
        all ? QDateTime(m_source.startDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
            : qMax(QDateTime(m_source.startDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                   QDateTime(m_clock->todayUtc().addDays(-m_source.postStatisticsRefreshDays), QTime(0, 0), Qt::UTC)
                       .toMSecsSinceEpoch());
    return m_catalog->postsPublishedSince(posts.selection.tableName, m_context.organizationUrn, since);
}

QCoro::Task<> SyncEngine::statsWorker(StreamRun *streamRun, PostsState *shared) {
    StreamRun &statistics = *streamRun;
    PostsState &state = *shared;
    const bool staged = statistics.syncType == SyncType::FullTable;
    while (!m_cancel.isCancelled() && !statistics.failed()) {
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
            const ApiResponse response = co_await fetch(&statistics, request);
            if (!response.ok() ||
                !checkShape(statistics, response, QStringLiteral("organizationalEntityShareStatistics")))
                co_return;
            if (response.textRepaired)
                ++statistics.warnings.repairedAnswers;
            int dropped = 0;
            const QList<Row> rows =
                parsePostStatistics(*statistics.def, response.json, contextFor(statistics), batch, &dropped);
            if (dropped > 0)
                qCWarning(lcSync) << "dropped" << dropped << "post statistics for posts or organizations not asked for";
            write(statistics, rows, std::nullopt, staged);
        }
    }
}

// Pages one listing. LinkedIn's pages may be short in the middle of a listing (readPostsPage); a
// listing is never endless: a page that brings no post not already seen in it, or more pages than
// paging.total allows (or maxPostsPages without a total), ends it with an error, keeping what was
// committed.
QCoro::Task<> SyncEngine::listPosts(StreamRun *streamRun, PostsListing *current, PostsState *shared) {
    StreamRun &posts = *streamRun;
    PostsListing &listing = *current;
    PostsState &state = *shared;
    const bool incremental = posts.syncType == SyncType::Incremental;
    const bool staged = !incremental;
    const int pageSize = m_options.postsPageSize;
    const qint64 startDateMs = QDateTime(m_source.startDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QString &organization = m_context.organizationUrn;
    const ParseContext context = contextFor(posts);
    // A post modified "in the year 3000" must not become the bookmark, or no later change would
    // ever be listed again: times more than a day ahead are stored as they are but not trusted.
    const qint64 trustedUntil = m_clock->nowUtc().toMSecsSinceEpoch() + msPerDay;
    QSet<QString> seen;
    int pages = 0;
    bool sorted = true; // newest-modified first, as LinkedIn lists; if not, never stop early
    qint64 previous = std::numeric_limits<qint64>::max();
    int start = listing.start;
    // The next page is requested as soon as a page arrives, before this one is parsed and written,
    // so the (sequential) paging never waits for local work.
    std::optional<QCoro::Task<ApiResponse>> pending =
        fetch(&posts, postsPageRequest(organization, start, pageSize, listing.dark));
    while (pending) {
        const ApiResponse response = co_await *pending;
        pending.reset();
        if (!response.ok() || m_cancel.isCancelled())
            break;
        ++pages;
        if (response.textRepaired)
            ++posts.warnings.repairedAnswers;
        const PostsPage page = readPostsPage(response.json, start);
        if (!page.wellFormed) {
            posts.apiError = ApiError{ApiError::Kind::InvalidResponse};
            posts.apiError.endpoint = QStringLiteral("posts");
            break;
        }
        int fresh = 0, withId = 0;
        for (const QJsonValue &value : page.elements) {
            const QJsonObject element = value.toObject();
            if (const std::optional<qint64> modified = readEpochMs(element.value(QLatin1String("lastModifiedAt")))) {
                sorted = sorted && *modified <= previous;
                previous = *modified;
                if (*modified <= trustedUntil)
                    listing.maxSeen = qMax(listing.maxSeen, *modified);
            }
            const QString id = element.value(QLatin1String("id")).toString();
            withId += id.isEmpty() ? 0 : 1;
            if (!id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                ++fresh;
            }
        }
        // Sorted newest-modified first, a page ending before the cutoff means the rest is unchanged.
        const bool reachedCutoff =
            incremental && listing.cutoff > 0 && sorted && !page.elements.isEmpty() && previous < listing.cutoff;
        std::optional<int> next = reachedCutoff ? std::nullopt : page.nextStart;
        const qint64 cap = page.total > 0 ? 2 * ((page.total + pageSize - 1) / pageSize) + 10 : m_options.maxPostsPages;
        // Posts without an id prove nothing either way; a page of known ids proves a loop.
        const bool endless = next && ((withId > 0 && fresh == 0) || pages >= cap);
        if (endless) {
            qCWarning(lcSync) << "posts listing stopped after" << pages << "pages:" << fresh << "new posts on the last";
            posts.apiError = ApiError{ApiError::Kind::EndlessPaging};
            posts.apiError.endpoint = QStringLiteral("posts");
            next.reset();
        }
        if (next)
            pending = fetch(&posts, postsPageRequest(organization, *next, pageSize, listing.dark));
        if (next && page.total > *next)
            posts.progress.requestsPlanned =
                qMax(posts.progress.requestsPlanned,
                     posts.progress.requestsDone + posts.inFlight +
                         int(qMin<qint64>(cap, (page.total - *next + pageSize - 1) / pageSize)));

        PostsToStore kept =
            postsToStore(*posts.def, page.elements, context, organization,
                         incremental ? std::optional<qint64>(listing.cutoff) : std::nullopt, startDateMs, listing.dark);
        posts.warnings.foreignPosts += kept.foreign;
        for (const QString &id : std::as_const(kept.ids))
            state.enqueue(id);
        QList<Row> &rows = kept.rows;
        const bool done = !next && !endless;
        start = next.value_or(int(qMin<qint64>(std::numeric_limits<int>::max(), qint64(start) + page.elements.size())));
        PostsBookmark::Listing &mark = listing.bookmark->of(listing.dark);
        mark.nextStart = done ? -1 : start;
        mark.cutoff = listing.cutoff;
        mark.maxSeen = listing.maxSeen;
        if (done)
            mark.until = listing.maxSeen;
        const std::optional<Bookmark> bookmark =
            incremental ? std::optional<Bookmark>(makeBookmark(posts, listing.bookmark->toText())) : std::nullopt;
        if (!write(posts, rows, bookmark, staged)) {
            if (pending) // never leave a request running without its awaiter
                co_await *pending;
            break;
        }
        m_statsQueueChanged.notifyAll();
        listing.complete = done;
        if (endless)
            break;
    }
    if (posts.warnings.foreignPosts > 0)
        qCWarning(lcSync) << posts.warnings.foreignPosts << "posts by another author were not stored";
}

QCoro::Task<> SyncEngine::runPosts(StreamRun *streamRun, StreamRun *statistics) {
    StreamRun &posts = *streamRun;
    emitProgress(posts, RunStatus::Running);
    const bool incremental = posts.syncType == SyncType::Incremental;
    const bool staged = !incremental;
    PostsBookmark bookmark = incremental ? PostsBookmark::parse(m_catalog->bookmark(
                                               m_context.organizationUrn, posts.def->id, posts.selection.tableName))
                                         : PostsBookmark{};
    const qint64 trustedUntil = m_clock->nowUtc().toMSecsSinceEpoch() + msPerDay;
    PostsListing organic, dark;
    for (PostsListing *listing : {&organic, &dark}) {
        listing->dark = listing == &dark;
        listing->bookmark = &bookmark;
        const ListingStart start = startOf(bookmark.of(listing->dark), trustedUntil, m_source.lookbackDays * msPerDay,
                                           m_options.postsPageSize);
        listing->start = start.start;
        listing->cutoff = start.cutoff;
        listing->maxSeen = start.maxSeen;
    }

    PostsState state;
    std::vector<QCoro::Task<>> workers;
    if (statistics) {
        emitProgress(*statistics, RunStatus::Running);
        for (const QString &urn : knownPostsForStatistics(posts, *statistics))
            state.enqueue(urn);
        if (statistics->syncType == SyncType::Incremental) // until this run's batches are all in
            write(*statistics, {}, makeBookmark(*statistics, QStringLiteral("incomplete")), false);
        for (int i = 0; i < m_options.statsWorkers; ++i)
            workers.push_back(statsWorker(statistics, &state));
    }

    co_await listPosts(&posts, &organic, &state);
    if (organic.complete && !posts.failed() && !m_cancel.isCancelled()) {
        co_await listPosts(&posts, &dark, &state);
        // The organic posts are all in; a dark listing LinkedIn refuses (an app may not read
        // sponsored content) costs only the dark posts: the stream ends partial, not failed.
        if (posts.apiError.isError() && !m_cancel.isCancelled() && posts.apiError.kind != ApiError::Kind::Cancelled) {
            qCWarning(lcSync) << "the dark posts listing failed; the organic posts are kept";
            posts.keepGoingAfter();
        }
    }

    if (staged && organic.complete && dark.complete && !posts.failed() && !m_cancel.isCancelled()) {
        const CatalogError error =
            m_catalog->commitStaging(posts.schema, m_context.organizationUrn, makeBookmark(posts, bookmark.toText()));
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
        // Without the dark posts a replaced table would lose theirs: keep the old one.
        if (!dark.complete && statistics->syncType == SyncType::FullTable && !statistics->failed())
            statistics->partialError = posts.partialError;
        if (!statistics->failed() && !m_cancel.isCancelled()) {
            const Bookmark complete = makeBookmark(*statistics, bookmarkText(StatisticsBookmark::Complete));
            if (statistics->syncType == SyncType::FullTable && statistics->partialError.isError()) {
                // finishStream drops the staging: the previous table stays whole.
            } else if (statistics->syncType == SyncType::FullTable) {
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
