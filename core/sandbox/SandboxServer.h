#pragma once

#include "FaultSpec.h"
#include "SandboxData.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QTcpServer;

namespace pagesight::sandbox {

struct ServerOptions {
    int latencyMs = 0;
    QString accessToken = QStringLiteral("sandbox-access-token");
    QString refreshToken = QStringLiteral("sandbox-refresh-token");
    QString clientId = QStringLiteral("sandbox-client-id");
    QString clientSecret = QStringLiteral("sandbox-client-secret");
    QStringList activeVersions; // empty = any YYYYMM from 202401 up to the sandbox's month is active
    QStringList sunsetVersions; // answered 426 NONEXISTENT_VERSION even where activeVersions allows them
    int maxPostsCount = 100;
    // Posts pages shorter than count in the middle of the listing, with a next link and total, as
    // a live page did (asked for 10 at start 20: 8 posts, next at 28).
    bool shortPostsPages = false;
    // Per-post statistics answer every third post asked for under its other URN form
    // (urn:li:ugcPost:N for urn:li:share:N, or the reverse).
    bool statisticsInOtherUrnForm = false;
    // Time-bound statistics also carry rows nobody asked for: a day of 2016 (as a replay stored for
    // a November 2026 request), a day before 2003, one in the future and one that is not a whole day.
    bool strayDailyRows = false;
    int trickleIntervalMs = 2000;      // the trickle fault: one byte of the answer per interval
    qint64 hugeBodyBytes = 70LL << 20; // the huge fault's body: 70 MB, past any client's cap
    int retryAfterSeconds = 1;         // the 429ra fault's Retry-After
    // Redirect URLs registered for the OAuth app, compared without their query as LinkedIn does;
    // empty = any loopback http(s) URL (127.0.0.1, localhost, [::1]) on any port.
    QStringList redirectUris;
    // Where the standardized-data resources (seniorities, functions, industryTaxonomyVersions, geo)
    // answer: "/v2" as LinkedIn documents them, "/rest" as some clients call them (with the /rest
    // checks), or both. Whether LinkedIn serves them under /rest is UNCONFIRMED; tests switch this
    // to prove the client copes with either.
    QStringList standardizedDataBases = {QStringLiteral("/v2")};
};

struct RecordedRequest {
    QString method;
    QString path;  // "/rest/posts"
    QString query; // raw, still encoded; never contains a token
    int status = 0;
    bool hadBearer = false;
    QString apiVersion;
    QString restliProtocol;
    QString fault; // the fault injected ("429ra", "drop"…), empty when none
};

// A loopback HTTP/1.1 server that answers like LinkedIn's /rest API and OAuth endpoints, with
// faults on demand. Written on QTcpServer (not QHttpServer) so that it can drop a connection
// mid-body, truncate JSON or never answer.
//
// Every /rest call is checked as LinkedIn does, in this order: the Bearer token (401), the
// LinkedIn-Version header (400 missing or malformed, 426 NONEXISTENT_VERSION when not active),
// the resource (404), X-Restli-Protocol-Version: 2.0.0 (400; networkSizes accepts calls without
// it), then the finder's own parameters (400/403). Query tunneling (POST with
// X-HTTP-Method-Override: GET and the query in a form body) is accepted.
//
// Faults (FaultSpec) are decided when a request arrives: /rest calls consult every fault, other
// paths only faults that name a path. Error faults replace the answer (the route does not run);
// truncate and drop mangle the real answer; hang keeps the request unanswered forever.
// Latency is a timer per response, so concurrent requests overlap. Requests are recorded on
// arrival (status 0 for a hang); requestServed is emitted when the answer is handed to the socket.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(const GeneratorOptions &data = {}, const ServerOptions &options = {},
                           QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    QUrl baseUrl() const;      // http://127.0.0.1:PORT
    QUrl apiBaseUrl() const;   // http://127.0.0.1:PORT/rest
    QUrl oauthBaseUrl() const; // http://127.0.0.1:PORT/oauth/v2

    SandboxData &data() { return m_data; }
    ServerOptions &options() { return m_options; }
    void setFaults(const FaultSpec &faults);
    FaultSpec &faults() { return m_faults; }

    // Every request served, in order.
    QList<RecordedRequest> requests() const { return m_requests; }
    // Requests whose path starts with pathPrefix ("/rest/posts"); a prefix without a leading '/'
    // names a resource under /rest ("posts"). Empty: all requests.
    int requestCount(const QString &pathPrefix = {}) const;
    void clearRequests() { m_requests.clear(); }
    // The most requests that had arrived and were not yet answered at one moment (latency makes
    // them overlap; a hang stays unanswered).
    int peakPending() const { return m_peakPending; }

    // Invalidate the current access token (the next call with it gets 401); a refresh issues a new one.
    void expireAccessToken();
    bool isListening() const;
    void close(); // stops listening and drops every connection

signals:
    void requestServed(const QString &path, int status);

private:
    // implementation detail: connection handling, routing, fault injection
    class Private;
    Private *d = nullptr;
    SandboxData m_data;
    ServerOptions m_options;
    FaultSpec m_faults;
    QList<RecordedRequest> m_requests;
    int m_pending = 0;
    int m_peakPending = 0;
    friend class Private;
};

} // namespace pagesight::sandbox
