#pragma once

#include "catalog/Catalog.h"

#include <utility>

namespace pagesight {

// One stream table of a table set: which stream writes it and the column naming the organization
// each row belongs to (StreamDef::ownerColumn).
struct StreamTable {
    QString streamId;
    QString table;
    QString ownerColumn;
};

// The stream tables of the table set with this prefix (every stream, prefix + its default name).
QList<StreamTable> streamTables(const QString &prefix);
// The stream table of streamId named table; an empty ownerColumn for an unknown stream.
StreamTable streamTable(const QString &streamId, const QString &table);

struct PurgeResult {
    QList<std::pair<QString, qint64>> removed; // (table, rows removed), for the tables that exist
    CatalogError error;
    qint64 total() const;
};

// Removes every row of one organization from the tables (those that exist; others are skipped)
// and its bookmarks for them, in one transaction: all of it, or on an error nothing. Other
// organizations' rows are not touched.
PurgeResult purgeOrganization(Catalog &catalog, const QString &organizationUrn, const QList<StreamTable> &tables);

} // namespace pagesight
