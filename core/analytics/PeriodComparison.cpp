#include "PeriodComparison.h"

#include "DashboardPosts.h"

#include <QCoreApplication>

#include <cmath>

namespace pagesight {

std::optional<std::pair<QDate, QDate>> previousPeriod(const DashboardFilter &filter) {
    if (!filter.from.isValid() || !filter.to.isValid() || filter.from > filter.to)
        return std::nullopt;
    const qint64 days = filter.from.daysTo(filter.to) + 1;
    return std::pair{filter.from.addDays(-days), filter.from.addDays(-1)};
}

std::optional<DashboardFilter> previousFilter(const DashboardFilter &filter) {
    const auto period = previousPeriod(filter);
    if (!period)
        return std::nullopt;
    DashboardFilter previous = filter;
    std::tie(previous.from, previous.to) = *period;
    return previous;
}

PeriodFigure::Trend PeriodFigure::trend() const {
    if (!previous)
        return Trend::Unknown;
    if (current > *previous)
        return Trend::Up;
    return current < *previous ? Trend::Down : Trend::Flat;
}

std::optional<double> PeriodFigure::changePct() const {
    if (!previous || *previous == 0)
        return std::nullopt;
    return (current - *previous) / std::abs(*previous) * 100.0;
}

QString changeText(const PeriodFigure &figure, const QLocale &locale) {
    if (!figure.previous)
        return {};
    const std::optional<double> change = figure.changePct();
    if (!change)
        return figure.current == 0 ? locale.toString(0.0, 'f', 1) + QStringLiteral(" %")
                                   : QCoreApplication::translate("Dashboards", "new");
    const double rounded = std::round(*change * 10.0) / 10.0;
    QString sign;
    if (rounded > 0)
        sign = QStringLiteral("+");
    else if (rounded < 0)
        sign = QStringLiteral("\u2212"); // a minus sign, not a hyphen
    return sign + locale.toString(std::abs(rounded), 'f', 1) + QStringLiteral(" %");
}

PostTotals postTotals(const QList<QList<QVariant>> &reportRows) {
    PostTotals totals;
    for (const QList<QVariant> &row : reportRows) {
        ++totals.posts;
        totals.impressions += row.at(PostEngagementModel::Impressions).toDouble();
        totals.engagements += row.at(PostEngagementModel::TotalEngagements).toDouble();
    }
    return totals;
}

std::optional<PostTotals> previousPostTotals(const QSqlDatabase &database, const DashboardFilter &filter,
                                             QString *error) {
    std::optional<DashboardFilter> previous = previousFilter(filter);
    if (!previous)
        return std::nullopt;
    const QDate previousFrom = previous->from;
    previous->from = {}; // every post up to the previous period's end: its oldest says how far the catalog reaches
    QVariantMap bindings;
    previous->bind(&bindings);
    bindings.insert(QStringLiteral(":previousFrom"), previousFrom.toString(Qt::ISODate));
    const QueryResult result = DashboardModel::runQuery(
        database,
        QStringLiteral("SELECT COUNT(CASE WHEN published_date >= :previousFrom THEN 1 END), "
                       "CAST(COALESCE(SUM(CASE WHEN published_date >= :previousFrom THEN impressions END), 0) "
                       "AS DOUBLE PRECISION), "
                       "CAST(COALESCE(SUM(CASE WHEN published_date >= :previousFrom THEN total_engagements END), 0) "
                       "AS DOUBLE PRECISION), "
                       "CASE WHEN MIN(published_date) < :previousFrom THEN 1 ELSE 0 END FROM (%1) AS posts")
            .arg(postEngagementRowsSql(*previous, dialect::backendOf(database))),
        bindings);
    if (error)
        *error = result.error;
    if (!result.ok() || result.rows.isEmpty() || result.rows.first().at(3).toInt() != 1)
        return std::nullopt;
    const QList<QVariant> &row = result.rows.first();
    return PostTotals{row.at(0).toLongLong(), row.at(1).toDouble(), row.at(2).toDouble()};
}

} // namespace pagesight
