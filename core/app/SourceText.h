#pragma once

#include "common/RunStatus.h"
#include "source/SourceConfig.h"
#include "sync/RunReport.h"

#include <QCoreApplication>

namespace pagesight {

// The words the Sources page shows for engine values, translated in one place.
class SourceText {
    Q_DECLARE_TR_FUNCTIONS(SourceText)
public:
    static QString streamTitle(const QString &streamId);
    static QString streamsSummary(const SourceConfig &source); // "Follower statistics, Posts, …"
    // "Acme Corp (12345678)", "Organization 12345678" before its name is known, or the sample
    // data's name alone (its id is one LinkedIn never issues and means nothing to a reader).
    static QString organization(const SourceConfig &source);
    static QString runStatus(RunStatus status); // Succeeded → "Succeeded"
    // What the catalog's retention setting removed after a run; empty when it removed nothing.
    static QString retention(const RunReport &report);
    static QString trigger(const Trigger &trigger); // "Daily at 06:00 · full sync every 7 days"
    static QString dateTime(const QDateTime &time); // local time, the locale's short format
    static QString duration(qint64 msecs);          // "0.4 s", "2 min 05 s"
};

} // namespace pagesight
