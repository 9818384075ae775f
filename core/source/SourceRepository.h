#pragma once

#include "SourceConfig.h"
#include "auth/TokenStore.h"
#include "catalog/CatalogWriter.h"
#include "catalog/SourceStore.h"

#include <QCoro/QCoroTask>

namespace pagesight {

// A source's secrets: held in memory only between the keychain and a run or the wizard.
struct SourceSecrets {
    QString accessToken;
    QString refreshToken;
    QString clientSecret;
    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty() && clientSecret.isEmpty(); }
};

// A source's three secrets as the keychain (or any TokenStore) holds them under SecretKeys; empty
// strings for what is not there. The command line reads them with this too.
QCoro::Task<SourceSecrets> readSourceSecrets(TokenStore *store, QString sourceId);

// The sources the app knows: their configuration in the catalog (_pagesight_sources) and their
// secrets in the TokenStore (the keychain), under SecretKeys. Never a secret in the catalog.
// Reads go to catalog; writes to writer (the app's writer thread), or, without one, to catalog on
// this thread (the command line, tests).
class SourceRepository {
public:
    SourceRepository(Catalog *catalog, TokenStore *secrets, CatalogWriter *writer = nullptr);
    ~SourceRepository();
    SourceRepository(const SourceRepository &) = delete;
    SourceRepository &operator=(const SourceRepository &) = delete;

    QList<SourceConfig> sources() const; // oldest first
    std::optional<SourceConfig> source(const QString &id) const;
    QCoro::Task<CatalogError> save(SourceConfig source);

    QCoro::Task<TokenStore::Result> saveSecrets(QString sourceId, SourceSecrets secrets);
    QCoro::Task<SourceSecrets> secrets(QString sourceId);

    // What deleting a source may take with it: its organization's rows, and the tables that hold
    // nothing else — no other source writes to them and no other organization has rows there.
    struct RemovalPlan {
        QString organizationUrn;
        QStringList droppable; // only this source's organization is in them
        QStringList kept;      // another source writes to them, or another organization's rows are there
        bool isSample = false; // sample data: its rows always go with it
    };
    RemovalPlan removalPlan(const QString &sourceId) const;
    // The rows of the source's organization in the source's tables (0 before its first sync); -1
    // when a table cannot be read.
    qint64 storedRows(const SourceConfig &source) const;

    struct Deletion {
        bool organizationRows = false; // delete the organization's rows from the source's tables
        bool dropTables = false;       // drop the plan's droppable tables
    };
    // Removes the source, its secrets and its bookmarks, and what deletion asks, in one transaction
    // (the secrets after it). A sample source's rows always go.
    QCoro::Task<CatalogError> remove(QString sourceId, Deletion deletion);

    // A new id for a source (a UUID without braces).
    static QString newId();

private:
    Catalog *m_catalog;
    TokenStore *m_secrets;
    std::unique_ptr<CatalogWriter> m_ownWriter; // over m_catalog, when no writer was given
    CatalogWriter *m_writer;
};

} // namespace pagesight
