#pragma once

#include "HttpMessage.h"
#include "SandboxServer.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace pagesight::sandbox {

// LinkedIn's OAuth 2.0 authorization-code flow (docs/LINKEDIN-API.md §6) for one sandbox app
// (ServerOptions::clientId/clientSecret), with automatic consent:
//
//   GET  /oauth/v2/authorization?response_type=code&client_id&redirect_uri&state&scope
//        [&code_challenge&code_challenge_method=S256]
//        ──302──► redirect_uri?code=C&state=S           (errors: redirect with error=…, or a 400
//                                                         page when the redirect cannot be trusted)
//   POST /oauth/v2/accessToken  grant_type=authorization_code&code=C&redirect_uri&client_id
//        &client_secret | &code_verifier                ──► access token + refresh token
//   POST /oauth/v2/accessToken  grant_type=refresh_token&refresh_token&client_id&client_secret
//        ──► a new access token; the access tokens issued before under that refresh token stop
//            working (401 EXPIRED_ACCESS_TOKEN)
//
// Codes are single-use and live 30 minutes. Every access or refresh token issued becomes
// ServerOptions::accessToken ("the current token"); tokens of other grants keep working until
// expireAccessTokens(). The initial ServerOptions::accessToken belongs to the grant of the
// initial ServerOptions::refreshToken.
class OAuthServer {
public:
    explicit OAuthServer(quint64 seed = 42)
        : m_seed(seed) {}

    enum class TokenState { Valid, Expired, Unknown };
    TokenState accessTokenState(const QString &token, const ServerOptions &options) const;
    // Every access token issued so far stops working; refresh tokens stay valid.
    void expireAccessTokens(const ServerOptions &options);

    HttpResponse authorize(const HttpRequest &request, const ServerOptions &options);
    HttpResponse token(const HttpRequest &request, ServerOptions &options);

    static QString s256(const QString &verifier); // base64url(SHA-256(verifier)), no padding

private:
    struct Code {
        QString clientId, redirectUri, scope, challenge;
        QDateTime issuedAt;
    };
    struct Grant {
        QString clientId, scope;
        bool publicClient = false; // signed in with PKCE and no secret (LinkedIn still wants one to refresh)
        QDateTime issuedAt;
    };

    HttpResponse exchangeCode(const QueryParams &params, ServerOptions &options);
    HttpResponse refresh(const QueryParams &params, ServerOptions &options);
    HttpResponse issue(const QString &refreshToken, const Grant &grant, ServerOptions &options);
    QString newSecret(char kind, int length);

    quint64 m_seed;
    quint64 m_counter = 0;
    QHash<QString, Code> m_codes;
    QHash<QString, Grant> m_grants;         // refresh token → grant
    QHash<QString, QString> m_accessGrants; // access token → refresh token of its grant
    QSet<QString> m_revoked;                // access tokens that stopped working
    QDateTime m_started = QDateTime::currentDateTimeUtc();
};

} // namespace pagesight::sandbox
