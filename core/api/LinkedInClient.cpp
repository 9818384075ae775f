#include "LinkedInClient.h"

#include "common/AccessToken.h"
#include "common/Log.h"

#include <QCoro/QCoroNetworkReply>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

#include <chrono>

namespace pagesight {

namespace {

bool isDailyQuota(const QByteArray &body) {
    // LinkedIn's quota bodies name the period: "... APPLICATION DAY limit ..." / "MEMBER DAY limit".
    return body.contains(" DAY limit") || body.contains("daily");
}

QString endpointOf(const ApiRequest &request) {
    return request.path.section(QLatin1Char('/'), 0, 0);
}

} // namespace

void fillFromErrorBody(ApiError &error, const QByteArray &body) {
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (json.isEmpty())
        return;
    error.serviceErrorCode = json.value(QLatin1String("serviceErrorCode")).toInt();
    error.code = json.value(QLatin1String("code")).toString();
    error.serverMessage = json.value(QLatin1String("message")).toString().left(500);
}

int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds;
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(trimmed).replace(QLatin1String(" GMT"), QString()),
                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(qMax<qint64>(0, nowUtc.secsTo(utc)));
}

LinkedInClient::LinkedInClient(QNetworkAccessManager *network, TokenProvider *tokens, ClientOptions options,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_options(std::move(options)) {}

QUrl LinkedInClient::urlFor(const ApiRequest &request) const {
    QString base = m_options.apiBase.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString text = base + QLatin1Char('/') + request.path;
    if (!request.query.isEmpty())
        text += QLatin1Char('?') + request.query;
    // The query is already Rest.li-encoded: TolerantMode would re-encode nothing we wrote, but
    // StrictMode keeps "(", ")", ":" and "," exactly as they are.
    return QUrl::fromEncoded(text.toLatin1(), QUrl::StrictMode);
}

ClientOptions ClientOptions::interactive(const QUrl &apiBase, const QString &apiVersion) {
    ClientOptions options;
    options.apiBase = apiBase;
    options.apiVersion = apiVersion;
    options.maxInFlight = 4;
    options.timeoutMs = 15000;
    options.maxAttempts = 2;
    options.backoffBaseMs = 300;
    options.backoffMaxMs = 1000;
    options.maxRetryAfterSeconds = 2;
    return options;
}

void LinkedInClient::cancel() {
    m_cancelled = true;
    const auto replies = m_replies;
    for (QNetworkReply *reply : replies)
        reply->abort();
    // Everything that waits sees the cancellation now: for a slot, a refresh, a version search, or
    // the time between two tries.
    m_slotReleased.notifyAll();
    m_refreshDone.notifyAll();
    m_versionSearchDone.notifyAll();
    const auto sleeps = m_sleeps;
    for (const std::weak_ptr<Sleep> &sleep : sleeps)
        if (const std::shared_ptr<Sleep> alive = sleep.lock())
            alive->wake();
}

int LinkedInClient::backoffMs(int attempt) const {
    const qint64 exponential = qint64(m_options.backoffBaseMs) << qMin(attempt, 16);
    const int jitter =
        m_options.backoffBaseMs > 0 ? int(QRandomGenerator::global()->bounded(m_options.backoffBaseMs)) : 0;
    return int(qMin<qint64>(exponential + jitter, m_options.backoffMaxMs));
}

// The callbacks a coroutine arms live outside it (here), sharing their state through the heap:
// they may run after the coroutine's frame is gone, and clang-tidy 16 mistakes a lambda written
// inside a coroutine for a coroutine itself.
namespace {

std::shared_ptr<LinkedInClient::Sleep> armSleep(QObject *context, int ms) {
    auto sleep = std::make_shared<LinkedInClient::Sleep>();
    QTimer::singleShot(ms, context, [sleep] { sleep->wake(); });
    return sleep;
}

bool isOver(const std::weak_ptr<LinkedInClient::Sleep> &sleep) {
    return sleep.expired() || sleep.lock()->fired;
}

// A total deadline besides the idle timeout (a reply trickling a byte at a time is never idle),
// and a cap on the size, so neither time nor memory is at the server's mercy. Both live only as
// long as the reply.
std::shared_ptr<LinkedInClient::ReplyWatch> watchReply(QNetworkReply *reply, int deadlineMs, qint64 cap) {
    auto watch = std::make_shared<LinkedInClient::ReplyWatch>();
    QTimer::singleShot(deadlineMs, reply, [reply, watch] {
        watch->deadlineHit = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, cap, watch](qint64 received, qint64 total) {
                         if (!watch->tooLarge && (received > cap || total > cap)) {
                             watch->tooLarge = true;
                             reply->abort();
                         }
                     });
    return watch;
}

} // namespace

void LinkedInClient::announceWait(const ApiRequest &request, int ms, int httpStatus) {
    if (request.onRetryWait && ms > 0 && !m_cancelled)
        request.onRetryWait(ms, httpStatus);
}

// A wait between tries that cancel() cuts short: a 2-minute Retry-After must not hold a cancelled run.
QCoro::Task<> LinkedInClient::wait(int ms) {
    if (ms <= 0 || m_cancelled)
        co_return;
    emit waitingBeforeRetry(ms);
    const std::shared_ptr<Sleep> sleep = armSleep(this, ms);
    m_sleeps.push_back(sleep);
    co_await sleep->woken.wait();
    std::erase_if(m_sleeps, isOver);
}

QDateTime LinkedInClient::nowUtc() const {
    return m_options.clock ? m_options.clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

QStringList LinkedInClient::versionCandidates(const QDate &todayUtc, int months) {
    QStringList versions;
    const QDate first(todayUtc.year(), todayUtc.month(), 1);
    for (int back = 0; back < months; ++back)
        versions.append(first.addMonths(-back).toString(QStringLiteral("yyyyMM")));
    return versions;
}

QCoro::Task<LinkedInClient::Attempt> LinkedInClient::followVersion(ApiRequest request, Attempt refused, int *sent) {
    // Another request moved the client on while this one was on the wire: use what it found.
    if (refused.versionUsed != m_options.apiVersion) {
        ++*sent;
        co_return co_await send(request, m_options.apiVersion);
    }
    if (m_versionSearching) {
        co_await m_versionSearchDone.wait();
        if (m_versionsRefused > 0 || m_cancelled)
            co_return refused;
        ++*sent;
        co_return co_await send(request, m_options.apiVersion);
    }
    if (m_versionsRefused > 0)
        co_return refused;

    m_versionSearching = true;
    const QString from = m_options.apiVersion;
    Attempt outcome = refused;
    bool found = false;
    int tried = 0;
    for (const QString &candidate : versionCandidates(nowUtc().date())) {
        if (candidate == from || m_cancelled)
            continue;
        ++tried;
        ++*sent;
        Attempt attempt = co_await send(request, candidate);
        if (m_cancelled)
            break;
        // Only an answer that LinkedIn could give to a version it knows proves the version: a 2xx,
        // or a 4xx about the request itself. A network error, a 5xx, a 429 or a 401 proves nothing:
        // the search stops there and the version stays as it was.
        const int status = attempt.httpStatus;
        const bool cutOff = status >= 200 && status < 300 && attempt.networkError != 0; // dropped mid-body
        const bool inconclusive = status == 0 || status >= 500 || status == 429 || status == 401 || cutOff;
        if (inconclusive) {
            outcome = attempt;
            break;
        }
        if (status != 426) {
            qCInfo(lcApi).noquote() << "LinkedIn-Version" << from << "is no longer served; using" << candidate;
            m_options.apiVersion = candidate;
            m_versionChange = VersionChange{from, candidate};
            outcome = attempt;
            found = true;
            break;
        }
    }
    if (!found && !m_cancelled && outcome.httpStatus == 426) {
        qCWarning(lcApi).noquote() << "LinkedIn-Version" << from << "refused, and" << tried << "other versions too";
        m_versionsRefused = qMax(1, tried);
    }
    m_versionSearching = false;
    m_versionSearchDone.notifyAll();
    if (found)
        emit apiVersionChanged(from, m_options.apiVersion);
    co_return outcome;
}

QCoro::Task<LinkedInClient::Attempt> LinkedInClient::send(ApiRequest request, QString version) {
    while (m_inFlight >= m_options.maxInFlight && !m_cancelled)
        co_await m_slotReleased.wait();
    Attempt attempt;
    if (m_cancelled)
        co_return attempt;

    QNetworkRequest networkRequest(urlFor(request));
    attempt.tokenUsed = m_tokens->accessToken();
    attempt.versionUsed = version;
    if (!isUsableAccessToken(attempt.tokenUsed)) { // never a CR/LF or a space into a header
        attempt.refusedToken = true;
        co_return attempt;
    }
    networkRequest.setRawHeader("Authorization", "Bearer " + attempt.tokenUsed.toUtf8());
    networkRequest.setRawHeader("LinkedIn-Version", version.toLatin1());
    networkRequest.setRawHeader("X-Restli-Protocol-Version", "2.0.0");
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setTransferTimeout(m_options.timeoutMs);
    // LinkedIn's REST API does not redirect: a 3xx is an answer, and the token never follows it.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    ++m_inFlight;
    ++m_requestsSent;
    QNetworkReply *reply = m_network->get(networkRequest);
    m_replies.insert(reply);
    const std::shared_ptr<ReplyWatch> watch = watchReply(reply, m_options.deadlineMs, m_options.maxResponseBytes);
    co_await reply;
    attempt.tooLarge = watch->tooLarge;
    const bool deadlineHit = watch->deadlineHit;
    m_replies.remove(reply);
    --m_inFlight;

    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen() && !attempt.tooLarge)
        attempt.body = reply->readAll();
    if (attempt.httpStatus >= 300 && attempt.httpStatus < 400)
        attempt.redirectHost = reply->header(QNetworkRequest::LocationHeader).toUrl().host();
    attempt.retryAfter = reply->rawHeader("Retry-After");
    attempt.networkError = reply->error();
    // An abort we did not ask for is the transfer timeout firing.
    attempt.timedOut = !m_cancelled && !attempt.tooLarge &&
                       (deadlineHit || reply->error() == QNetworkReply::OperationCanceledError ||
                        reply->error() == QNetworkReply::TimeoutError);
    // A body shorter than its Content-Length means the connection dropped mid-body.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (attempt.httpStatus != 0 && reply->error() == QNetworkReply::NoError && length.isValid() &&
        length.toLongLong() > attempt.body.size())
        attempt.networkError = QNetworkReply::RemoteHostClosedError;
    reply->deleteLater();
    m_slotReleased.notifyAll();
    emit requestFinished(request.path, attempt.httpStatus);
    co_return attempt;
}

ApiError LinkedInClient::errorFor(const Attempt &attempt, const QString &endpoint) {
    ApiError error;
    error.endpoint = endpoint;
    error.httpStatus = attempt.httpStatus;
    if (attempt.refusedToken) {
        error.kind = ApiError::Kind::Unauthorized;
        return error;
    }
    if (attempt.tooLarge) {
        error.kind = ApiError::Kind::TooLarge;
        return error;
    }
    if (attempt.timedOut) {
        error.kind = ApiError::Kind::Timeout;
        return error;
    }
    if (attempt.httpStatus >= 300 && attempt.httpStatus < 400) {
        error.kind = ApiError::Kind::Redirected;
        error.redirectHost = attempt.redirectHost;
        return error;
    }
    if (attempt.httpStatus == 0 ||
        (attempt.networkError != QNetworkReply::NoError && attempt.httpStatus >= 200 && attempt.httpStatus < 300)) {
        error.kind = ApiError::Kind::Network;
        return error;
    }
    fillFromErrorBody(error, attempt.body);
    const int status = attempt.httpStatus;
    if (status == 401)
        error.kind = ApiError::Kind::Unauthorized;
    else if (status == 403)
        error.kind = ApiError::Kind::Forbidden;
    else if (status == 404)
        error.kind = ApiError::Kind::NotFound;
    else if (status == 426)
        error.kind = ApiError::Kind::VersionInactive;
    else if (status == 429)
        error.kind = isDailyQuota(attempt.body) ? ApiError::Kind::QuotaExhausted : ApiError::Kind::RateLimited;
    else if (status >= 500)
        error.kind = ApiError::Kind::Server;
    else if (status >= 400)
        error.kind = ApiError::Kind::BadRequest;
    return error;
}

QCoro::Task<ApiResponse> LinkedInClient::get(ApiRequest request) {
    ApiResponse response;
    const QString endpoint = endpointOf(request);
    bool refreshed = false;
    int rateLimitWaitedMs = 0;
    int extraSends = 0; // version search requests
    for (int attempt = 0; attempt < m_options.maxAttempts; ++attempt) {
        if (m_cancelled)
            break;
        response.attempts = attempt + 1 + extraSends;
        Attempt result = co_await send(request, m_options.apiVersion);
        if (!m_cancelled && result.httpStatus == 426 && m_options.followCurrentVersion) {
            result = co_await followVersion(request, result, &extraSends);
            response.attempts = attempt + 1 + extraSends;
        }
        if (m_cancelled)
            break;

        if (result.httpStatus >= 200 && result.httpStatus < 300 && result.networkError == 0 && !result.tooLarge &&
            !result.timedOut) {
            QJsonParseError parseError;
            QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
            if (parseError.error == QJsonParseError::IllegalUTF8String) {
                // One post with broken text must not cost the page: keep what decodes, replace the
                // invalid bytes with U+FFFD, and say so.
                const QByteArray repaired = QString::fromUtf8(result.body).toUtf8();
                document = QJsonDocument::fromJson(repaired, &parseError);
                response.textRepaired = parseError.error == QJsonParseError::NoError;
                if (response.textRepaired)
                    qCWarning(lcApi) << "invalid UTF-8 from" << endpoint << "replaced with U+FFFD";
            }
            if (parseError.error == QJsonParseError::NoError && document.isObject()) {
                response.json = document.object();
                response.error = {};
                co_return response;
            }
            response.error = {};
            response.error.kind = ApiError::Kind::InvalidResponse;
            response.error.endpoint = endpoint;
            response.error.httpStatus = result.httpStatus;
            qCWarning(lcApi) << "unreadable JSON from" << endpoint << "attempt" << attempt + 1;
            const int waitMs = backoffMs(attempt);
            announceWait(request, waitMs, result.httpStatus);
            co_await wait(waitMs);
            continue;
        }

        response.error = errorFor(result, endpoint);
        response.error.apiVersion = result.versionUsed;
        if (response.error.kind == ApiError::Kind::VersionInactive && m_options.followCurrentVersion)
            response.error.versionsTried = qMax(1, m_versionsRefused);
        qCInfo(lcApi) << endpoint << "failed: HTTP" << result.httpStatus << "attempt" << attempt + 1;
        switch (response.error.kind) {
        case ApiError::Kind::Unauthorized:
            if (!refreshed && m_tokens->canRefresh()) {
                refreshed = true;
                --attempt; // the refresh is not a failed attempt
                // Concurrent requests share one refresh: a request that was sent with an older
                // token, or that arrives while a refresh runs, just waits and tries again.
                if (m_tokens->accessToken() != result.tokenUsed)
                    continue;
                if (m_refreshing) {
                    co_await m_refreshDone.wait();
                    continue;
                }
                qCInfo(lcApi) << "access token rejected; refreshing it once";
                m_refreshing = true;
                const bool ok = co_await m_tokens->refresh();
                m_refreshing = false;
                m_refreshDone.notifyAll();
                if (ok)
                    continue;
                ++attempt;
            }
            co_return response;
        case ApiError::Kind::RateLimited: {
            const int retryAfter = parseRetryAfter(result.retryAfter, nowUtc());
            if (retryAfter > m_options.maxRetryAfterSeconds)
                co_return response;
            if (retryAfter >= 0) {
                announceWait(request, retryAfter * 1000, result.httpStatus);
                co_await wait(retryAfter * 1000);
                continue;
            }
            // No Retry-After and no daily limit named: LinkedIn's infrastructure protection. Back
            // off longer than for a server error, within a budget per request.
            const qint64 exponential = qint64(m_options.rateLimitBackoffBaseMs) << qMin(attempt, 16);
            const int waitMs = int(qMin<qint64>(exponential, m_options.rateLimitBudgetMs - rateLimitWaitedMs));
            if (waitMs <= 0 || attempt + 1 >= m_options.maxAttempts)
                co_return response;
            rateLimitWaitedMs += waitMs;
            announceWait(request, waitMs, result.httpStatus);
            co_await wait(waitMs);
            continue;
        }
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Server: {
            const int waitMs = backoffMs(attempt);
            announceWait(request, waitMs, result.httpStatus);
            co_await wait(waitMs);
            continue;
        }
        default:
            co_return response; // 400, 403, 404, 426, quota: retrying cannot help
        }
    }
    if (m_cancelled) {
        response.error = {};
        response.error.kind = ApiError::Kind::Cancelled;
        response.error.endpoint = endpoint;
    }
    co_return response;
}

} // namespace pagesight
