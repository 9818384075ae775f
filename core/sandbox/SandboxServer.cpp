#include "SandboxServer.h"

#include "FaultAnswers.h"
#include "HttpConnection.h"
#include "OAuthServer.h"
#include "RestRoutes.h"
#include "common/Log.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace pagesight::sandbox {

namespace {

struct Route {
    const char *resource;
    HttpResponse (*handler)(const RestCall &);
    bool needsProtocolHeader;
};

// networkSizes is the one resource LinkedIn serves with Rest.li protocol 1.0 (its responses carry
// x-restli-protocol-version: 1.0.0): callers that leave the 2.0.0 header out are answered too.
constexpr Route routes[] = {
    {"organizationalEntityFollowerStatistics", followerStatisticsRoute, true},
    {"organizationPageStatistics", pageStatisticsRoute, true},
    {"organizationalEntityShareStatistics", shareStatisticsRoute, true},
    {"networkSizes", networkSizesRoute, false},
    {"organizations", organizationsRoute, true},
    {"organizationAcls", organizationAclsRoute, true},
    {"posts", postsRoute, true},
};

const QStringList sensitiveParameters = {
    QStringLiteral("oauth2_access_token"), QStringLiteral("access_token"),  QStringLiteral("code"),
    QStringLiteral("client_secret"),       QStringLiteral("refresh_token"), QStringLiteral("code_verifier")};

// The query as received, except that values that are secrets never reach the request log.
QString redactedQuery(const QString &rawQuery) {
    QStringList parts = rawQuery.split(QLatin1Char('&'));
    for (QString &part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals > 0 && sensitiveParameters.contains(percentDecode(part.left(equals))))
            part = part.left(equals + 1) + QStringLiteral("REDACTED");
    }
    return parts.join(QLatin1Char('&'));
}

} // namespace

class SandboxServer::Private {
public:
    explicit Private(SandboxServer *server)
        : q(server)
        , oauth(server->m_data.options().seed) {}
    ~Private() { dropConnections(); }

    void onNewConnection();
    void handle(HttpConnection *connection, const HttpRequest &request);
    HttpResponse answer(const HttpRequest &request);
    HttpResponse restAnswer(const HttpRequest &request);
    HttpResponse v2Answer(const HttpRequest &request);
    std::optional<HttpResponse> checkMethodAndToken(const HttpRequest &request, QString *rawQuery);
    std::optional<HttpResponse> checkVersion(const HttpRequest &request) const;
    void dropConnections();

    SandboxServer *q;
    QTcpServer tcpServer;
    QHostAddress address;
    OAuthServer oauth;
    QList<QPointer<HttpConnection>> connections;
};

void SandboxServer::Private::onNewConnection() {
    while (QTcpSocket *socket = tcpServer.nextPendingConnection()) {
        auto *connection = new HttpConnection(
            socket, [this](HttpConnection *c, const HttpRequest &request) { handle(c, request); }, q);
        QObject::connect(connection, &HttpConnection::closed, connection, &QObject::deleteLater);
        connections.removeAll(nullptr);
        connections.append(connection);
    }
}

void SandboxServer::Private::dropConnections() {
    for (const QPointer<HttpConnection> &connection : std::as_const(connections))
        delete connection.data();
    connections.clear();
}

void SandboxServer::Private::handle(HttpConnection *connection, const HttpRequest &request) {
    RecordedRequest record;
    record.method = QString::fromLatin1(request.method);
    record.path = request.path;
    // A tunneled GET carries its query in the body: that is the query worth recording.
    const bool tunneled = request.method == "POST" && request.header("x-http-method-override").toUpper() == "GET";
    record.query = redactedQuery(tunneled ? QString::fromUtf8(request.body) : request.rawQuery);
    record.hadBearer = request.header("authorization").startsWith("Bearer ");
    record.apiVersion = QString::fromLatin1(request.header("linkedin-version"));
    record.restliProtocol = QString::fromLatin1(request.header("x-restli-protocol-version"));

    const bool isRest =
        request.path.startsWith(QLatin1String("/rest/")) || request.path.startsWith(QLatin1String("/v2/"));
    const std::optional<Fault::Kind> fault =
        isRest ? q->m_faults.next(request.path, record.query) : q->m_faults.nextExplicit(request.path);
    if (fault)
        record.fault = FaultSpec::kindName(*fault);
    q->m_peakPending = qMax(q->m_peakPending, ++q->m_pending);

    if (fault == Fault::Kind::Hang) {
        q->m_requests.append(record);
        qCDebug(lcSandbox).noquote() << record.method << record.path << "-> hang";
        connection->hang();
        return;
    }

    HttpResponse response;
    if (fault && replacesAnswer(*fault)) {
        response = replacementAnswer(*fault, request, q->baseUrl(), q->m_options);
    } else {
        HttpRequest routed = request;
        if (fault)
            routed.rawQuery = rewriteQuery(*fault, request.rawQuery);
        response = answer(routed);
        if (fault && response.status == 200)
            mangle(*fault, response);
    }
    auto delivery = HttpConnection::Delivery::Normal;
    if (fault == Fault::Kind::Drop)
        delivery = HttpConnection::Delivery::Drop;
    else if (fault == Fault::Kind::Trickle)
        delivery = HttpConnection::Delivery::Trickle;
    record.status = response.status;
    q->m_requests.append(record);
    qCDebug(lcSandbox).noquote() << record.method << record.path << "->" << response.status << record.fault;

    const QString path = request.path;
    const int status = response.status;
    auto send = [this, guard = QPointer<HttpConnection>(connection), response, delivery, path, status] {
        --q->m_pending;
        if (!guard)
            return;
        guard->respond(response, delivery, q->m_options.trickleIntervalMs);
        emit q->requestServed(path, status);
    };
    if (q->m_options.latencyMs > 0)
        QTimer::singleShot(q->m_options.latencyMs, connection, send); // never block: requests overlap
    else
        send();
}

HttpResponse SandboxServer::Private::answer(const HttpRequest &request) {
    if (request.path.startsWith(QLatin1String("/rest/")))
        return restAnswer(request);
    if (request.path.startsWith(QLatin1String("/v2/")))
        return v2Answer(request);
    if (request.path == QLatin1String("/oauth/v2/authorization") ||
        request.path == QLatin1String("/oauth/native-pkce/authorization")) {
        if (request.method != "GET")
            return HttpResponse::html(405, QStringLiteral("Method Not Allowed"), QStringLiteral("Use GET"));
        return oauth.authorize(request, q->m_options);
    }
    if (request.path == QLatin1String("/oauth/v2/accessToken"))
        return oauth.token(request, q->m_options);
    if (request.path == QLatin1String("/")) {
        return HttpResponse::html(
            200, QStringLiteral("Pagesight sandbox"),
            QStringLiteral("A simulated LinkedIn API for organization %1. API base %2, OAuth %3.")
                .arg(q->m_data.organizationUrn(), q->apiBaseUrl().toString(), q->oauthBaseUrl().toString()));
    }
    return rest::notFound(QStringLiteral("No virtual resource found for %1").arg(request.path));
}

std::optional<HttpResponse> SandboxServer::Private::checkVersion(const HttpRequest &request) const {
    const QString version = QString::fromLatin1(request.header("linkedin-version"));
    if (version.isEmpty())
        return HttpResponse::linkedInError(
            400,
            QStringLiteral("A version must be present. Please specify a version by adding "
                           "the LinkedIn-Version header."),
            0, QStringLiteral("VERSION_MISSING"));
    static const QRegularExpression pattern(QStringLiteral("^(20[0-9]{2})(0[1-9]|1[0-2])(\\.[0-9]{2})?$"));
    const QRegularExpressionMatch match = pattern.match(version);
    if (!match.hasMatch())
        return HttpResponse::linkedInError(400,
                                           QStringLiteral("Invalid version format %1: LinkedIn-Version must be YYYYMM "
                                                          "or YYYYMM.RR")
                                               .arg(version),
                                           0, QStringLiteral("INVALID_VERSION"));
    const QString month = match.captured(1) + match.captured(2);
    const QStringList &active = q->m_options.activeVersions;
    bool isActive = false;
    if (active.isEmpty()) {
        // Released up to this month: the data's "today" or the real one, whichever is later, so
        // that a fixed test date does not turn Pagesight's next built-in version into a future one.
        const QDate today = std::max(q->m_data.today(), QDateTime::currentDateTimeUtc().date());
        isActive = month.toInt() >= 202401 && month.toInt() <= today.year() * 100 + today.month();
    } else {
        isActive = active.contains(version) || active.contains(month);
    }
    const QStringList &sunset = q->m_options.sunsetVersions;
    if (sunset.contains(version) || sunset.contains(month))
        isActive = false;
    if (!isActive)
        return inactiveVersionAnswer(version);
    return std::nullopt;
}

std::optional<HttpResponse> SandboxServer::Private::checkMethodAndToken(const HttpRequest &request, QString *rawQuery) {
    // Query tunneling: a long query moves into a form body of a POST that says it is a GET.
    *rawQuery = request.rawQuery;
    if (request.method == "POST" && request.header("x-http-method-override").toUpper() == "GET")
        *rawQuery = QString::fromUtf8(request.body);
    else if (request.method != "GET")
        return HttpResponse::linkedInError(
            405, QStringLiteral("Method %1 is not allowed on this resource").arg(QString::fromLatin1(request.method)));

    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.mid(7).trimmed().isEmpty())
        return HttpResponse::linkedInError(401, QStringLiteral("Empty oauth2_access_token"), 401);
    switch (oauth.accessTokenState(QString::fromLatin1(authorization.mid(7).trimmed()), q->m_options)) {
    case OAuthServer::TokenState::Valid:
        break;
    case OAuthServer::TokenState::Expired:
        return expiredTokenAnswer();
    case OAuthServer::TokenState::Unknown:
        return HttpResponse::linkedInError(401, QStringLiteral("Invalid access token"), 65600);
    }
    return std::nullopt;
}

namespace {

// "/rest/posts/urn%3A…" after the base → resource "posts", key "urn%3A…".
std::pair<QString, QString> resourceAndKey(const QString &resourcePath) {
    const qsizetype slash = resourcePath.indexOf(QLatin1Char('/'));
    return {slash < 0 ? resourcePath : resourcePath.left(slash), slash < 0 ? QString() : resourcePath.mid(slash + 1)};
}

} // namespace

// The unversioned /v2 base: only the standardized-data resources (when served there), no
// LinkedIn-Version check; Rest.li 2.0 required as on /rest.
HttpResponse SandboxServer::Private::v2Answer(const HttpRequest &request) {
    QString rawQuery;
    if (auto error = checkMethodAndToken(request, &rawQuery))
        return *error;
    const auto [resource, key] = resourceAndKey(request.path.mid(4)); // after "/v2/"
    if (!isStandardizedDataResource(resource) || !q->m_options.standardizedDataBases.contains(QStringLiteral("/v2")))
        return rest::notFound(QStringLiteral("No virtual resource found for %1").arg(request.path));
    if (request.header("x-restli-protocol-version") != "2.0.0")
        return HttpResponse::linkedInError(
            400, QStringLiteral("This resource requires the header X-Restli-Protocol-Version: 2.0.0"));
    const QueryParams query = QueryParams::parse(rawQuery);
    HttpResponse response = standardizedDataRoute(RestCall{request, query, resource, key, q->m_data, q->m_options});
    response.setHeader("X-RestLi-Protocol-Version", "2.0.0");
    return response;
}

HttpResponse SandboxServer::Private::restAnswer(const HttpRequest &request) {
    QString rawQuery;
    if (auto error = checkMethodAndToken(request, &rawQuery))
        return *error;
    if (auto error = checkVersion(request))
        return *error;

    const auto [resource, key] = resourceAndKey(request.path.mid(6)); // after "/rest/"
    if (isStandardizedDataResource(resource) && q->m_options.standardizedDataBases.contains(QStringLiteral("/rest"))) {
        if (request.header("x-restli-protocol-version") != "2.0.0")
            return HttpResponse::linkedInError(
                400, QStringLiteral("This resource requires the header X-Restli-Protocol-Version: 2.0.0"));
        const QueryParams query = QueryParams::parse(rawQuery);
        HttpResponse response = standardizedDataRoute(RestCall{request, query, resource, key, q->m_data, q->m_options});
        response.setHeader("X-RestLi-Protocol-Version", "2.0.0");
        return response;
    }
    const auto route = std::find_if(std::begin(routes), std::end(routes),
                                    [&](const Route &r) { return resource == QLatin1String(r.resource); });
    if (route == std::end(routes))
        return rest::notFound(QStringLiteral("No virtual resource found for %1").arg(request.path));

    const QByteArray protocol = request.header("x-restli-protocol-version");
    if (route->needsProtocolHeader && protocol != "2.0.0") {
        return HttpResponse::linkedInError(
            400, QStringLiteral("This resource requires the header X-Restli-Protocol-Version: 2.0.0 (got '%1')")
                     .arg(QString::fromLatin1(protocol)));
    }
    const QueryParams query = QueryParams::parse(rawQuery);
    HttpResponse response = route->handler(RestCall{request, query, resource, key, q->m_data, q->m_options});
    response.setHeader("X-RestLi-Protocol-Version", route->needsProtocolHeader ? "2.0.0" : "1.0.0");
    return response;
}

SandboxServer::SandboxServer(const GeneratorOptions &data, const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_options(options) {
    d = new Private(this);
    connect(&d->tcpServer, &QTcpServer::newConnection, this, [this] { d->onNewConnection(); });
}

SandboxServer::~SandboxServer() {
    delete d;
}

bool SandboxServer::listen(quint16 port, const QHostAddress &address) {
    if (!d->tcpServer.listen(address, port)) {
        qCWarning(lcSandbox) << "cannot listen on" << address.toString() << port << d->tcpServer.errorString();
        return false;
    }
    d->address = address;
    return true;
}

bool SandboxServer::isListening() const {
    return d->tcpServer.isListening();
}

void SandboxServer::close() {
    d->tcpServer.close();
    d->dropConnections();
}

quint16 SandboxServer::port() const {
    return d->tcpServer.serverPort();
}

QUrl SandboxServer::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    // Listening on "any" still means "reach me on the loopback" for the URLs we hand out.
    const QHostAddress &address = d->address;
    const bool loopback = address.isNull() || address.isLoopback() || address == QHostAddress::Any ||
                          address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    if (address == QHostAddress::LocalHostIPv6)
        url.setHost(QStringLiteral("::1"));
    else
        url.setHost(loopback ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(port());
    return url;
}

QUrl SandboxServer::apiBaseUrl() const {
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/rest"));
    return url;
}

QUrl SandboxServer::oauthBaseUrl() const {
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/oauth/v2"));
    return url;
}

void SandboxServer::setFaults(const FaultSpec &faults) {
    m_faults = faults;
}

int SandboxServer::requestCount(const QString &pathPrefix) const {
    const QString restPrefix = QStringLiteral("/rest/") + pathPrefix;
    const bool resourceName = !pathPrefix.isEmpty() && !pathPrefix.startsWith(QLatin1Char('/'));
    int count = 0;
    for (const RecordedRequest &request : m_requests) {
        if (resourceName ? request.path.startsWith(restPrefix) : request.path.startsWith(pathPrefix))
            ++count;
    }
    return count;
}

void SandboxServer::expireAccessToken() {
    d->oauth.expireAccessTokens(m_options);
}

} // namespace pagesight::sandbox
