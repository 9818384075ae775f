#pragma once

#include <QCoro/QCoroTask>
#include <QHash>
#include <QString>

#include <optional>

namespace pagesight {

// Where secrets live: access and refresh tokens and client secrets, under a key such as
// "source/<id>/access_token". Production uses the OS keychain; unit tests a MemoryTokenStore.
class TokenStore {
public:
    struct Result {
        bool ok = true;
        QString error; // the keychain's message, never the secret
    };

    virtual ~TokenStore() = default;
    virtual QCoro::Task<std::optional<QString>> read(QString key) = 0; // nullopt: absent or failed
    virtual QCoro::Task<Result> write(QString key, QString secret) = 0;
    virtual QCoro::Task<Result> remove(QString key) = 0;
};

class MemoryTokenStore final : public TokenStore {
public:
    QCoro::Task<std::optional<QString>> read(QString key) override;
    QCoro::Task<Result> write(QString key, QString secret) override;
    QCoro::Task<Result> remove(QString key) override;
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain through QtKeychain (Secret Service on Linux). No insecure fallback: if the
// keychain is not available the operation fails and says so.
class KeychainTokenStore final : public TokenStore {
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("Pagesight"));
    QCoro::Task<std::optional<QString>> read(QString key) override;
    QCoro::Task<Result> write(QString key, QString secret) override;
    QCoro::Task<Result> remove(QString key) override;
    // Why the last call failed; empty after a success or an absent key (read gives nullopt for both).
    QString lastError() const { return m_lastError; }

private:
    QString m_service;
    QString m_lastError;
};

// Keys for one source's secrets.
struct SecretKeys {
    static QString accessToken(const QString &sourceId) {
        return QStringLiteral("source/%1/access_token").arg(sourceId);
    }
    static QString refreshToken(const QString &sourceId) {
        return QStringLiteral("source/%1/refresh_token").arg(sourceId);
    }
    static QString clientSecret(const QString &sourceId) {
        return QStringLiteral("source/%1/client_secret").arg(sourceId);
    }
};

} // namespace pagesight
