#pragma once

#include "Catalog.h"

namespace pagesight {

// What goes with a source when it is removed (SourceRepository decides: tables another source
// still writes to are kept).
struct SourceRemoval {
    QString organizationUrn;
    QList<std::pair<QString, QString>> bookmarks; // (stream id, table name): their bookmarks are cleared
    QList<std::pair<QString, QString>> rows;      // (table, owner column): the organization's rows deleted
    QStringList tables;                           // dropped
};

// A source as the app stored it: its configuration as JSON text (SourceConfig::toJson), never a
// secret — tokens and client secrets live in the keychain.
struct SourceRecord {
    QString id;
    QString description;
    QString configJson;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The saved sources (_pagesight_sources): each one's configuration as JSON text, never a secret
// (tokens and client secrets live in the keychain). A view over the catalog's connection, used by
// SourceRepository (the app) and the command line's `sync --source`.
class SourceStore {
public:
    explicit SourceStore(Catalog &catalog)
        : m_catalog(catalog) {}

    // Saving an existing id replaces its description and configuration and keeps createdAt.
    [[nodiscard]] CatalogError save(const QString &id, const QString &description, const QString &configJson);
    QList<SourceRecord> sources() const; // oldest first
    std::optional<SourceRecord> source(const QString &id) const;
    // Forgets a source in one transaction: its row, the bookmarks named in what and the tables
    // named there (each must be a valid user table name). All or nothing: on an error the catalog
    // is as it was. The source's run history stays, under its id.
    [[nodiscard]] CatalogError remove(const QString &id, const SourceRemoval &what = {});

private:
    Catalog &m_catalog;
};

} // namespace pagesight
