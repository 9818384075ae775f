#pragma once

#include "DashboardModel.h"

#include <QLocale>

#include <optional>

namespace pagesight {

// The same-length period just before the filter's, as LinkedIn's Page Analytics compares: 30 days
// ending yesterday-a-month-ago for "the last 30 days". Nullopt when the filter has no start or no
// end ("all time" has nothing before it).
std::optional<std::pair<QDate, QDate>> previousPeriod(const DashboardFilter &filter);
// The filter of that period: the same organization, tables and posts, other dates.
std::optional<DashboardFilter> previousFilter(const DashboardFilter &filter);

// A headline figure of the period beside the same figure of the period before.
struct PeriodFigure {
    double current = 0;
    std::optional<double> previous; // none: no previous period, or the catalog holds none of it

    enum class Trend { Up, Down, Flat, Unknown };
    Trend trend() const;
    // (current − previous) ÷ |previous| × 100; none without a previous value or when it is 0.
    std::optional<double> changePct() const;
};

// "+12.4 %", "−3.0 %" or "0.0 %" in the locale's digits (a real minus sign, one decimal); "new" when
// the previous value was 0 and this one is not; empty without a previous value.
QString changeText(const PeriodFigure &figure, const QLocale &locale = {});

// The posts' totals a post-engagement headline shows, from the report's rows (as
// PostEngagementModel::reportRows() holds them), or straight from the catalog for a filter.
struct PostTotals {
    qint64 posts = 0;
    double impressions = 0;
    double engagements = 0; // reactions, comments and reposts
};
PostTotals postTotals(const QList<QList<QVariant>> &reportRows);
// The totals of the period before the filter's, in one query. Nullopt without a previous period,
// when the query fails (error set), or when the catalog holds no post published before that period:
// then it may not reach back that far (a sync's start date), and a fall would be an artefact.
std::optional<PostTotals> previousPostTotals(const QSqlDatabase &database, const DashboardFilter &filter,
                                             QString *error = nullptr);

} // namespace pagesight
