#pragma once

#include "StreamDef.h"

#include <QDate>
#include <QString>

namespace pagesight {

// A request, ready for LinkedInClient: a path under the API base (e.g. "posts") and a query that is
// already Rest.li 2.0 encoded (see RestLi.h) — parameter order kept (author before q=author).
struct ApiRequest {
    QString path;
    QString query;
};

// Whole UTC days [first, endExclusive).
struct DayWindow {
    QDate first;
    QDate endExclusive;
    bool isEmpty() const { return !first.isValid() || first >= endExclusive; }
    qint64 startMs() const; // first 00:00 UTC, epoch ms
    qint64 endMs() const;   // endExclusive 00:00 UTC, epoch ms
    int days() const { return isEmpty() ? 0 : int(first.daysTo(endExclusive)); }
};

struct WindowRules {
    int lookbackDays = 3;
    int maxMonthsBack = 12;
};

// The window a daily statistics stream fetches (connector-spec §2):
// - end (exclusive) is today − 1 at 00:00 UTC, so the newest day fetched is today − 2;
// - start is the latest of: the start date, today − 12 months, and (when a bookmark exists) the
//   day after the last fetched day minus the lookback;
// - empty when start ≥ end.
DayWindow planDailyWindow(const QDate &todayUtc, const QDate &startDate, const std::optional<QDate> &lastFetchedDay,
                          const WindowRules &rules = {});
// The earliest day LinkedIn serves daily statistics for, called on todayUtc.
QDate earliestDailyDay(const QDate &todayUtc, const WindowRules &rules = {});

enum class TimeIntervalsEncoding { Object, Dotted };

ApiRequest timeBoundRequest(const StreamDef &stream, const QString &organizationUrn, const DayWindow &window,
                            TimeIntervalsEncoding encoding = TimeIntervalsEncoding::Object);
ApiRequest lifetimeRequest(const StreamDef &stream, const QString &organizationUrn);
ApiRequest networkSizeRequest(const QString &organizationUrn);
ApiRequest postsPageRequest(const QString &organizationUrn, int start, int count);
// Per-post lifetime statistics: shares=List(…) and ugcPosts=List(…) in separate batches of at
// most batchSize URNs each.
QList<ApiRequest> postStatisticsRequests(const QString &organizationUrn, const QStringList &postUrns,
                                         int batchSize = 50);
ApiRequest organizationRequest(qint64 organizationId);
ApiRequest organizationAclsRequest(int start = 0, int count = 100);

} // namespace pagesight
