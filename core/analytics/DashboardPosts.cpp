#include "DashboardPosts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace pagesight {

namespace {

QString translated(const char *text) {
    return QCoreApplication::translate("Dashboards", text);
}

} // namespace

QString contentTypeName(const QString &contentType) {
    static const QHash<QString, const char *> names = {
        {QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Dashboards", "Text")},
        {QStringLiteral("MEDIA"), QT_TRANSLATE_NOOP("Dashboards", "Image or video")},
        {QStringLiteral("ARTICLE"), QT_TRANSLATE_NOOP("Dashboards", "Article")},
        {QStringLiteral("MULTI_IMAGE"), QT_TRANSLATE_NOOP("Dashboards", "Multi-image")},
        {QStringLiteral("POLL"), QT_TRANSLATE_NOOP("Dashboards", "Poll")},
        {QStringLiteral("CAROUSEL"), QT_TRANSLATE_NOOP("Dashboards", "Carousel")},
        {QStringLiteral("CELEBRATION"), QT_TRANSLATE_NOOP("Dashboards", "Celebration")},
        {QStringLiteral("REFERENCE"), QT_TRANSLATE_NOOP("Dashboards", "Reference")},
        // The dashboards' own kinds (post_kind): MEDIA told apart, and reposts with a comment.
        {QStringLiteral("DOCUMENT"), QT_TRANSLATE_NOOP("Dashboards", "Document")},
        {QStringLiteral("IMAGE"), QT_TRANSLATE_NOOP("Dashboards", "Image")},
        {QStringLiteral("VIDEO"), QT_TRANSLATE_NOOP("Dashboards", "Video")},
        {QStringLiteral("RESHARE"), QT_TRANSLATE_NOOP("Dashboards", "Repost")},
    };
    const auto it = names.constFind(contentType);
    if (it != names.cend())
        return translated(it.value());
    return contentType.isEmpty() ? QCoreApplication::translate("Dashboards", "Unknown") : contentType;
}

void PostEngagementModel::reload(const QSqlDatabase &database, const DashboardFilter &filter) {
    beginResetModel();
    m_error.clear();
    QVariantMap bindings;
    filter.bind(&bindings);
    m_rows = query(database, postEngagementRowsSql(filter, dialect::backendOf(database)), bindings).rows;
    endResetModel();
}

int PostEngagementModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QUrl PostEngagementModel::linkedInPostUrl(const QString &postUrn) {
    return QUrl(QStringLiteral("https://www.linkedin.com/feed/update/%1/").arg(postUrn));
}

QString PostEngagementModel::postKind(int row) const {
    const QList<QVariant> &cells = m_rows.at(row);
    return cells.size() > ColumnCount ? cells.at(ColumnCount).toString() : cells.at(ContentType).toString();
}

QUrl PostEngagementModel::postUrl(int row) const {
    return row >= 0 && row < m_rows.size() ? linkedInPostUrl(m_rows.at(row).at(PostId).toString()) : QUrl();
}

QVariant PostEngagementModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<QVariant> &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: // a type as people read it; EditRole keeps LinkedIn's value
        if (index.column() == ContentType)
            return contentTypeName(postKind(index.row()));
        return row.at(index.column());
    case Qt::EditRole:
        return row.at(index.column());
    case UrlRole:
        return postUrl(index.row());
    case Qt::TextAlignmentRole:
        return alignment(index.column() >= Impressions);
    case Qt::ToolTipRole: {
        const QLocale locale;
        return QCoreApplication::translate("Dashboards", "%1\n%2 impressions, %3 % engagement rate, %4 engagements")
            .arg(row.at(Preview).toString(), locale.toString(row.at(Impressions).toLongLong()),
                 locale.toString(row.at(EngagementRatePct).toDouble(), 'f', 2),
                 locale.toString(row.at(TotalEngagements).toLongLong()));
    }
    default:
        return {};
    }
}

// What the engagement columns count, for their headers' tooltips.
static QString engagementFormula(bool linkedInRate) {
    return linkedInRate
               ? QCoreApplication::translate("Dashboards", "LinkedIn's engagement rate of the post: (clicks + likes + "
                                                           "comments + shares) ÷ impressions × 100. It counts clicks.")
               : QCoreApplication::translate("Dashboards",
                                             "Likes + comments + shares (the report's total_engagements). "
                                             "Clicks are not in it.");
}

QVariant PostEngagementModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole &&
        (section == EngagementRatePct || section == TotalEngagements))
        return engagementFormula(section == EngagementRatePct);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[ColumnCount] = {
        QT_TRANSLATE_NOOP("Dashboards", "Post"),
        QT_TRANSLATE_NOOP("Dashboards", "Preview"),
        QT_TRANSLATE_NOOP("Dashboards", "Published (UTC)"),
        QT_TRANSLATE_NOOP("Dashboards", "Type"),
        QT_TRANSLATE_NOOP("Dashboards", "Impressions"),
        QT_TRANSLATE_NOOP("Dashboards", "Unique impressions"),
        QT_TRANSLATE_NOOP("Dashboards", "Clicks"),
        QT_TRANSLATE_NOOP("Dashboards", "Likes"),
        QT_TRANSLATE_NOOP("Dashboards", "Comments"),
        QT_TRANSLATE_NOOP("Dashboards", "Shares"),
        QT_TRANSLATE_NOOP("Dashboards", "Engagement rate (LinkedIn, incl. clicks) %"),
        QT_TRANSLATE_NOOP("Dashboards", "Reactions, comments and reposts")};
    return section >= 0 && section < ColumnCount ? translated(titles[section]) : QVariant();
}

void ContentTypeModel::reload(const QSqlDatabase &database, const DashboardFilter &filter) {
    PostEngagementModel posts; // the sums are made in one place, from the posts
    posts.reload(database, filter);
    reload(posts);
}

void ContentTypeModel::reload(const PostEngagementModel &posts) {
    beginResetModel();
    m_error = posts.error();
    struct Sums {
        qint64 posts = 0, impressions = 0, engagements = 0;
        double rates = 0;
    };
    QMap<QString, Sums> byType;
    for (int row = 0; row < posts.rowCount(); ++row) {
        const QList<QVariant> &post = posts.reportRows().at(row);
        Sums &sums = byType[posts.postKind(row)];
        ++sums.posts;
        sums.impressions += post.at(PostEngagementModel::Impressions).toLongLong();
        sums.engagements += post.at(PostEngagementModel::TotalEngagements).toLongLong();
        sums.rates += post.at(PostEngagementModel::EngagementRatePct).toDouble();
    }
    m_rows.clear();
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) { // by type: the SQL's tie order
        const Sums &sums = it.value();
        const QVariant weighted =
            sums.impressions > 0
                ? QVariant(std::round(10000.0 * double(sums.engagements) / double(sums.impressions)) / 100)
                : QVariant();
        m_rows.append({it.key(), sums.posts, sums.impressions, sums.engagements, weighted,
                       std::round(sums.rates / double(sums.posts) * 100) / 100});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const QList<QVariant> &a, const QList<QVariant> &b) {
        return a.at(Impressions).toLongLong() > b.at(Impressions).toLongLong();
    });
    endResetModel();
}

int ContentTypeModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContentTypeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<QVariant> &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() != ContentType);
    if (role == Qt::EditRole)
        return row.at(index.column()); // the content type as stored
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        return QCoreApplication::translate("Dashboards",
                                           "%1: %Ln post(s), %2 impressions, %3 reactions, comments and reposts "
                                           "(%4 % of the impressions); the posts' mean LinkedIn rate %5 %",
                                           nullptr, row.at(Posts).toInt())
            .arg(contentTypeName(row.at(ContentType).toString()), locale.toString(row.at(Impressions).toLongLong()),
                 locale.toString(row.at(Engagements).toLongLong()),
                 locale.toString(row.at(EngagementRatePct).toDouble(), 'f', 2),
                 locale.toString(row.at(MeanEngagementRatePct).toDouble(), 'f', 2));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == ContentType)
        return contentTypeName(row.at(ContentType).toString());
    return row.at(index.column());
}

QVariant ContentTypeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == Engagements)
            return engagementFormula(false);
        if (section == EngagementRatePct)
            return QCoreApplication::translate("Dashboards", "Σ reactions, comments and reposts ÷ Σ impressions × 100, "
                                                             "over the type's posts: what this row's sums give.");
        if (section == MeanEngagementRatePct)
            return QCoreApplication::translate("Dashboards", "The mean of the posts' own LinkedIn engagement rates, "
                                                             "each post weighing the same. ") +
                   engagementFormula(true);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[ColumnCount] = {QT_TRANSLATE_NOOP("Dashboards", "Content type"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Posts"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Impressions"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Reactions, comments and reposts"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Engagement rate %"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Mean LinkedIn rate per post %")};
    return section >= 0 && section < ColumnCount ? translated(titles[section]) : QVariant();
}

} // namespace pagesight
