#pragma once

#include "RefreshingTokenProvider.h"
#include "common/Errors.h"
#include "common/LinkedInDefaults.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace pagesight {

class Clock;
class LoopbackReplyHandler;

struct OAuthFlowOptions {
    QUrl oauthBaseUrl = QUrl(QStringLiteral("https://www.linkedin.com/oauth/v2")); // + /authorization, /accessToken
    QString clientId;
    QString clientSecret; // may stay empty when LinkedIn enabled PKCE for the app
    QString scopes = QStringLiteral("rw_organization_admin r_organization_social");
    bool usePkce = false;
    quint16 port = linkedin::kLoopbackPort; // 0: any free port (tests); LinkedIn needs the registered one
    int timeoutMs = 5 * 60 * 1000;          // how long a person may take in the browser
    const Clock *clock = nullptr;           // for the token expiries; null: the system clock
};

struct OAuthResult {
    OAuthTokens tokens;
    AuthError error;
    bool ok() const { return !error.isError(); }
};

// "Sign in with LinkedIn": the OAuth 2.0 authorization-code flow of a desktop app, with the
// system browser and a loopback redirect (docs/LINKEDIN-API.md §6). One object signs in once.
//
//   Idle ──start()──► port 127.0.0.1:<port> taken ───────────────────────────► Finished(PortInUse)
//                 │
//                 └─► WaitingForBrowser   (browser opened on <base>/authorization with state,
//                        │                  scope, redirect_uri, and code_challenge with PKCE)
//                        │── request without code and error, or without state ─► ignored, keeps waiting
//                        │── state differs from the one sent ──────────────────► Finished(StateMismatch)
//                        │── error=user_cancelled_…|invalid_scope|… ──────────► Finished(that error)
//                        │── code, state matches
//                        ▼
//                   ExchangingCode        (POST <base>/accessToken: code, redirect_uri, client_id,
//                        │                  client_secret and/or code_verifier)
//                        │── 200 with access_token ────────────────────────────► Finished(tokens)
//                        └── invalid_client | invalid_redirect_uri | network | … ─► Finished(that error)
//
//   WaitingForBrowser or ExchangingCode ── timeout ─► Finished(Timeout);  ── cancel() ─► Finished(Cancelled)
//
// Finished closes the port at once, so the next attempt can listen on it. finished() is emitted
// exactly once after start(), never from inside start() (cancel() emits it before returning).
// Delete the object with deleteLater() from a slot connected to finished().
//
// Qt 6.4's QOAuth2AuthorizationCodeFlow builds the requests, but it has no PKCE, makes its state
// with a non-cryptographic generator, only logs a state mismatch and drops token endpoint errors;
// so this class makes its own state and verifier, sees every callback before the Qt flow does
// (through a reply handler that stands between the loopback listener and the flow), and reads the
// token response itself. Nothing here logs a token, a code, a verifier or a secret.
class OAuthFlow : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, WaitingForBrowser, ExchangingCode, Finished };
    Q_ENUM(State)

    OAuthFlow(QNetworkAccessManager *network, OAuthFlowOptions options, QObject *parent = nullptr);
    ~OAuthFlow() override;

    // The redirect URL to register in the LinkedIn app: exactly http://127.0.0.1:<port>/.
    static QUrl redirectUriFor(quint16 port);

    void start();
    void cancel();

    State state() const { return m_state; }
    const OAuthFlowOptions &options() const { return m_options; }
    // The redirect URL sent to LinkedIn (with port 0, the port that was chosen).
    QUrl redirectUri() const { return m_redirectUri; }
    // The address the browser was sent to; for "open this address yourself" when no browser opened.
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    bool browserOpened() const { return m_browserOpened; }
    const OAuthResult &result() const { return m_result; }

signals:
    void stateChanged(pagesight::OAuthFlow::State state);
    void finished(const pagesight::OAuthResult &result);

private:
    friend class LoopbackReplyHandler;
    void openBrowser(const QUrl &url);
    void onCallback(const QVariantMap &values);
    void onTokenReply(QNetworkReply *reply);
    void setState(State state);
    void finish(OAuthResult result);
    void fail(AuthError error);
    QUrl endpoint(const QString &name) const;

    QNetworkAccessManager *m_network;
    OAuthFlowOptions m_options;
    State m_state = State::Idle;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    LoopbackReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QTimer m_timeout;
    QString m_expectedState;
    QString m_codeVerifier;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    bool m_browserOpened = false;
    OAuthResult m_result;
};

// LinkedIn's OAuth error (from the callback's error=…, or the token endpoint's JSON body) as an
// AuthError; redirectUri is named in the sentence for a redirect mismatch.
AuthError authErrorFromLinkedIn(const QString &code, const QString &description, int httpStatus,
                                const QUrl &redirectUri);

// A random string of URL-safe characters from the system CSPRNG (state, PKCE code_verifier).
QString randomUrlSafeString(int length);
// base64url(SHA-256(verifier)) without padding: PKCE's S256 code_challenge.
QString pkceChallenge(const QString &verifier);

} // namespace pagesight
