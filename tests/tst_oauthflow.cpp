// OAuthFlow against the sandbox's OAuth endpoints. The "browser" is a URL handler that records
// the address the flow opens; the test then does what a browser does: GET the authorization URL
// without following the redirect, read the Location, GET it, which delivers the code (or the
// error) to the flow's loopback port.
#include "OAuthTestSupport.h"
#include "api/LinkedInClient.h"
#include "auth/OAuthFlow.h"
#include "common/Clock.h"
#include "sandbox/SandboxServer.h"

#include <QCoro/QCoroTask>
#include <QDesktopServices>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

Q_DECLARE_METATYPE(pagesight::AuthError::Kind)

namespace {

struct HttpAnswer {
    int status = 0;
    QUrl location;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// One GET, redirects not followed, like a browser's single hop.
HttpAnswer fetch(QNetworkAccessManager &network, const QUrl &url) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    answer.body = reply->readAll();
    answer.error = reply->error();
    reply->deleteLater();
    return answer;
}

QUrl withQueryItem(QUrl url, const QString &key, const QString &value) {
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

OAuthFlowOptions optionsFor(sandbox::SandboxServer &server) {
    OAuthFlowOptions options;
    options.oauthBaseUrl = server.oauthBaseUrl();
    options.clientId = server.options().clientId;
    options.clientSecret = server.options().clientSecret;
    options.port = 0; // any free port: tests run side by side
    options.timeoutMs = 10000;
    return options;
}

bool waitFinished(OAuthFlow &flow, int timeoutMs = 10000) {
    if (flow.state() == OAuthFlow::State::Finished)
        return true;
    QSignalSpy spy(&flow, &OAuthFlow::finished);
    return spy.wait(timeoutMs);
}

} // namespace

class TestOAuthFlow : public QObject {
    Q_OBJECT

private:
    FakeBrowser m_browser;
    QNetworkAccessManager m_network;    // the flow's
    QNetworkAccessManager m_browserNet; // the "browser's"

    // Authorization URL → LinkedIn's 302 → its Location, not followed yet.
    QUrl authorize(const QUrl &authorizationUrl) {
        const HttpAnswer answer = fetch(m_browserNet, authorizationUrl);
        if (answer.status != 302)
            qWarning() << "authorization answered" << answer.status << answer.body;
        return answer.location;
    }

private slots:
    void init() {
        m_browser.opened.clear();
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open"); // LinkedIn itself
    }
    void cleanup() {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void pkceChallengeIsRfc7636() {
        // RFC 7636 appendix B.
        QCOMPARE(pkceChallenge(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QString a = randomUrlSafeString(64);
        const QString b = randomUrlSafeString(64);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{64}$")).match(a).hasMatch());
        QVERIFY(a != b);
    }

    void redirectUriIsExact() {
        QCOMPARE(OAuthFlow::redirectUriFor(8765).toString(), QStringLiteral("http://127.0.0.1:8765/"));
    }

    void signsInWithClientSecret() {
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        FixedClock clock(now);
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlowOptions options = optionsFor(server);
        options.clock = &clock;
        OAuthFlow flow(&m_network, options);
        flow.start();
        QCOMPARE(flow.state(), OAuthFlow::State::WaitingForBrowser);
        QCOMPARE(m_browser.opened.size(), 1);
        QVERIFY(flow.browserOpened());

        const QUrl opened = m_browser.opened.first();
        const QUrlQuery query(opened);
        QCOMPARE(opened.adjusted(QUrl::RemoveQuery), QUrl(server.oauthBaseUrl().toString() + "/authorization"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), server.options().clientId);
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("rw_organization_admin r_organization_social"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 flow.redirectUri().toString());
        QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+/$"))
                    .match(flow.redirectUri().toString())
                    .hasMatch());
        QCOMPARE(query.queryItemValue(QStringLiteral("state")).size(), 32);
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_challenge")));
        QVERIFY(!opened.toString().contains(server.options().clientSecret)); // the secret stays out of the browser

        const QUrl callback = authorize(opened);
        QVERIFY(callback.toString().startsWith(flow.redirectUri().toString()));
        const HttpAnswer page = fetch(m_browserNet, callback);
        QCOMPARE(page.status, 200); // the browser tab says it can be closed
        QVERIFY(waitFinished(flow));
        const OAuthResult result = flow.result();
        QVERIFY2(result.ok(), qPrintable(describe(result.error)));
        QCOMPARE(result.tokens.accessToken, server.options().accessToken); // the one the sandbox issued last
        QVERIFY(result.tokens.accessToken != QStringLiteral("sandbox-access-token"));
        QVERIFY(!result.tokens.refreshToken.isEmpty());
        QCOMPARE(result.tokens.accessExpiresAt, now.addSecs(5184000));
        QVERIFY(result.tokens.refreshExpiresAt.isValid());
        QCOMPARE(server.requestCount(QStringLiteral("/oauth/v2/accessToken")), 1);

        // The port is closed once the flow is over.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, flow.redirectUri().port());
        QVERIFY(!probe.waitForConnected(1000));

        // And the token works for an API call.
        ClientOptions clientOptions;
        clientOptions.apiBase = server.apiBaseUrl();
        clientOptions.maxAttempts = 1;
        StaticTokenProvider tokens(result.tokens.accessToken);
        LinkedInClient client(&m_network, &tokens, clientOptions);
        const ApiResponse response = QCoro::waitFor(
            client.get(ApiRequest{QStringLiteral("organizationAcls"), QStringLiteral("q=roleAssignee")}));
        QVERIFY2(response.ok(), qPrintable(describe(response.error)));
    }

    void signsInWithPkceWithoutSecret() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlowOptions options = optionsFor(server);
        options.clientSecret.clear();
        options.usePkce = true;
        OAuthFlow flow(&m_network, options);
        flow.start();
        QCOMPARE(m_browser.opened.size(), 1);
        const QUrlQuery query(m_browser.opened.first());
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);

        fetch(m_browserNet, authorize(m_browser.opened.first()));
        QVERIFY(waitFinished(flow));
        // The sandbox issues a token only if SHA-256 of the verifier sent is the challenge.
        QVERIFY2(flow.result().ok(), qPrintable(describe(flow.result().error)));
        QCOMPARE(flow.result().tokens.accessToken, server.options().accessToken);
    }

    void tamperedChallengeIsARedirectMismatch() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlowOptions options = optionsFor(server);
        options.clientSecret.clear();
        options.usePkce = true;
        OAuthFlow flow(&m_network, options);
        flow.start();
        const QUrl tampered = withQueryItem(m_browser.opened.first(), QStringLiteral("code_challenge"),
                                            pkceChallenge(randomUrlSafeString(64)));
        fetch(m_browserNet, authorize(tampered));
        QVERIFY(waitFinished(flow));
        QCOMPARE(flow.result().error.kind, AuthError::Kind::RedirectMismatch);
        QCOMPARE(flow.result().error.code, QStringLiteral("invalid_redirect_uri"));
        QVERIFY(describe(flow.result().error).contains(flow.redirectUri().toString()));
    }

    void stateMismatchIsRejectedBeforeAnyTokenRequest() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlow flow(&m_network, optionsFor(server));
        flow.start();
        const QUrl callback = authorize(m_browser.opened.first());
        QVERIFY(QUrlQuery(callback).hasQueryItem(QStringLiteral("code")));
        fetch(m_browserNet, withQueryItem(callback, QStringLiteral("state"), QStringLiteral("forged")));
        QVERIFY(waitFinished(flow));
        QCOMPARE(flow.result().error.kind, AuthError::Kind::StateMismatch);
        QVERIFY(flow.result().tokens.accessToken.isEmpty());
        QVERIFY(describe(flow.result().error).contains(QStringLiteral("state")));

        // The real callback arriving later changes nothing, and no code was ever exchanged.
        fetch(m_browserNet, callback); // answered: the flow has seen it
        QCOMPARE(flow.state(), OAuthFlow::State::Finished);
        QCOMPARE(flow.result().error.kind, AuthError::Kind::StateMismatch);
        QCOMPARE(server.requestCount(QStringLiteral("/oauth/v2/accessToken")), 0);
    }

    void garbageOnTheLoopbackPortIsIgnored() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlow flow(&m_network, optionsFor(server));
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start();
        const QUrl base = flow.redirectUri();

        fetch(m_browserNet, base.resolved(QUrl(QStringLiteral("/favicon.ico"))));
        fetch(m_browserNet, base.resolved(QUrl(QStringLiteral("/some/random/path?x=1"))));
        fetch(m_browserNet, base);
        fetch(m_browserNet, withQueryItem(base, QStringLiteral("code"), QStringLiteral("AQTnostate")));

        QTcpSocket raw; // not HTTP at all
        raw.connectToHost(QHostAddress::LocalHost, base.port());
        QVERIFY(raw.waitForConnected(2000));
        raw.write("hello\r\n\r\n");
        raw.flush();
        QTRY_VERIFY_WITH_TIMEOUT(raw.state() == QAbstractSocket::UnconnectedState || raw.bytesAvailable() > 0, 3000);
        raw.abort();

        QTcpSocket silent; // connects, says nothing
        silent.connectToHost(QHostAddress::LocalHost, base.port());
        QVERIFY(silent.waitForConnected(2000));

        QCoreApplication::sendPostedEvents();
        QCOMPARE(finished.size(), 0);
        QCOMPARE(flow.state(), OAuthFlow::State::WaitingForBrowser);

        fetch(m_browserNet, authorize(m_browser.opened.first()));
        QVERIFY(waitFinished(flow));
        QVERIFY2(flow.result().ok(), qPrintable(describe(flow.result().error)));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server.requestCount(QStringLiteral("/oauth/v2/accessToken")), 1);
    }

    void scopeNotGrantedRedirect() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlowOptions options = optionsFor(server);
        options.scopes = QStringLiteral("rw_organization_admin r_ads_reporting");
        OAuthFlow flow(&m_network, options);
        flow.start();
        const QUrl callback = authorize(m_browser.opened.first());
        QCOMPARE(QUrlQuery(callback).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_scope"));
        fetch(m_browserNet, callback);
        QVERIFY(waitFinished(flow));
        const AuthError error = flow.result().error;
        QCOMPARE(error.kind, AuthError::Kind::ScopeNotGranted);
        QVERIFY(error.description.contains(QStringLiteral("r_ads_reporting")));
        QVERIFY(describe(error).contains(QStringLiteral("Community Management API")));
        QCOMPARE(server.requestCount(QStringLiteral("/oauth/v2/accessToken")), 0);
    }

    void cancelledInTheBrowser() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlow flow(&m_network, optionsFor(server));
        flow.start();
        // What LinkedIn sends when the member presses Cancel on the consent screen.
        const QString state = QUrlQuery(m_browser.opened.first()).queryItemValue(QStringLiteral("state"));
        QUrl callback = flow.redirectUri();
        callback.setQuery(QStringLiteral("error=user_cancelled_authorize&error_description=The+user+cancelled+the+"
                                         "authorization&state=") +
                          state);
        fetch(m_browserNet, callback);
        QVERIFY(waitFinished(flow));
        const AuthError error = flow.result().error;
        QCOMPARE(error.kind, AuthError::Kind::CancelledInBrowser);
        QCOMPARE(error.code, QStringLiteral("user_cancelled_authorize"));
        QCOMPARE(error.description, QStringLiteral("The user cancelled the authorization"));
        QVERIFY(describe(error).contains(QStringLiteral("cancelled in the browser")));
    }

    void wrongClientIdShowsLinkedInsPageThenTimesOut() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlowOptions options = optionsFor(server);
        options.clientId = QStringLiteral("not-my-app");
        options.timeoutMs = 1500;
        OAuthFlow flow(&m_network, options);
        flow.start();
        // LinkedIn does not redirect to a client it does not know: the person sees an error page…
        const HttpAnswer page = fetch(m_browserNet, m_browser.opened.first());
        QCOMPARE(page.status, 400);
        QVERIFY(page.location.isEmpty());
        QVERIFY(page.body.contains("client_id"));
        QCOMPARE(flow.state(), OAuthFlow::State::WaitingForBrowser);
        // …and the flow, which hears nothing, ends with a sentence that names what to check.
        QVERIFY(waitFinished(flow, 5000));
        const AuthError error = flow.result().error;
        QCOMPARE(error.kind, AuthError::Kind::Timeout);
        QVERIFY(describe(error).contains(QStringLiteral("Client ID")));
        QVERIFY(describe(error).contains(flow.redirectUri().toString()));
    }

    void wrongClientSecret() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlowOptions options = optionsFor(server);
        options.clientSecret = QStringLiteral("not+the&secret=");
        OAuthFlow flow(&m_network, options);
        flow.start();
        fetch(m_browserNet, authorize(m_browser.opened.first()));
        QVERIFY(waitFinished(flow));
        const AuthError error = flow.result().error;
        QCOMPARE(error.kind, AuthError::Kind::WrongClientSecret);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.code, QStringLiteral("invalid_client"));
        QVERIFY(describe(error).contains(QStringLiteral("Client Secret")));
    }

    void tokenEndpointUnreachable() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        OAuthFlow flow(&m_network, optionsFor(server));
        flow.start();
        const QUrl callback = authorize(m_browser.opened.first());
        server.close();
        fetch(m_browserNet, callback);
        QVERIFY(waitFinished(flow));
        QCOMPARE(flow.result().error.kind, AuthError::Kind::Network);
    }

    void portInUse() {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        OAuthFlowOptions options;
        options.clientId = QStringLiteral("id");
        options.clientSecret = QStringLiteral("secret");
        options.port = squatter.serverPort();
        OAuthFlow flow(&m_network, options);
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.start();
        QCOMPARE(finished.size(), 0); // never from inside start()
        QVERIFY(waitFinished(flow));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(flow.result().error.kind, AuthError::Kind::PortInUse);
        QVERIFY(m_browser.opened.isEmpty());
        QVERIFY(describe(flow.result().error).contains(QString::number(squatter.serverPort())));
    }

    void cancelFreesThePort() {
        const quint16 port = freePort();
        OAuthFlowOptions options;
        options.clientId = QStringLiteral("id");
        options.clientSecret = QStringLiteral("secret");
        options.port = port;
        OAuthFlow flow(&m_network, options);
        flow.start();
        QCOMPARE(flow.redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QCOMPARE(m_browser.opened.size(), 1); // LinkedIn's own sign-in page by default
        QCOMPARE(m_browser.opened.first().adjusted(QUrl::RemoveQuery),
                 QUrl(QStringLiteral("https://www.linkedin.com/oauth/v2/authorization")));
        QSignalSpy finished(&flow, &OAuthFlow::finished);
        flow.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(flow.result().error.kind, AuthError::Kind::Cancelled);
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, port));
    }

    void destroyedWhileExchangingTheCode() {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        server.options().latencyMs = 200; // the token answer comes after the flow is gone
        QSignalSpy served(&server, &sandbox::SandboxServer::requestServed);
        QSignalSpy replies(&m_network, &QNetworkAccessManager::finished);
        auto *flow = new OAuthFlow(&m_network, optionsFor(server));
        flow->start();
        const QUrl callback = authorize(m_browser.opened.first());
        QNetworkRequest request(callback);
        m_browserNet.get(request); // not waited for: the flow is deleted as soon as it exchanges
        QTRY_COMPARE(flow->state(), OAuthFlow::State::ExchangingCode);
        delete flow;
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(QStringLiteral("/oauth/v2/accessToken")), 1, 3000);
        // The token answer is sent and the reply ends (aborted with the flow, or read): no flow
        // is there to receive it, and nothing may crash.
        QTRY_VERIFY_WITH_TIMEOUT(!served.isEmpty() && !replies.isEmpty(), 5000);
    }

    void linkedInErrorsMapToKinds_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");
        QTest::addColumn<AuthError::Kind>("kind");
        using K = AuthError::Kind;
        QTest::newRow("invalid_client") << "invalid_client"
                                        << "Client authentication failed" << K::WrongClientSecret;
        QTest::newRow("missing secret") << "invalid_request"
                                        << "A required parameter \"client_secret\" is missing" << K::WrongClientSecret;
        QTest::newRow("invalid_redirect_uri")
            << "invalid_redirect_uri"
            << "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code"
            << K::RedirectMismatch;
        QTest::newRow("invalid_scope") << "invalid_scope"
                                       << "Scope \"r_ads\" is not authorized for your application"
                                       << K::ScopeNotGranted;
        QTest::newRow("unauthorized_scope_error") << "unauthorized_scope_error"
                                                  << "" << K::ScopeNotGranted;
        QTest::newRow("user_cancelled_login") << "user_cancelled_login"
                                              << "The user cancelled LinkedIn login" << K::CancelledInBrowser;
        QTest::newRow("user_cancelled_authorize") << "user_cancelled_authorize"
                                                  << "The user cancelled the authorization" << K::CancelledInBrowser;
        QTest::newRow("code not found") << "invalid_request"
                                        << "Unable to retrieve access token: authorization code not found"
                                        << K::Rejected;
    }
    void linkedInErrorsMapToKinds() {
        QFETCH(QString, code);
        QFETCH(QString, description);
        QFETCH(AuthError::Kind, kind);
        const AuthError error = authErrorFromLinkedIn(code, description, 400, OAuthFlow::redirectUriFor(8765));
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.code, code);
        const QString sentence = describe(error);
        QVERIFY(!sentence.isEmpty());
        if (kind == AuthError::Kind::RedirectMismatch)
            QVERIFY(sentence.contains(QStringLiteral("http://127.0.0.1:8765/")));
        if (kind == AuthError::Kind::Rejected)
            QVERIFY(sentence.contains(code));
    }

    void everyKindHasASentence_data() {
        QTest::addColumn<AuthError::Kind>("kind");
        using K = AuthError::Kind;
        for (K kind :
             {K::WrongClientSecret, K::RedirectMismatch, K::ScopeNotGranted, K::CancelledInBrowser, K::StateMismatch,
              K::PortInUse, K::Timeout, K::Cancelled, K::Network, K::InvalidResponse, K::Rejected})
            QTest::newRow(QByteArray::number(int(kind)).constData()) << kind;
    }
    void everyKindHasASentence() {
        QFETCH(AuthError::Kind, kind);
        AuthError error;
        error.kind = kind;
        error.redirectUri = QStringLiteral("http://127.0.0.1:9123/");
        error.timeoutSeconds = 300;
        const QString sentence = describe(error);
        QVERIFY(sentence.size() > 20);
        QVERIFY(sentence.endsWith(QLatin1Char('.')));
        if (kind == AuthError::Kind::PortInUse)
            QVERIFY(sentence.contains(QStringLiteral("9123")));
        if (kind == AuthError::Kind::Timeout)
            QVERIFY(sentence.contains(QStringLiteral("5 minutes")));
        QCOMPARE(describe(AuthError{}), QString());
    }
};

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"
