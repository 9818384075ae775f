#include "DashboardFollowerGrowth.h"

#include "PeriodComparison.h"

#include <QCoreApplication>
#include <QLocale>

namespace pagesight {

void FollowerGrowthModel::reload(const QSqlDatabase &database, const DashboardFilter &filter) {
    beginResetModel();
    m_days.clear();
    m_error.clear();
    m_totalFollowers = -1;
    m_snapshotDate = {};
    m_previousDays.clear();
    m_previousLength = 0;
    // The range and, read with it, the same-length period before it (for the comparison).
    const std::optional<DashboardFilter> previous = previousFilter(filter);
    DashboardFilter both = filter;
    if (previous) {
        both.from = previous->from;
        m_previousLength = int(previous->from.daysTo(previous->to)) + 1;
    }
    QVariantMap bindings;
    both.bind(&bindings);
    // The report over every synced day, then the range: the moving average and the cumulative sum
    // are the report's own numbers.
    const QString report = reportSql(QStringLiteral("follower-growth"), filter.tables,
                                     !filter.organizationUrn.isEmpty(), dialect::backendOf(database));
    const QueryResult days = query(
        database,
        QStringLiteral("SELECT report_date, organic_gained, paid_gained, cumulative_growth, seven_day_moving_avg, "
                       "organic_pct FROM (%1) AS report WHERE TRUE%2 ORDER BY report_date")
            .arg(report, both.rangeCondition(QStringLiteral("report_date"))),
        bindings);
    qint64 before = 0; // the report's cumulative growth the day before the range (or the previous one)
    for (const QList<QVariant> &row : days.rows) {
        Day day{QDate::fromString(row[0].toString(), Qt::ISODate),
                row[1].toLongLong(),
                row[2].toLongLong(),
                row[3].toLongLong(),
                row[4].toDouble(),
                row[5]};
        QList<Day> &into = filter.from.isValid() && day.date < filter.from ? m_previousDays : m_days;
        if (into.isEmpty())
            before = day.cumulative - day.organic - day.paid;
        day.cumulative -= before;
        into.append(day);
    }
    const QueryResult total =
        query(database,
              latestLifetimeSql(filter.tables.followerStatistics, QStringLiteral("total_followers, date"),
                                QStringLiteral("SUM(total_followers), MAX(date)"), !filter.organizationUrn.isEmpty()),
              bindings);
    if (!total.rows.isEmpty() && !total.rows.first().at(0).isNull()) {
        m_totalFollowers = total.rows.first().at(0).toLongLong();
        m_snapshotDate = QDate::fromString(total.rows.first().at(1).toString(), Qt::ISODate);
    }
    endResetModel();
}

std::optional<qint64> FollowerGrowthModel::previousGained() const {
    // Only a whole previous period compares: one that began before the first sync would read as a fall.
    if (m_previousLength == 0 || m_previousDays.size() != m_previousLength)
        return std::nullopt;
    qint64 sum = 0;
    for (const Day &day : m_previousDays)
        sum += day.organic + day.paid;
    return sum;
}

QVariant FollowerGrowthModel::previousCumulative(int row) const {
    if (!previousGained() || row < 0 || row >= m_previousDays.size())
        return {};
    return m_previousDays.at(row).cumulative;
}

qint64 FollowerGrowthModel::totalGained() const {
    qint64 sum = 0;
    for (const Day &day : m_days)
        sum += day.organic + day.paid;
    return sum;
}

int FollowerGrowthModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowerGrowthModel::tooltip(const Day &day) const {
    const QLocale locale;
    return QCoreApplication::translate("Dashboards",
                                       "%1\nOrganic: %2\nPaid: %3\nTotal: %4\nCumulative: %5\n7-day average: %6")
        .arg(locale.toString(day.date, QLocale::LongFormat), locale.toString(day.organic), locale.toString(day.paid),
             locale.toString(day.organic + day.paid), locale.toString(day.cumulative),
             locale.toString(day.movingAverage, 'f', 1));
}

QVariant FollowerGrowthModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Day &day = m_days.at(index.row());
    if (role == Qt::ToolTipRole)
        return tooltip(day);
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() != Date);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Date:
        return day.date;
    case Organic:
        return day.organic;
    case Paid:
        return day.paid;
    case Total:
        return day.organic + day.paid;
    case Cumulative:
        return day.cumulative;
    case MovingAverage:
        return day.movingAverage;
    case OrganicPct:
        return day.organicPct;
    case PreviousCumulative:
        return previousCumulative(index.row());
    }
    return {};
}

QVariant FollowerGrowthModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return QCoreApplication::translate("Dashboards", "Date");
    case Organic:
        return QCoreApplication::translate("Dashboards", "Organic");
    case Paid:
        return QCoreApplication::translate("Dashboards", "Paid");
    case Total:
        return QCoreApplication::translate("Dashboards", "Total");
    case Cumulative:
        return QCoreApplication::translate("Dashboards", "Cumulative");
    case MovingAverage:
        return QCoreApplication::translate("Dashboards", "7-day average");
    case OrganicPct:
        return QCoreApplication::translate("Dashboards", "Organic %");
    case PreviousCumulative:
        return QCoreApplication::translate("Dashboards", "Cumulative, previous period");
    }
    return {};
}

} // namespace pagesight
