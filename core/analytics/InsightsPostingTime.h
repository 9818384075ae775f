#pragma once

#include "DashboardModel.h"

namespace pagesight {

// An insight the hosted connectors lack: when to post. The post-engagement report's posts in the
// range, grouped by the weekday or the hour of published_at in the filter's time zone (LinkedIn's
// timestamps are UTC; the user picks the zone of the audience, by default the system's), with the
// post count, mean impressions and mean
// engagement rate (%) of each slot. Every slot has a row (Monday … Sunday, or 00 … 23 h), so a
// chart's bars keep their places; a slot without posts has 0 posts and blank means, not 0. A slot
// with fewer than kMinimumPosts posts is too thin to judge: SparseRole marks it, and it is never best.
class PostingTimeModel : public DashboardModel {
    Q_OBJECT
public:
    enum class Grouping { Weekday, Hour };
    enum Column { Slot, Posts, MeanImpressions, MeanEngagementRatePct, ColumnCount };
    enum Role {
        SlotRole = Qt::UserRole + 1, // Qt's day of week 1 (Monday) … 7, or the hour 0 … 23
        ShortNameRole,               // "Mon", or "17": for a chart's axis
        SparseRole,                  // true when the slot has fewer than kMinimumPosts posts
    };
    static constexpr int kMinimumPosts = 3;

    explicit PostingTimeModel(Grouping grouping = Grouping::Weekday, QObject *parent = nullptr);

    // One post's publication (UTC), impressions and engagement rate (%): what the slots are made of.
    struct PostTime {
        QDateTime published;
        double impressions = 0;
        double ratePct = 0;
    };
    // The posts of the filter, for reload(posts): the Insights tab reads them once for both groupings.
    static QList<PostTime> postTimes(const QSqlDatabase &database, const DashboardFilter &filter,
                                     QString *error = nullptr);

    Grouping grouping() const { return m_grouping; }
    void reload(const QSqlDatabase &database, const DashboardFilter &filter) override;
    // Buckets posts by their local time in timeZone: a post at 00:30 UTC on the night clocks go
    // forward in Berlin is at 01:30, one at 01:30 UTC is at 03:30 (no 02:00 that night).
    void reload(const QList<PostTime> &posts, const QTimeZone &timeZone = QTimeZone::utc(), const QString &error = {});
    QString timeZoneName() const { return m_timeZoneName; } // of the last reload

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row with the highest mean engagement rate among slots with at least kMinimumPosts posts;
    // -1 when no slot has that many.
    int bestRow() const;
    bool hasPosts() const;           // any slot has a post
    QString slotName(int row) const; // "Monday", or "17:00"

private:
    struct SlotStats {
        int slot = 0;
        qint64 posts = 0;
        double meanImpressions = 0;
        double meanRate = 0;
    };
    int rows() const override { return int(m_slots.size()); }

    Grouping m_grouping;
    QList<SlotStats> m_slots;
    QString m_timeZoneName = QStringLiteral("UTC");
};

// Where LinkedIn's own Page Analytics counts differently from this catalog, in one paragraph for
// the Insights page (docs/SPEC.md §6).
QString pageAnalyticsDifferenceNote();

} // namespace pagesight
