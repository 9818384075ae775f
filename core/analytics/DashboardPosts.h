#pragma once

#include "DashboardModel.h"

#include <QUrl>

namespace pagesight {

// The post-engagement dashboard's posts: the post-engagement report's columns, in its order
// (impressions, descending), for the posts published in the range. Sort in a view through a
// QSortFilterProxyModel: every cell is a number, a date-time text or a text.
class PostEngagementModel : public DashboardModel {
    Q_OBJECT
public:
    enum Column {
        PostId,
        Preview,
        PublishedDate,
        ContentType,
        Impressions,
        UniqueImpressions,
        Clicks,
        Likes,
        Comments,
        Shares,
        EngagementRatePct,
        TotalEngagements,
        ColumnCount
    };
    enum Role { UrlRole = Qt::UserRole + 1 }; // the post on LinkedIn (QUrl), on every column

    using DashboardModel::DashboardModel;

    void reload(const QSqlDatabase &database, const DashboardFilter &filter) override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QUrl postUrl(int row) const;
    // How the dashboards group the post: LinkedIn's content_type, with MEDIA told apart (DOCUMENT,
    // IMAGE, VIDEO) and a repost with a comment as RESHARE (docs/SPEC.md §6). The table shows it.
    QString postKind(int row) const;
    const QList<QList<QVariant>> &reportRows() const { return m_rows; } // the report's cells, as loaded
    // https://www.linkedin.com/feed/update/<urn>/
    static QUrl linkedInPostUrl(const QString &postUrn);

private:
    int rows() const override { return int(m_rows.size()); }
    QList<QList<QVariant>> m_rows; // the report's cells
};

// Engagement by post kind (PostEngagementModel::postKind) over the same posts: how many, their impressions and
// engagements (likes + comments + shares) summed, the impression-weighted rate of those sums, and the mean of the
// posts' LinkedIn engagement rates (%, 2 decimals). Ordered by impressions, descending.
class ContentTypeModel : public DashboardModel {
    Q_OBJECT
public:
    enum Column {
        ContentType,
        Posts,
        Impressions,
        Engagements,           // Σ total_engagements (likes + comments + shares)
        EngagementRatePct,     // Σ Engagements ÷ Σ Impressions × 100, 2 decimals: what the table's sums give
        MeanEngagementRatePct, // the mean of the posts' LinkedIn rates (which count clicks too)
        ColumnCount
    };

    using DashboardModel::DashboardModel;

    void reload(const QSqlDatabase &database, const DashboardFilter &filter) override;
    // The same figures from posts already loaded, without asking the catalog again: what the
    // post-engagement dashboard does, so its two views cost one query. reload(database, filter)
    // reads the posts, then comes here.
    void reload(const PostEngagementModel &posts);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rows() const override { return int(m_rows.size()); }
    QList<QList<QVariant>> m_rows;
};

// A content type as people read it ("MULTI_IMAGE" → "Multi-image"); unknown types as sent.
QString contentTypeName(const QString &contentType);

} // namespace pagesight
