#pragma once

#include <QCoro/QCoroTask>
#include <QString>

namespace pagesight {

// What LinkedInClient needs to authenticate: the current access token and, where LinkedIn issued
// a refresh token, a way to get a new one. Implementations live in core/auth; the token itself
// is never logged or written anywhere but the keychain.
class TokenProvider {
public:
    virtual ~TokenProvider() = default;
    virtual QString accessToken() const = 0;
    virtual bool canRefresh() const { return false; }
    // Obtains a new access token; false when it could not (the source must be re-authorized).
    virtual QCoro::Task<bool> refresh() { co_return false; }
};

// A fixed token (LINKEDIN_ACCESS_TOKEN, a pasted token): never refreshed.
class StaticTokenProvider final : public TokenProvider {
public:
    explicit StaticTokenProvider(QString token)
        : m_token(std::move(token)) {}
    QString accessToken() const override { return m_token; }

private:
    QString m_token;
};

} // namespace pagesight
