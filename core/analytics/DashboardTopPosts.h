#pragma once

#include "DashboardPosts.h"

namespace pagesight {

// The best and the worst posts of the period by LinkedIn's engagement rate: kShown of each, the
// best first, then the worst (lowest last). A post seen by fewer than kMinimumImpressions people
// is left out of both, since a rate of 1 like in 3 impressions says nothing; when fewer than
// 2 × kShown posts reach that, every post with an impression counts. A post is never in both lists.
class TopPostsModel : public DashboardModel {
    Q_OBJECT
public:
    enum Column { Rank, FirstLine, Published, Kind, Impressions, EngagementRatePct, Link, ColumnCount };
    enum Role { UrlRole = Qt::UserRole + 1, TopRole }; // the post's address; true for the best posts
    static constexpr int kShown = 5;
    static constexpr qint64 kMinimumImpressions = 100;

    using DashboardModel::DashboardModel;

    void reload(const QSqlDatabase &database, const DashboardFilter &filter) override;
    void reload(const PostEngagementModel &posts); // from the posts already read

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QUrl postUrl(int row) const;
    int topCount() const { return m_topCount; } // the first rows are the best, the rest the worst

private:
    struct Post {
        QString urn, firstLine, published, kind;
        qint64 impressions = 0;
        double rate = 0;
    };
    int rows() const override { return int(m_rows.size()); }

    QList<Post> m_rows;
    int m_topCount = 0;
};

} // namespace pagesight
