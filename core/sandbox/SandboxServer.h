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
    int maxPostsCount = 100;
};

struct RecordedRequest {
    QString method;
    QString path;  // "/rest/posts"
    QString query; // raw, still encoded; never contains a token
    int status = 0;
    bool hadBearer = false;
    QString apiVersion;
    QString restliProtocol;
};

// A loopback HTTP/1.1 server that answers like LinkedIn's /rest API and OAuth endpoints, with
// faults on demand. Written on QTcpServer (not QHttpServer) so that it can drop a connection
// mid-body, truncate JSON or never answer.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(const GeneratorOptions &data = {}, const ServerOptions &options = {},
                           QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    QUrl baseUrl() const;    // http://127.0.0.1:PORT
    QUrl apiBaseUrl() const; // http://127.0.0.1:PORT/rest
    QUrl oauthBaseUrl() const; // http://127.0.0.1:PORT/oauth/v2

    SandboxData &data() { return m_data; }
    ServerOptions &options() { return m_options; }
    void setFaults(const FaultSpec &faults);
    FaultSpec &faults() { return m_faults; }

    // Every request served, in order.
    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount(const QString &pathPrefix = {}) const;
    void clearRequests() { m_requests.clear(); }

    // Invalidate the current access token (the next call with it gets 401); a refresh issues a new one.
    void expireAccessToken();

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
    friend class Private;
};

} // namespace pagesight::sandbox
