#include "SourceRepository.h"

#include "common/Log.h"
#include "streams/Purge.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace pagesight {

namespace {
// Made outside the coroutines that use it: clang-tidy takes a lambda inside a coroutine for one.
CatalogWriter::Work removal(const QString &sourceId, const SourceRemoval &what) {
    return [sourceId, what](Catalog &catalog) {
        return SourceStore(catalog).remove(sourceId, what);
    };
}
} // namespace

SourceRepository::SourceRepository(Catalog *catalog, TokenStore *secrets, CatalogWriter *writer)
    : m_catalog(catalog)
    , m_secrets(secrets)
    , m_ownWriter(writer ? nullptr : std::make_unique<CatalogWriter>(catalog))
    , m_writer(writer ? writer : m_ownWriter.get()) {}

SourceRepository::~SourceRepository() = default;

QString SourceRepository::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<SourceConfig> SourceRepository::sources() const {
    QList<SourceConfig> result;
    if (!m_catalog)
        return result;
    for (const SourceRecord &record : SourceStore(*m_catalog).sources())
        if (auto config = SourceConfig::fromJson(QJsonDocument::fromJson(record.configJson.toUtf8()).object())) {
            config->id = record.id;
            result.append(*config);
        }
    return result;
}

std::optional<SourceConfig> SourceRepository::source(const QString &id) const {
    if (!m_catalog)
        return std::nullopt;
    const auto record = SourceStore(*m_catalog).source(id);
    if (!record)
        return std::nullopt;
    auto config = SourceConfig::fromJson(QJsonDocument::fromJson(record->configJson.toUtf8()).object());
    if (config)
        config->id = record->id;
    return config;
}

// Not a coroutine: it hands the writer's task on.
QCoro::Task<CatalogError> SourceRepository::save(SourceConfig source) {
    const QString json = QString::fromUtf8(QJsonDocument(source.toJson()).toJson(QJsonDocument::Compact));
    return m_writer->write([id = source.id, description = source.description, json](Catalog &catalog) {
        return SourceStore(catalog).save(id, description, json);
    });
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

SourceRepository::RemovalPlan SourceRepository::removalPlan(const QString &sourceId) const {
    RemovalPlan plan;
    const std::optional<SourceConfig> removed = source(sourceId);
    if (!removed)
        return plan;
    plan.organizationUrn = removed->organizationUrn();
    plan.isSample = removed->authMethod == SourceConfig::AuthMethod::SampleData;
    QSet<QString> shared; // tables another source writes to
    for (const SourceConfig &other : sources())
        if (other.id != sourceId)
            for (const StreamSelection &s : other.streams)
                shared.insert(s.tableName.toLower());
    const QStringList existing = m_catalog ? m_catalog->userTables() : QStringList();
    for (const StreamSelection &s : removed->streams) {
        if (!existing.contains(s.tableName, Qt::CaseInsensitive))
            continue;
        const StreamTable table = streamTable(s.streamId, s.tableName);
        bool others = shared.contains(s.tableName.toLower()) || table.ownerColumn.isEmpty();
        if (!others) { // rows of another organization, from the command line or an earlier source
            QSqlQuery query(m_catalog->reader());
            query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 IS NOT ? LIMIT 1")
                              .arg(Catalog::quoted(s.tableName), Catalog::quoted(table.ownerColumn)));
            query.addBindValue(plan.organizationUrn);
            others = !query.exec() || query.next();
        }
        (others ? plan.kept : plan.droppable).append(s.tableName);
    }
    return plan;
}

qint64 SourceRepository::storedRows(const SourceConfig &source) const {
    if (!m_catalog || !m_catalog->isOpen())
        return -1;
    const QStringList existing = m_catalog->userTables();
    qint64 rows = 0;
    for (const StreamSelection &s : source.streams) {
        const StreamTable table = streamTable(s.streamId, s.tableName);
        if (table.ownerColumn.isEmpty() || !existing.contains(s.tableName, Qt::CaseInsensitive))
            continue;
        QSqlQuery query(m_catalog->reader());
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                          .arg(Catalog::quoted(s.tableName), Catalog::quoted(table.ownerColumn)));
        query.addBindValue(source.organizationUrn());
        if (!query.exec() || !query.next())
            return -1;
        rows += query.value(0).toLongLong();
    }
    return rows;
}

QCoro::Task<CatalogError> SourceRepository::remove(QString sourceId, Deletion deletion) {
    const std::optional<SourceConfig> removed = source(sourceId);
    if (!removed)
        co_return CatalogError{};
    const RemovalPlan plan = removalPlan(sourceId);
    SourceRemoval what;
    what.organizationUrn = removed->organizationUrn();
    for (const StreamSelection &s : removed->streams) {
        what.bookmarks.append({s.streamId, s.tableName});
        if (deletion.organizationRows || plan.isSample)
            if (const StreamTable table = streamTable(s.streamId, s.tableName); !table.ownerColumn.isEmpty())
                what.rows.append({table.table, table.ownerColumn});
    }
    if (deletion.dropTables)
        what.tables = plan.droppable;
    // The catalog first, in one transaction: if it fails, the source stays whole, secrets included.
    // The task is named, not a temporary of the co_await below: GCC 12 destroys those twice.
    QCoro::Task<CatalogError> removing = m_writer->write(removal(sourceId, what));
    const CatalogError error = co_await removing;
    if (error.isError())
        co_return error;
    co_await saveSecrets(sourceId, {}); // removes all three entries
    co_return CatalogError{};
}

} // namespace pagesight
