#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace pagesight {

// One numbered schema change of the _pagesight_* tables. open() applies every migration whose
// version is above the catalog's version (PRAGMA user_version in SQLite, the _pagesight_catalog
// table on PostgreSQL), each in its own transaction that also sets the version.
struct CatalogMigration {
    int version;
    QStringList statements; // SQLite's; PostgreSQL's too, its types translated (dialect::ddl)
    // Where PostgreSQL needs other statements (SQLite's PRAGMAs, its JSON functions).
    std::optional<QStringList> postgres = std::nullopt;

    QStringList statementsFor(SqlBackend backend) const;
};

// PRAGMA application_id of a Pagesight catalog: "PGST".
inline constexpr int kCatalogApplicationId = 0x50475354;

// In version order; a schema change is one more entry at the end, never an edit of an old one
// (catalogs in the field have already run it).
const QList<CatalogMigration> &catalogMigrations();

} // namespace pagesight
