#pragma once

#include "ApiRequest.h"
#include "TokenProvider.h"
#include "common/AsyncCondition.h"
#include "common/Clock.h"
#include "common/Errors.h"
#include "common/LinkedInDefaults.h"

#include <QCoro/QCoroTask>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace pagesight {

struct ClientOptions {
    QUrl apiBase = QUrl(QString::fromLatin1(linkedin::kApiBase));
    QString apiVersion = QString::fromLatin1(linkedin::kApiVersion);
    // After a 426 for apiVersion: try the newest month not in the future, then each month back (at
    // most kVersionProbeMonths), and keep the first one LinkedIn accepts. Off: a pinned version.
    bool followCurrentVersion = true;
    int maxInFlight = 6;                  // requests on the wire at once
    int timeoutMs = 30000;                // no byte for this long → Timeout
    int deadlineMs = 60000;               // a request not finished this long after it was sent → Timeout (a trickle)
    qint64 maxResponseBytes = 64LL << 20; // a larger answer is not read: TooLarge
    int maxAttempts = 5;     // per request, for transient failures (5xx, network, timeout, invalid JSON, 429)
    int backoffBaseMs = 500; // exponential backoff: base·2^n + jitter(0..base)
    int backoffMaxMs = 30000;
    int maxRetryAfterSeconds = 120; // a longer Retry-After ends the request as RateLimited
    // A 429 that names no daily limit and has no Retry-After (LinkedIn's infrastructure
    // protection): backoff from this base, at most rateLimitBudgetMs of waiting per request.
    int rateLimitBackoffBaseMs = 4000;
    int rateLimitBudgetMs = 120000;
    const Clock *clock = nullptr; // "today" for the version search and Retry-After dates; null: the system's

    // A call a person waits for (the wizard's organization lookup): fails in seconds, not minutes.
    static ClientOptions interactive(const QUrl &apiBase, const QString &apiVersion);
};

// The LinkedIn-Version a client moved to after LinkedIn refused the one it was given.
struct VersionChange {
    QString from;
    QString to;
};

struct ApiResponse {
    QJsonObject json;
    ApiError error;
    int attempts = 0;
    bool textRepaired = false; // the body was not valid UTF-8: invalid bytes became U+FFFD
    bool ok() const { return !error.isError(); }
};

// The only code that speaks HTTP to LinkedIn (or the sandbox).
//
//   acquire slot ─► send ─► 2xx + JSON ───────────────────────► ok
//                     │──► 401, refresh possible, not yet tried ─► refresh ─► send again
//                     │──► 3xx (never followed), a body past maxResponseBytes ─► Redirected / TooLarge
//                     │──► 429 daily quota ──────────────────────► QuotaExhausted
//                     │──► 429 / 5xx / network / timeout / bad JSON ─► wait (Retry-After or backoff) ─► send again
//                     └──► other 4xx, 426, attempts used up ─────► ApiError
//
// Lives in one thread (the sync worker's) with the QNetworkAccessManager it is given.
class LinkedInClient : public QObject {
    Q_OBJECT
public:
    LinkedInClient(QNetworkAccessManager *network, TokenProvider *tokens, ClientOptions options = {},
                   QObject *parent = nullptr);

    const ClientOptions &options() const { return m_options; }
    // By value: a coroutine must not keep a reference to a caller's temporary.
    QCoro::Task<ApiResponse> get(ApiRequest request);

    // Set when a 426 moved the client to another LinkedIn-Version (followCurrentVersion).
    std::optional<VersionChange> versionChange() const { return m_versionChange; }
    // The monthly versions tried after a 426, newest first: today's month, then back.
    static QStringList versionCandidates(const QDate &todayUtc, int months = linkedin::kVersionProbeMonths);

    // Aborts everything in flight and makes every pending and later call end as Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    int requestsSent() const { return m_requestsSent; }

    // The URL for a request (exposed for tests): base + "/" + path + "?" + query, query kept as encoded.
    QUrl urlFor(const ApiRequest &request) const;

signals:
    void requestFinished(const QString &path, int httpStatus);
    void apiVersionChanged(const QString &from, const QString &to);
    // Before each wait between tries: Retry-After or backoff, in milliseconds.
    void waitingBeforeRetry(int ms);

private:
    struct Attempt {
        int httpStatus = 0;
        QByteArray body;
        QByteArray retryAfter;
        int networkError = 0;
        bool timedOut = false;
        bool tooLarge = false;
        bool refusedToken = false; // the token could not go into a header: nothing was sent
        QString tokenUsed;
        QString versionUsed;
        QString redirectHost; // a 3xx's Location host, never followed
    };
    QCoro::Task<Attempt> send(ApiRequest request, QString version);
    // After a 426: the same request under the version LinkedIn accepts (searched once per client),
    // or the 426 itself when none is accepted; *sent counts the extra requests.
    QCoro::Task<Attempt> followVersion(ApiRequest request, Attempt refused, int *sent);
    QDateTime nowUtc() const;
    static ApiError errorFor(const Attempt &attempt, const QString &endpoint);
    int backoffMs(int attempt) const;
    QCoro::Task<> wait(int ms);
    void announceWait(const ApiRequest &request, int ms, int httpStatus); // request.onRetryWait

public:
    // What the callbacks of a request or a wait share with it (LinkedInClient.cpp).
    struct ReplyWatch {
        bool deadlineHit = false;
        bool tooLarge = false;
    };
    struct Sleep {
        AsyncCondition woken;
        bool fired = false;
        void wake() {
            if (fired)
                return;
            fired = true;
            woken.notifyAll();
        }
    };

private:
    std::vector<std::weak_ptr<Sleep>> m_sleeps; // the waits between tries, for cancel()

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    ClientOptions m_options;
    AsyncCondition m_slotReleased;
    AsyncCondition m_refreshDone;
    bool m_refreshing = false;
    AsyncCondition m_versionSearchDone;
    bool m_versionSearching = false;
    int m_versionsRefused = 0; // > 0: the search found nothing; later 426s are final
    std::optional<VersionChange> m_versionChange;
    int m_inFlight = 0;
    int m_requestsSent = 0;
    bool m_cancelled = false;
    QSet<QNetworkReply *> m_replies;
};

// Reads LinkedIn's error body ({"status","serviceErrorCode","code","message"}) into an ApiError.
void fillFromErrorBody(ApiError &error, const QByteArray &body);
// "5" or an HTTP date → seconds from now; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace pagesight
