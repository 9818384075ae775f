#include "InsightsPostingTime.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pagesight {

PostingTimeModel::PostingTimeModel(Grouping grouping, QObject *parent)
    : DashboardModel(parent)
    , m_grouping(grouping) {}

QList<PostingTimeModel::PostTime> PostingTimeModel::postTimes(const QSqlDatabase &database,
                                                              const DashboardFilter &filter, QString *error) {
    QVariantMap bindings;
    filter.bind(&bindings);
    const SqlBackend backend = dialect::backendOf(database);
    const QueryResult result = runQuery(database,
                                        QStringLiteral("SELECT %1, impressions, engagement_rate_pct FROM (%2) AS posts "
                                                       "WHERE published_date IS NOT NULL")
                                            .arg(dialect::epochSeconds(backend, QStringLiteral("published_date")),
                                                 postEngagementRowsSql(filter, backend)),
                                        bindings);
    if (error)
        *error = result.error;
    QList<PostTime> posts;
    posts.reserve(result.rows.size());
    for (const QList<QVariant> &row : result.rows) {
        // The post-engagement report's published_date is UTC; the database reads it into epoch seconds
        // (parsing the text here would cost more than the query).
        if (row.at(0).isValid())
            posts.append({QDateTime::fromSecsSinceEpoch(row.at(0).toLongLong(), Qt::UTC), row.at(1).toDouble(),
                          row.at(2).toDouble()});
    }
    return posts;
}

void PostingTimeModel::reload(const QSqlDatabase &database, const DashboardFilter &filter) {
    QString error;
    const QList<PostTime> posts = postTimes(database, filter, &error);
    reload(posts, filter.timeZone, error);
}

void PostingTimeModel::reload(const QList<PostTime> &posts, const QTimeZone &timeZone, const QString &error) {
    beginResetModel();
    m_error = error;
    m_timeZoneName = pagesight::timeZoneName(timeZone);
    const bool utc = m_timeZoneName == QLatin1String("UTC"); // no conversion needed
    m_slots.clear();
    const bool weekdays = m_grouping == Grouping::Weekday;
    for (int slot = weekdays ? 1 : 0; slot <= (weekdays ? 7 : 23); ++slot)
        m_slots.append({slot, 0, 0, 0});
    QList<double> impressions(m_slots.size(), 0), rates(m_slots.size(), 0);
    for (const PostTime &post : posts) {
        const QDateTime local = utc ? post.published : post.published.toTimeZone(timeZone);
        // Qt's days run from Monday = 1 to Sunday = 7.
        const int index = weekdays ? local.date().dayOfWeek() - 1 : local.time().hour();
        ++m_slots[index].posts;
        impressions[index] += post.impressions;
        rates[index] += post.ratePct;
    }
    for (int i = 0; i < m_slots.size(); ++i)
        if (const qint64 count = m_slots.at(i).posts; count > 0) {
            m_slots[i].meanImpressions = std::round(impressions.at(i) / double(count));
            m_slots[i].meanRate = std::round(rates.at(i) / double(count) * 100.0) / 100.0;
        }
    endResetModel();
}

int PostingTimeModel::bestRow() const {
    int best = -1;
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots.at(i).posts >= kMinimumPosts && (best < 0 || m_slots.at(i).meanRate > m_slots.at(best).meanRate))
            best = i;
    return best;
}

bool PostingTimeModel::hasPosts() const {
    return std::any_of(m_slots.cbegin(), m_slots.cend(), [](const SlotStats &slot) { return slot.posts > 0; });
}

QString PostingTimeModel::slotName(int row) const {
    if (row < 0 || row >= m_slots.size())
        return {};
    const int slot = m_slots.at(row).slot;
    if (m_grouping == Grouping::Weekday)
        return QLocale().dayName(slot, QLocale::LongFormat);
    return QStringLiteral("%1:00").arg(slot, 2, 10, QLatin1Char('0'));
}

int PostingTimeModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingTimeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlotStats &slot = m_slots.at(index.row());
    if (role == SlotRole)
        return slot.slot;
    if (role == ShortNameRole)
        return m_grouping == Grouping::Weekday ? QLocale().dayName(slot.slot, QLocale::ShortFormat)
                                               : QString::number(slot.slot);
    if (role == SparseRole)
        return slot.posts < kMinimumPosts;
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() != Slot);
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        return QCoreApplication::translate("Dashboards", "%1 (%4): %n post(s), mean %2 impressions, %3 % engagement",
                                           nullptr, int(slot.posts))
            .arg(slotName(index.row()), locale.toString(slot.meanImpressions, 'f', 0),
                 locale.toString(slot.meanRate, 'f', 2), m_timeZoneName);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Slot:
        return slotName(index.row());
    case Posts:
        return slot.posts;
    case MeanImpressions: // no posts, no mean: blank rather than a 0 that reads as a measurement
        return slot.posts > 0 ? QVariant(slot.meanImpressions) : QVariant();
    case MeanEngagementRatePct:
        return slot.posts > 0 ? QVariant(slot.meanRate) : QVariant();
    }
    return {};
}

QVariant PostingTimeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Slot:
        return m_grouping == Grouping::Weekday
                   ? QCoreApplication::translate("Dashboards", "Weekday (%1)").arg(m_timeZoneName)
                   : QCoreApplication::translate("Dashboards", "Hour (%1)").arg(m_timeZoneName);
    case Posts:
        return QCoreApplication::translate("Dashboards", "Posts");
    case MeanImpressions:
        return QCoreApplication::translate("Dashboards", "Mean impressions");
    case MeanEngagementRatePct:
        return QCoreApplication::translate("Dashboards", "Mean engagement rate %");
    }
    return {};
}

QString pageAnalyticsDifferenceNote() {
    return QCoreApplication::translate(
        "Dashboards",
        "Why LinkedIn's Page Analytics may show other numbers: LinkedIn counts the activity within a period "
        "(likes, comments and impressions that happened in those days, on any post), while this catalog's post "
        "statistics are each post's lifetime totals, counted once, by the post's publication date. Daily "
        "statistics can be negative: an unlike or an unfollow takes a day's count below zero. LinkedIn's data "
        "is also 24 to 48 hours behind, daily statistics reach back 12 months at most, and demographics are "
        "the current state, not the state of the chosen period. Weekdays and hours are in the time zone chosen in "
        "Tools → Preferences; the period is in UTC days, as LinkedIn's daily statistics are.");
}

} // namespace pagesight
