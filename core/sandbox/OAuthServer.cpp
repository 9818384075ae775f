#include "OAuthServer.h"

#include "SandboxHash.h"
#include "common/Log.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>

namespace pagesight::sandbox {

namespace {

constexpr qint64 accessTokenLifetime = 5184000;   // 60 days, as LinkedIn issues them
constexpr qint64 refreshTokenLifetime = 31536000; // one year, not reset by a refresh
constexpr qint64 codeLifetime = 30 * 60;          // "the authorization code has a 30-minute lifespan"

const QString initialScope = QStringLiteral("r_organization_social,rw_organization_admin");

// Scopes a Community Management app can be granted; anything else is "not authorized".
const QStringList knownScopes = {
    QStringLiteral("rw_organization_admin"),
    QStringLiteral("r_organization_admin"),
    QStringLiteral("r_organization_social"),
    QStringLiteral("w_organization_social"),
    QStringLiteral("r_organization_followers"),
    QStringLiteral("r_organization_social_feed"),
    QStringLiteral("w_organization_social_feed"),
    QStringLiteral("r_basicprofile"),
    QStringLiteral("openid"),
    QStringLiteral("profile"),
    QStringLiteral("email"),
    QStringLiteral("w_member_social"),
    QStringLiteral("w_member_social_feed"),
    QStringLiteral("r_member_social"),
    QStringLiteral("r_1st_connections_size"),
};

const QString grantInvalidMessage =
    QStringLiteral("The provided authorization grant or refresh token is invalid, expired or revoked");
const QString codeMismatchMessage =
    QStringLiteral("Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization "
                   "code. Or authorization code expired. Or external member binding exists");

HttpResponse missing(const QString &name) {
    return HttpResponse::oauthError(400, QStringLiteral("invalid_request"),
                                    QStringLiteral("A required parameter \"%1\" is missing").arg(name));
}

HttpResponse clientAuthenticationFailed() {
    return HttpResponse::oauthError(401, QStringLiteral("invalid_client"),
                                    QStringLiteral("Client authentication failed"));
}

bool isLoopback(const QUrl &url) {
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
}

// LinkedIn compares registered redirect URLs without their query ("parameters are ignored").
QString withoutQuery(const QUrl &url) {
    return url.adjusted(QUrl::RemoveQuery).toString();
}

QUrl withParameters(QUrl url, const QList<QPair<QString, QString>> &parameters) {
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &p : parameters) {
        if (p.second.isNull())
            continue;
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += p.first + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(p.second));
    }
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace

OAuthServer::TokenState OAuthServer::accessTokenState(const QString &token, const ServerOptions &options) const {
    if (token.isEmpty())
        return TokenState::Unknown;
    if (m_revoked.contains(token))
        return TokenState::Expired;
    if (token == options.accessToken || m_accessGrants.contains(token))
        return TokenState::Valid;
    return TokenState::Unknown;
}

void OAuthServer::expireAccessTokens(const ServerOptions &options) {
    m_revoked.insert(options.accessToken);
    for (auto it = m_accessGrants.cbegin(); it != m_accessGrants.cend(); ++it)
        m_revoked.insert(it.key());
}

QString OAuthServer::s256(const QString &verifier) {
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OAuthServer::newSecret(char kind, int length) {
    // Token-shaped ("AQV…", URL-safe) and reproducible for a seed, like everything in the sandbox.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    hashing::Stream stream(hashing::hash(m_seed, ++m_counter, quint64(kind)));
    QString out = QStringLiteral("AQ") + QLatin1Char(kind);
    while (out.size() < length)
        out.append(QLatin1Char(alphabet[stream.next() % 64]));
    return out;
}

HttpResponse OAuthServer::authorize(const HttpRequest &request, const ServerOptions &options) {
    const QueryParams params = QueryParams::parse(request.rawQuery, true);

    // First the checks after which the redirect cannot be trusted: LinkedIn (and RFC 6749
    // §4.1.2.1) then shows an error page instead of redirecting.
    const QString redirectText = params.value(QStringLiteral("redirect_uri"));
    if (redirectText.isEmpty())
        return HttpResponse::html(400, QStringLiteral("Bad Request"),
                                  QStringLiteral("invalid_request: A required parameter \"redirect_uri\" is missing"));
    const QUrl redirect(redirectText, QUrl::StrictMode);
    const bool registered = options.redirectUris.isEmpty() ? isLoopback(redirect)
                                                           : options.redirectUris.contains(withoutQuery(redirect)) ||
                                                                 options.redirectUris.contains(redirect.toString());
    if (!redirect.isValid() || redirect.isRelative() || redirect.hasFragment() ||
        (redirect.scheme() != QLatin1String("http") && redirect.scheme() != QLatin1String("https")) || !registered)
        return HttpResponse::html(
            400, QStringLiteral("Bad Request"),
            QStringLiteral("invalid_request: The redirect_uri does not match the registered value"));
    const QString clientId = params.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return HttpResponse::html(400, QStringLiteral("Bad Request"),
                                  QStringLiteral("invalid_request: A required parameter \"client_id\" is missing"));
    if (clientId != options.clientId)
        return HttpResponse::html(400, QStringLiteral("Bad Request"),
                                  QStringLiteral("invalid_client: The client_id does not match any application"));

    // From here on, errors go back to the application through its redirect.
    const QString state = params.contains(QStringLiteral("state")) ? params.value(QStringLiteral("state")) : QString();
    const auto fail = [&](const QString &error, const QString &description) {
        return HttpResponse::redirect(withParameters(redirect, {{QStringLiteral("error"), error},
                                                                {QStringLiteral("error_description"), description},
                                                                {QStringLiteral("state"), state}}));
    };
    const QString responseType = params.value(QStringLiteral("response_type"));
    if (responseType.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("A required parameter \"response_type\" is missing"));
    if (responseType != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("The response_type \"%1\" is not supported; use \"code\"").arg(responseType));
    static const QRegularExpression separators(QStringLiteral("[ ,]+"));
    const QStringList scopes = params.value(QStringLiteral("scope")).split(separators, Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return fail(QStringLiteral("invalid_request"), QStringLiteral("A required parameter \"scope\" is missing"));
    for (const QString &scope : scopes) {
        if (!knownScopes.contains(scope))
            return fail(QStringLiteral("invalid_scope"),
                        QStringLiteral("Scope \"%1\" is not authorized for your application").arg(scope));
    }
    const QString challenge = params.value(QStringLiteral("code_challenge"));
    const QString method = params.value(QStringLiteral("code_challenge_method"));
    static const QRegularExpression challengePattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    if (!challenge.isEmpty() || !method.isEmpty()) {
        if (method != QLatin1String("S256"))
            return fail(QStringLiteral("invalid_request"), QStringLiteral("code_challenge_method must be S256"));
        if (!challengePattern.match(challenge).hasMatch())
            return fail(QStringLiteral("invalid_request"),
                        QStringLiteral("The code_challenge is missing or malformed"));
    }

    const QString code = newSecret('T', 86);
    m_codes.insert(
        code, Code{clientId, redirectText, scopes.join(QLatin1Char(',')), challenge, QDateTime::currentDateTimeUtc()});
    qCDebug(lcSandbox) << "authorization granted (consent is automatic in the sandbox)";
    return HttpResponse::redirect(
        withParameters(redirect, {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}}));
}

HttpResponse OAuthServer::token(const HttpRequest &request, ServerOptions &options) {
    if (request.method != "POST")
        return HttpResponse::oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST"));
    if (!request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"),
                                        QStringLiteral("Content-Type must be application/x-www-form-urlencoded"));
    const QueryParams params = QueryParams::parse(QString::fromUtf8(request.body), true);
    const QString grantType = params.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return missing(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code"))
        return exchangeCode(params, options);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(params, options);
    return HttpResponse::oauthError(400, QStringLiteral("unsupported_grant_type"),
                                    QStringLiteral("The grant_type \"%1\" is not supported").arg(grantType));
}

HttpResponse OAuthServer::exchangeCode(const QueryParams &params, ServerOptions &options) {
    for (const char *name : {"code", "redirect_uri", "client_id"}) {
        if (params.value(QLatin1String(name)).isEmpty())
            return missing(QLatin1String(name));
    }
    const QString clientId = params.value(QStringLiteral("client_id"));
    const QString secret = params.value(QStringLiteral("client_secret"));
    const QString verifier = params.value(QStringLiteral("code_verifier"));
    if (clientId != options.clientId || (!secret.isEmpty() && secret != options.clientSecret))
        return clientAuthenticationFailed();
    if (secret.isEmpty() && verifier.isEmpty())
        return missing(QStringLiteral("client_secret"));

    const auto found = m_codes.constFind(params.value(QStringLiteral("code")));
    if (found == m_codes.constEnd())
        return HttpResponse::oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("Unable to retrieve access token: authorization code not found"));
    const Code code = *found;
    if (code.issuedAt.secsTo(QDateTime::currentDateTimeUtc()) > codeLifetime) {
        m_codes.remove(found.key());
        return HttpResponse::oauthError(400, QStringLiteral("invalid_redirect_uri"), codeMismatchMessage);
    }
    const bool pkceOk = code.challenge.isEmpty() ? !secret.isEmpty() : s256(verifier) == code.challenge;
    if (code.redirectUri != params.value(QStringLiteral("redirect_uri")) || code.clientId != clientId || !pkceOk)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_redirect_uri"), codeMismatchMessage);

    m_codes.remove(found.key()); // single use
    const QString refreshToken = newSecret('W', 120);
    const Grant grant{clientId, code.scope, secret.isEmpty(), QDateTime::currentDateTimeUtc()};
    m_grants.insert(refreshToken, grant);
    return issue(refreshToken, grant, options);
}

HttpResponse OAuthServer::refresh(const QueryParams &params, ServerOptions &options) {
    for (const char *name : {"refresh_token", "client_id"}) {
        if (params.value(QLatin1String(name)).isEmpty())
            return missing(QLatin1String(name));
    }
    const QString secret = params.value(QStringLiteral("client_secret"));
    if (params.value(QStringLiteral("client_id")) != options.clientId ||
        (!secret.isEmpty() && secret != options.clientSecret))
        return clientAuthenticationFailed();
    const QString refreshToken = params.value(QStringLiteral("refresh_token"));
    Grant grant;
    if (m_grants.contains(refreshToken))
        grant = m_grants.value(refreshToken);
    else if (refreshToken == options.refreshToken)
        grant = Grant{options.clientId, initialScope, false, m_started};
    else
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"), grantInvalidMessage);
    if (grant.issuedAt.secsTo(QDateTime::currentDateTimeUtc()) > refreshTokenLifetime)
        return HttpResponse::oauthError(400, QStringLiteral("invalid_request"), grantInvalidMessage);
    if (secret.isEmpty()) // a PKCE app's grant too: LinkedIn's refresh exchange requires the secret
        return missing(QStringLiteral("client_secret"));

    // The access tokens issued under this refresh token stop working.
    for (auto it = m_accessGrants.cbegin(); it != m_accessGrants.cend(); ++it) {
        if (it.value() == refreshToken)
            m_revoked.insert(it.key());
    }
    if (refreshToken == options.refreshToken && !m_accessGrants.contains(options.accessToken))
        m_revoked.insert(options.accessToken);
    return issue(refreshToken, grant, options);
}

HttpResponse OAuthServer::issue(const QString &refreshToken, const Grant &grant, ServerOptions &options) {
    // The token that was current keeps working (unless revoked above): remember its grant before
    // the new token takes its place.
    if (!m_accessGrants.contains(options.accessToken) && !m_revoked.contains(options.accessToken))
        m_accessGrants.insert(options.accessToken, options.refreshToken);
    const QString accessToken = newSecret('V', 350);
    m_accessGrants.insert(accessToken, refreshToken);
    options.accessToken = accessToken;

    const qint64 refreshLeft =
        std::max<qint64>(0, refreshTokenLifetime - grant.issuedAt.secsTo(QDateTime::currentDateTimeUtc()));
    HttpResponse response =
        HttpResponse::json(200, QJsonObject{{QStringLiteral("access_token"), accessToken},
                                            {QStringLiteral("expires_in"), accessTokenLifetime},
                                            {QStringLiteral("refresh_token"), refreshToken},
                                            {QStringLiteral("refresh_token_expires_in"), refreshLeft},
                                            {QStringLiteral("scope"), grant.scope}});
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    qCDebug(lcSandbox) << "access token issued";
    return response;
}

} // namespace pagesight::sandbox
