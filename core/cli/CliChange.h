#pragma once

#include "catalog/Catalog.h"
#include "sync/SyncLock.h"

#include <memory>

namespace pagesight::cli {

// A catalog opened by a command that changes it (purge, retention): it must exist (never created
// here), no sync may be running on it (its lock is held until this is destroyed), and it must be
// Pagesight's. exitCode is Done when catalog is open; otherwise the message is printed already.
struct CatalogOpening {
    std::unique_ptr<SyncLock> lock;
    std::unique_ptr<Catalog> catalog;
    int exitCode = 0;
};
CatalogOpening openCatalogForChange(const QString &path, const QString &connectionName);

} // namespace pagesight::cli
