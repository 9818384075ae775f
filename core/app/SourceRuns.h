#pragma once

#include "catalog/Catalog.h"
#include "source/SourceConfig.h"

#include <QCoreApplication>

namespace pagesight {

// Which runs of the history belong to a source. The engine records a run under the source's
// description and organization (as `pagesight sync --source` does). When no other source syncs
// the same organization, every run of that organization is the source's: a renamed source keeps
// its history, and the bookmarks, which are per organization and table, are shared anyway.
// Newest first; limit <= 0 = all.
QList<RunRecord> runsOf(const Catalog &catalog, const SourceConfig &source, const QList<SourceConfig> &allSources,
                        int limit = 50);

// The words the Sources page shows for engine values, translated in one place.
class SourceText {
    Q_DECLARE_TR_FUNCTIONS(SourceText)
public:
    static QString streamTitle(const QString &streamId);
    static QString streamsSummary(const SourceConfig &source); // "Follower statistics, Posts, …"
    static QString runStatus(RunStatus status);                // Succeeded → "Succeeded"
    static QString trigger(const Trigger &trigger);            // "Daily at 06:00 · full sync every 7 days"
    static QString dateTime(const QDateTime &time);            // local time, the locale's short format
    static QString duration(qint64 msecs);                     // "0.4 s", "2 min 05 s"
};

} // namespace pagesight
