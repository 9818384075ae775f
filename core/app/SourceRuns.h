#pragma once

#include "catalog/Catalog.h"
#include "source/SourceConfig.h"

namespace pagesight {

// Which runs of the history belong to a source. The engine records a run under the source's
// description and organization (as `pagesight sync --source` does). When no other source syncs
// the same organization, every run of that organization is the source's: a renamed source keeps
// its history, and the bookmarks, which are per organization and table, are shared anyway.
// Newest first; limit <= 0 = all.
QList<RunRecord> runsOf(const Catalog &catalog, const SourceConfig &source, const QList<SourceConfig> &allSources,
                        int limit = 50);

} // namespace pagesight
