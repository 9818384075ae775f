#pragma once

#include "DashboardModel.h"

#include <optional>

namespace pagesight {

// The follower-growth dashboard: one row per day of the range, oldest first, with the numbers the
// follower-growth report computes (its 7-day average looks back before the range start, as the
// report does). Cumulative is the growth since the range's first day, so it ends at the sum of the
// range's daily gains; without a range it is the report's cumulative_growth.
class FollowerGrowthModel : public DashboardModel {
    Q_OBJECT
public:
    // PreviousCumulative: the previous period's cumulative growth on the same day of its period
    // (day 1 beside day 1), for the chart's overlay; blank without a whole previous period.
    enum Column { Date, Organic, Paid, Total, Cumulative, MovingAverage, OrganicPct, PreviousCumulative, ColumnCount };

    using DashboardModel::DashboardModel;

    void reload(const QSqlDatabase &database, const DashboardFilter &filter) override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Followers now: total_followers of each organization's newest LIFETIME row, summed; -1 when
    // no lifetime row was synced. snapshotDate() is that row's date.
    qint64 totalFollowers() const { return m_totalFollowers; }
    QDate snapshotDate() const { return m_snapshotDate; }
    qint64 totalGained() const; // over the range
    // Over the same-length period before the range; none for "all time" or when the catalog lacks
    // a day of that period.
    std::optional<qint64> previousGained() const;

private:
    struct Day {
        QDate date;
        qint64 organic = 0;
        qint64 paid = 0;
        qint64 cumulative = 0;
        double movingAverage = 0;
        QVariant organicPct; // null when the day's total is 0
    };
    int rows() const override { return int(m_days.size()); }
    QString tooltip(const Day &day) const;

    QVariant previousCumulative(int row) const;

    QList<Day> m_days;
    QList<Day> m_previousDays; // the period before the range, oldest first
    int m_previousLength = 0;  // its days; 0 without a range
    qint64 m_totalFollowers = -1;
    QDate m_snapshotDate;
};

} // namespace pagesight
