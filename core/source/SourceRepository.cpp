#include "SourceRepository.h"

#include "common/Log.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace pagesight {

SourceRepository::SourceRepository(Catalog *catalog, TokenStore *secrets)
    : m_catalog(catalog)
    , m_secrets(secrets) {}

QString SourceRepository::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<SourceConfig> SourceRepository::sources() const {
    QList<SourceConfig> result;
    for (const SourceRecord &record : SourceStore(*m_catalog).sources())
        if (auto config = SourceConfig::fromJson(QJsonDocument::fromJson(record.configJson.toUtf8()).object())) {
            config->id = record.id;
            result.append(*config);
        }
    return result;
}

std::optional<SourceConfig> SourceRepository::source(const QString &id) const {
    const auto record = SourceStore(*m_catalog).source(id);
    if (!record)
        return std::nullopt;
    auto config = SourceConfig::fromJson(QJsonDocument::fromJson(record->configJson.toUtf8()).object());
    if (config)
        config->id = record->id;
    return config;
}

CatalogError SourceRepository::save(const SourceConfig &source) {
    return SourceStore(*m_catalog).save(source.id, source.description,
                                 QString::fromUtf8(QJsonDocument(source.toJson()).toJson(QJsonDocument::Compact)));
}

QCoro::Task<TokenStore::Result> SourceRepository::saveSecrets(QString sourceId, SourceSecrets secrets) {
    const QList<QPair<QString, QString>> entries = {{SecretKeys::accessToken(sourceId), secrets.accessToken},
                                                    {SecretKeys::refreshToken(sourceId), secrets.refreshToken},
                                                    {SecretKeys::clientSecret(sourceId), secrets.clientSecret}};
    for (const auto &[key, value] : entries) {
        const TokenStore::Result result =
            value.isEmpty() ? co_await m_secrets->remove(key) : co_await m_secrets->write(key, value);
        if (!result.ok)
            co_return result;
    }
    co_return TokenStore::Result{};
}

QCoro::Task<SourceSecrets> readSourceSecrets(TokenStore *store, QString sourceId) {
    SourceSecrets secrets;
    secrets.accessToken = (co_await store->read(SecretKeys::accessToken(sourceId))).value_or(QString());
    secrets.refreshToken = (co_await store->read(SecretKeys::refreshToken(sourceId))).value_or(QString());
    secrets.clientSecret = (co_await store->read(SecretKeys::clientSecret(sourceId))).value_or(QString());
    co_return secrets;
}

QCoro::Task<SourceSecrets> SourceRepository::secrets(QString sourceId) {
    return readSourceSecrets(m_secrets, std::move(sourceId));
}

QCoro::Task<CatalogError> SourceRepository::remove(QString sourceId, bool dropTables) {
    const std::optional<SourceConfig> removed = source(sourceId);
    if (!removed)
        co_return CatalogError{};
    // Tables another source still writes to are kept.
    QSet<QString> shared;
    for (const SourceConfig &other : sources())
        if (other.id != sourceId)
            for (const StreamSelection &s : other.streams)
                shared.insert(s.tableName);
    SourceRemoval what;
    what.organizationUrn = removed->organizationUrn();
    for (const StreamSelection &s : removed->streams) {
        what.bookmarks.append({s.streamId, s.tableName});
        if (dropTables && !shared.contains(s.tableName))
            what.tables.append(s.tableName);
    }
    // The catalog first, in one transaction: if it fails, the source stays whole, secrets included.
    if (const CatalogError error = SourceStore(*m_catalog).remove(sourceId, what); error.isError())
        co_return error;
    co_await saveSecrets(sourceId, {}); // removes all three entries
    co_return CatalogError{};
}

} // namespace pagesight
