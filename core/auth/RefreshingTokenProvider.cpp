#include "RefreshingTokenProvider.h"

#include "TokenStore.h"
#include "common/Log.h"

#include <QCoro/QCoroNetworkReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace pagesight {

std::optional<OAuthTokens> parseTokenResponse(const QByteArray &body, const QDateTime &nowUtc) {
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString access = json.value(QLatin1String("access_token")).toString();
    if (access.isEmpty())
        return std::nullopt;
    OAuthTokens tokens;
    tokens.accessToken = access;
    tokens.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    tokens.scope = json.value(QLatin1String("scope")).toString();
    const qint64 expiresIn = json.value(QLatin1String("expires_in")).toInteger();
    if (expiresIn > 0)
        tokens.accessExpiresAt = nowUtc.addSecs(expiresIn);
    const qint64 refreshExpiresIn = json.value(QLatin1String("refresh_token_expires_in")).toInteger();
    if (refreshExpiresIn > 0 && !tokens.refreshToken.isEmpty())
        tokens.refreshExpiresAt = nowUtc.addSecs(refreshExpiresIn);
    return tokens;
}

RefreshingTokenProvider::RefreshingTokenProvider(QNetworkAccessManager *network, TokenStore *store, QString sourceId,
                                                 QUrl oauthBase, QString clientId, QString clientSecret,
                                                 OAuthTokens tokens)
    : m_network(network)
    , m_store(store)
    , m_sourceId(std::move(sourceId))
    , m_oauthBase(std::move(oauthBase))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_tokens(std::move(tokens)) {}

bool RefreshingTokenProvider::canRefresh() const {
    // LinkedIn renews a token only for a request with the client secret, PKCE or not
    // (docs/LINKEDIN-API.md, "Refresh"): without one the request is refused, so it is not sent.
    if (m_tokens.refreshToken.isEmpty() || m_clientId.isEmpty() || m_clientSecret.isEmpty())
        return false;
    return !m_tokens.refreshExpiresAt.isValid() || m_tokens.refreshExpiresAt > QDateTime::currentDateTimeUtc();
}

QCoro::Task<bool> RefreshingTokenProvider::refresh() {
    if (!canRefresh())
        co_return false;
    QUrl url = m_oauthBase;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/accessToken"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30000);
    const QByteArray form = "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(m_tokens.refreshToken) +
                            "&client_id=" + QUrl::toPercentEncoding(m_clientId) +
                            "&client_secret=" + QUrl::toPercentEncoding(m_clientSecret);
    QNetworkReply *reply = m_network->post(request, form);
    co_await reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    const auto tokens = status == 200 ? parseTokenResponse(body, QDateTime::currentDateTimeUtc()) : std::nullopt;
    if (!tokens) {
        qCWarning(lcAuth) << "token refresh failed, HTTP" << status;
        co_return false;
    }
    const QString previousRefresh = m_tokens.refreshToken;
    const QDateTime previousRefreshExpiry = m_tokens.refreshExpiresAt;
    m_tokens = *tokens;
    if (m_tokens.refreshToken.isEmpty()) { // LinkedIn keeps the refresh token's own lifetime
        m_tokens.refreshToken = previousRefresh;
        m_tokens.refreshExpiresAt = previousRefreshExpiry;
    }
    if (m_refreshed)
        m_refreshed(m_tokens);
    if (m_store && !m_sourceId.isEmpty()) {
        co_await m_store->write(SecretKeys::accessToken(m_sourceId), m_tokens.accessToken);
        co_await m_store->write(SecretKeys::refreshToken(m_sourceId), m_tokens.refreshToken);
    }
    qCInfo(lcAuth) << "access token refreshed";
    co_return true;
}

} // namespace pagesight
