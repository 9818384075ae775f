#pragma once

#include "api/TokenProvider.h"

#include <QDateTime>
#include <QMetaType>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace pagesight {

class TokenStore;

struct OAuthTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt;  // invalid = unknown
    QDateTime refreshExpiresAt; // invalid = unknown or no refresh token
    QString scope;
};

// Parses LinkedIn's token response (token-response*.json). expires_in is trusted as given, since
// LinkedIn's own samples contradict the documented lifetimes.
std::optional<OAuthTokens> parseTokenResponse(const QByteArray &body, const QDateTime &nowUtc);

// A token provider that, where LinkedIn issued a refresh token, exchanges it at
// <oauthBase>/accessToken for a new access token, and keeps the new tokens in the TokenStore.
class RefreshingTokenProvider final : public TokenProvider {
public:
    RefreshingTokenProvider(QNetworkAccessManager *network, TokenStore *store, QString sourceId, QUrl oauthBase,
                            QString clientId, QString clientSecret, OAuthTokens tokens);

    QString accessToken() const override { return m_tokens.accessToken; }
    bool canRefresh() const override;
    QCoro::Task<bool> refresh() override;
    const OAuthTokens &tokens() const { return m_tokens; }
    // Called after every successful refresh (e.g. to hand the new tokens to another thread's
    // keychain: QtKeychain jobs must run in the thread that owns the store).
    void setRefreshedCallback(std::function<void(const OAuthTokens &)> callback) { m_refreshed = std::move(callback); }

private:
    QNetworkAccessManager *m_network;
    TokenStore *m_store;
    QString m_sourceId;
    QUrl m_oauthBase;
    QString m_clientId;
    QString m_clientSecret;
    OAuthTokens m_tokens;
    std::function<void(const OAuthTokens &)> m_refreshed;
};

} // namespace pagesight

Q_DECLARE_METATYPE(pagesight::OAuthTokens)
