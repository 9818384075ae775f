#include "DashboardTopPosts.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace pagesight {

void TopPostsModel::reload(const QSqlDatabase &database, const DashboardFilter &filter) {
    PostEngagementModel posts;
    posts.reload(database, filter);
    reload(posts);
}

void TopPostsModel::reload(const PostEngagementModel &source) {
    beginResetModel();
    m_error = source.error();
    QList<Post> posts;
    for (int row = 0; row < source.rowCount(); ++row) {
        const QList<QVariant> &cells = source.reportRows().at(row);
        const qint64 impressions = cells.at(PostEngagementModel::Impressions).toLongLong();
        if (impressions <= 0)
            continue;
        // The report's preview is the commentary's first 50 characters: its first line of those.
        QString preview = cells.at(PostEngagementModel::Preview).toString();
        preview = preview.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (!preview.endsWith(QChar(0x2026)) && cells.at(PostEngagementModel::Preview).toString().contains(u'\n'))
            preview += QChar(0x2026);
        posts.append({cells.at(PostEngagementModel::PostId).toString(), preview,
                      cells.at(PostEngagementModel::PublishedDate).toString().left(10),
                      contentTypeName(source.postKind(row)), impressions,
                      cells.at(PostEngagementModel::EngagementRatePct).toDouble()});
    }
    const auto seen = std::count_if(posts.cbegin(), posts.cend(),
                                    [](const Post &post) { return post.impressions >= kMinimumImpressions; });
    if (seen >= 2 * kShown)
        posts.removeIf([](const Post &post) { return post.impressions < kMinimumImpressions; });
    // Highest rate first; a tie goes to the post more people saw, then to the newer.
    std::stable_sort(posts.begin(), posts.end(), [](const Post &a, const Post &b) {
        if (a.rate != b.rate)
            return a.rate > b.rate;
        if (a.impressions != b.impressions)
            return a.impressions > b.impressions;
        return a.published > b.published;
    });
    const int top = int(std::min<qsizetype>(kShown, (posts.size() + 1) / 2));
    const int bottom = int(std::min<qsizetype>(kShown, posts.size() - top));
    m_rows = posts.mid(0, top) + posts.mid(posts.size() - bottom);
    m_topCount = top;
    endResetModel();
}

QUrl TopPostsModel::postUrl(int row) const {
    return row >= 0 && row < m_rows.size() ? PostEngagementModel::linkedInPostUrl(m_rows.at(row).urn) : QUrl();
}

int TopPostsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopPostsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Post &post = m_rows.at(index.row());
    const bool best = index.row() < m_topCount;
    if (role == UrlRole)
        return postUrl(index.row());
    if (role == TopRole)
        return best;
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() == Impressions || index.column() == EngagementRatePct);
    if (role == Qt::ToolTipRole)
        return QCoreApplication::translate("Dashboards", "Double-click to open the post on LinkedIn: %1")
            .arg(postUrl(index.row()).toString());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Rank:
        return best ? QCoreApplication::translate("Dashboards", "Best %1").arg(index.row() + 1)
                    : QCoreApplication::translate("Dashboards", "Worst %1").arg(int(m_rows.size()) - index.row());
    case FirstLine:
        return post.firstLine;
    case Published:
        return post.published;
    case Kind:
        return post.kind;
    case Impressions:
        return post.impressions;
    case EngagementRatePct:
        return post.rate;
    case Link:
        return postUrl(index.row()).toString();
    }
    return {};
}

QVariant TopPostsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return QCoreApplication::translate("Dashboards", "Rank");
    case FirstLine:
        return QCoreApplication::translate("Dashboards", "First line");
    case Published:
        return QCoreApplication::translate("Dashboards", "Published (UTC)");
    case Kind:
        return QCoreApplication::translate("Dashboards", "Type");
    case Impressions:
        return QCoreApplication::translate("Dashboards", "Impressions");
    case EngagementRatePct:
        return QCoreApplication::translate("Dashboards", "Engagement rate (LinkedIn, incl. clicks) %");
    case Link:
        return QCoreApplication::translate("Dashboards", "Link");
    }
    return {};
}

} // namespace pagesight
