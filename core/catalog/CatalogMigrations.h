#pragma once

#include <QList>
#include <QStringList>

namespace pagesight {

// One numbered schema change of the _pagesight_* tables. open() applies every migration whose
// version is above PRAGMA user_version, each in its own transaction that also sets user_version.
struct CatalogMigration {
    int version;
    QStringList statements;
};

// PRAGMA application_id of a Pagesight catalog: "PGST".
inline constexpr int kCatalogApplicationId = 0x50475354;

// In version order; a schema change is one more entry at the end, never an edit of an old one
// (catalogs in the field have already run it).
const QList<CatalogMigration> &catalogMigrations();

} // namespace pagesight
