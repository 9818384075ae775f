#pragma once

#include "StreamDef.h"
#include "api/ApiRequest.h"
#include "common/LinkedInDefaults.h"

#include <QDate>
#include <QString>

namespace pagesight {

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
    int lookbackDays = linkedin::kLookbackDays;
    int maxMonthsBack = 12;
};

// The window a daily statistics stream fetches (docs/SPEC.md §2):
// - end (exclusive) is today − 1 at 00:00 UTC, so the newest day fetched is today − 2;
// - start is the latest of: the start date, today − 12 months, and (when a bookmark exists) the
//   day after the last fetched day minus the lookback;
// - empty when start ≥ end.
DayWindow planDailyWindow(const QDate &todayUtc, const QDate &startDate, const std::optional<QDate> &lastFetchedDay,
                          const WindowRules &rules = {});
// The earliest day LinkedIn serves daily statistics for, called on todayUtc.
QDate earliestDailyDay(const QDate &todayUtc, const WindowRules &rules = {});

// timeIntervals in Rest.li 2.0 object form, (timeRange:(start:…,end:…),timeGranularityType:DAY), as
// the 2.0 header promises. The dotted timeIntervals.timeRange.start= form is Rest.li 1.0 syntax:
// the clients that send it send no 2.0 header, so it is no fallback for a refused range.
ApiRequest timeBoundRequest(const StreamDef &stream, const QString &organizationUrn, const DayWindow &window);
ApiRequest lifetimeRequest(const StreamDef &stream, const QString &organizationUrn);
ApiRequest networkSizeRequest(const QString &organizationUrn);
// A page of the organization's posts: organic ones, or with dark the dark (DSC) posts, which the
// finder lists only when asked with isDsc=true. No sortBy: LinkedIn lists newest-modified first
// without it, and reportedly does not support sorting on /rest/posts.
ApiRequest postsPageRequest(const QString &organizationUrn, int start, int count, bool dark = false);
// Batches stay within LinkedIn's query budget, so every request is a plain GET.
inline constexpr int kMaxBatchQueryLength = linkedin::kMaxQueryLength;

// Per-post lifetime statistics: shares=List(…) and ugcPosts=List(…) in separate batches of at
// most batchSize URNs each, each query at most kMaxBatchQueryLength characters. URNs that are
// neither urn:li:share nor urn:li:ugcPost are skipped; duplicates are asked for once.
QList<ApiRequest> postStatisticsRequests(const QString &organizationUrn, const QStringList &postUrns,
                                         int batchSize = 50);
ApiRequest organizationRequest(qint64 organizationId);
ApiRequest organizationAclsRequest(int start = 0, int count = 100);

} // namespace pagesight
