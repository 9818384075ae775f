#include "OAuthFlow.h"

#include "common/Clock.h"
#include "common/Log.h"

#include <QAbstractOAuthReplyHandler>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace pagesight {

namespace {
constexpr int stateLength = 32;
constexpr int verifierLength = 64;      // RFC 7636: 43..128 characters
constexpr int maxDescriptionSize = 300; // the description comes from the browser: keep it short

// The callback's values arrive percent-decoded except '+', which LinkedIn uses for spaces.
QString callbackText(const QVariant &value) {
    QString text = value.toString();
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    return text.left(maxDescriptionSize);
}
} // namespace

// Stands between the loopback listener and Qt's flow: the flow sends its redirect_uri from
// callback() and hands the token reply to networkReplyFinished(); callbacks reach the flow only
// through deliver(), after OAuthFlow has checked them. It outlives an OAuthFlow destroyed during
// the code exchange, because Qt's flow calls it when the token reply finishes.
class LoopbackReplyHandler : public QAbstractOAuthReplyHandler {
    Q_OBJECT
public:
    LoopbackReplyHandler(OAuthFlow *flow, QUrl redirectUri)
        : QAbstractOAuthReplyHandler(flow)
        , m_flow(flow)
        , m_redirectUri(std::move(redirectUri)) {}

    QString callback() const override { return m_redirectUri.toString(); }

    void networkReplyFinished(QNetworkReply *reply) override {
        if (m_flow)
            m_flow->onTokenReply(reply);
        else
            deleteLater(); // orphaned by ~OAuthFlow: this was the reply it waited for
    }

    void deliver(const QVariantMap &values) { emit callbackReceived(values); }

private:
    QPointer<OAuthFlow> m_flow;
    QUrl m_redirectUri;
};

QString randomUrlSafeString(int length) {
    // 64 symbols, so a random byte's low six bits pick one without bias.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out;
    out.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[random->generate() & 63]));
    return out;
}

QString pkceChallenge(const QString &verifier) {
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

AuthError authErrorFromLinkedIn(const QString &code, const QString &description, int httpStatus,
                                const QUrl &redirectUri) {
    using K = AuthError::Kind;
    AuthError error;
    error.code = code;
    error.description = description;
    error.httpStatus = httpStatus;
    error.redirectUri = redirectUri.toString();
    if (code == QLatin1String("invalid_client"))
        error.kind = K::WrongClientSecret;
    else if (code == QLatin1String("invalid_request") && description.contains(QLatin1String("client_secret")))
        error.kind = K::WrongClientSecret; // PKCE ticked for an app LinkedIn did not enable it for
    else if (code == QLatin1String("invalid_redirect_uri") || code == QLatin1String("redirect_uri_mismatch"))
        error.kind = K::RedirectMismatch;
    else if (code == QLatin1String("invalid_scope") || code == QLatin1String("unauthorized_scope_error"))
        error.kind = K::ScopeNotGranted;
    else if (code == QLatin1String("user_cancelled_login") || code == QLatin1String("user_cancelled_authorize") ||
             code == QLatin1String("access_denied"))
        error.kind = K::CancelledInBrowser;
    else
        error.kind = K::Rejected;
    return error;
}

OAuthFlow::OAuthFlow(QNetworkAccessManager *network, OAuthFlowOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options)) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        AuthError error;
        error.kind = AuthError::Kind::Timeout;
        error.timeoutSeconds = m_options.timeoutMs / 1000;
        error.redirectUri = m_redirectUri.toString();
        fail(error);
    });
}

OAuthFlow::~OAuthFlow() {
    // Qt's flow calls the handler when the token reply finishes, whatever became of this object.
    if (m_state == State::ExchangingCode && m_handler)
        m_handler->setParent(nullptr);
}

QUrl OAuthFlow::redirectUriFor(quint16 port) {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
}

QUrl OAuthFlow::endpoint(const QString &name) const {
    QUrl url = m_options.oauthBaseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + name);
    return url;
}

void OAuthFlow::start() {
    if (m_state != State::Idle) {
        qCWarning(lcAuth) << "an OAuthFlow signs in once; start() ignored";
        return;
    }
    // 127.0.0.1 only: nothing outside this computer can reach the port while it is open.
    m_listener = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), m_options.port, this);
    m_redirectUri = redirectUriFor(m_listener->isListening() ? m_listener->port() : m_options.port);
    if (!m_listener->isListening()) {
        qCWarning(lcAuth) << "cannot listen on 127.0.0.1 port" << m_options.port;
        AuthError error;
        error.kind = AuthError::Kind::PortInUse;
        error.redirectUri = m_redirectUri.toString();
        // Still Idle until then: finished() must not come from inside start(), whose caller may
        // not expect it yet, and nothing is waited for meanwhile.
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    m_listener->setCallbackText(tr("Pagesight received LinkedIn's answer. You can close this tab and go back to "
                                   "Pagesight."));
    connect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthFlow::onCallback);

    m_handler = new LoopbackReplyHandler(this, m_redirectUri);
    m_expectedState = randomUrlSafeString(stateLength);
    if (m_options.usePkce)
        m_codeVerifier = randomUrlSafeString(verifierLength);

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(endpoint(QStringLiteral("authorization")));
    m_flow->setAccessTokenUrl(endpoint(QStringLiteral("accessToken")));
    m_flow->setClientIdentifier(m_options.clientId);
    m_flow->setScope(m_options.scopes.simplified());
    m_flow->setState(m_expectedState);
    m_flow->setReplyHandler(m_handler);
    // The secret goes in here rather than through setClientIdentifierSharedKey(), which Qt 6.4
    // does not percent-encode (a '+' in a secret would arrive as a space).
    const QString challenge = m_options.usePkce ? pkceChallenge(m_codeVerifier) : QString();
    const QString verifier = m_codeVerifier;
    const QString secret = m_options.clientSecret;
    m_flow->setModifyParametersFunction(
        [challenge, verifier, secret](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization && !challenge.isEmpty()) {
                parameters->replace(QStringLiteral("code_challenge"), challenge);
                parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                if (!verifier.isEmpty())
                    parameters->replace(QStringLiteral("code_verifier"), verifier);
                if (!secret.isEmpty())
                    parameters->replace(QStringLiteral("client_secret"),
                                        QString::fromLatin1(QUrl::toPercentEncoding(secret)));
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthFlow::openBrowser);

    qCInfo(lcAuth) << "sign-in started, redirect URL" << m_redirectUri.toString() << (m_options.usePkce ? "PKCE" : "");
    setState(State::WaitingForBrowser);
    m_timeout.start(m_options.timeoutMs);
    m_flow->grant(); // emits authorizeWithBrowser
}

void OAuthFlow::openBrowser(const QUrl &url) {
    m_authorizationUrl = url;
    m_browserOpened = QDesktopServices::openUrl(url);
    if (!m_browserOpened)
        qCWarning(lcAuth) << "no browser could be opened for the sign-in";
}

void OAuthFlow::onCallback(const QVariantMap &values) {
    if (m_state != State::WaitingForBrowser)
        return; // a second callback, or one after a timeout
    const QString code = values.value(QStringLiteral("code")).toString();
    const QString error = values.value(QStringLiteral("error")).toString();
    // A favicon request, a port scanner, a page reload without the query: not LinkedIn's answer.
    if (code.isEmpty() && error.isEmpty()) {
        qCDebug(lcAuth) << "ignored a request to the loopback port without code or error";
        return;
    }
    const QString state = values.value(QStringLiteral("state")).toString();
    if (state.isEmpty()) {
        qCWarning(lcAuth) << "ignored a callback without state";
        return;
    }
    if (state != m_expectedState) {
        qCWarning(lcAuth) << "rejected a callback whose state does not match";
        AuthError mismatch;
        mismatch.kind = AuthError::Kind::StateMismatch;
        mismatch.redirectUri = m_redirectUri.toString();
        fail(mismatch);
        return;
    }
    if (!error.isEmpty()) {
        qCInfo(lcAuth) << "LinkedIn answered the sign-in with" << error.left(64);
        fail(authErrorFromLinkedIn(error, callbackText(values.value(QStringLiteral("error_description"))), 0,
                                   m_redirectUri));
        return;
    }
    setState(State::ExchangingCode);
    m_handler->deliver(values); // Qt's flow checks again and posts the token request
    if (m_flow->status() != QAbstractOAuth::Status::TemporaryCredentialsReceived) {
        AuthError rejected;
        rejected.kind = AuthError::Kind::InvalidResponse;
        rejected.redirectUri = m_redirectUri.toString();
        fail(rejected);
    }
}

void OAuthFlow::onTokenReply(QNetworkReply *reply) {
    if (m_state != State::ExchangingCode)
        return; // cancelled or timed out meanwhile
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        qCWarning(lcAuth) << "token request failed:" << reply->error();
        AuthError error;
        error.kind = AuthError::Kind::Network;
        error.redirectUri = m_redirectUri.toString();
        fail(error);
        return;
    }
    if (status == 200) {
        const QDateTime now = m_options.clock ? m_options.clock->nowUtc() : QDateTime::currentDateTimeUtc();
        if (auto tokens = parseTokenResponse(body, now)) {
            qCInfo(lcAuth) << "signed in; refresh token:" << !tokens->refreshToken.isEmpty();
            OAuthResult result;
            result.tokens = std::move(*tokens);
            finish(std::move(result));
            return;
        }
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = json.value(QLatin1String("error")).toString();
    qCWarning(lcAuth) << "token request answered HTTP" << status << code.left(64);
    if (code.isEmpty()) {
        AuthError error;
        error.kind = AuthError::Kind::InvalidResponse;
        error.httpStatus = status;
        error.redirectUri = m_redirectUri.toString();
        fail(error);
        return;
    }
    fail(authErrorFromLinkedIn(code, json.value(QLatin1String("error_description")).toString(), status, m_redirectUri));
}

void OAuthFlow::cancel() {
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    AuthError error;
    error.kind = AuthError::Kind::Cancelled;
    error.redirectUri = m_redirectUri.toString();
    fail(error);
}

void OAuthFlow::fail(AuthError error) {
    OAuthResult result;
    result.error = std::move(error);
    finish(std::move(result));
}

void OAuthFlow::finish(OAuthResult result) {
    if (m_state == State::Finished)
        return;
    m_timeout.stop();
    if (m_listener)
        m_listener->close(); // not deleted: this may run inside its signal
    m_result = std::move(result);
    setState(State::Finished);
    emit finished(m_result);
}

void OAuthFlow::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace pagesight

#include "OAuthFlow.moc"
