#include "DashboardPosts.h"

#include <QCoreApplication>
#include <QLocale>

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
        {QStringLiteral("REFERENCE"), QT_TRANSLATE_NOOP("Dashboards", "Repost")},
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
    m_rows = query(database, postEngagementRowsSql(filter), bindings).rows;
    endResetModel();
}

int PostEngagementModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QUrl PostEngagementModel::linkedInPostUrl(const QString &postUrn) {
    return QUrl(QStringLiteral("https://www.linkedin.com/feed/update/%1/").arg(postUrn));
}

QUrl PostEngagementModel::postUrl(int row) const {
    return row >= 0 && row < m_rows.size() ? linkedInPostUrl(m_rows.at(row).at(PostId).toString()) : QUrl();
}

QVariant PostEngagementModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<QVariant> &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
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

QVariant PostEngagementModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[ColumnCount] = {QT_TRANSLATE_NOOP("Dashboards", "Post"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Preview"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Published (UTC)"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Type"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Impressions"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Unique impressions"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Clicks"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Likes"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Comments"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Shares"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Engagement rate %"),
                                                    QT_TRANSLATE_NOOP("Dashboards", "Engagements")};
    return section >= 0 && section < ColumnCount ? translated(titles[section]) : QVariant();
}

void ContentTypeModel::reload(const QSqlDatabase &database, const DashboardFilter &filter) {
    beginResetModel();
    m_error.clear();
    QVariantMap bindings;
    filter.bind(&bindings);
    m_rows = query(database,
                   QStringLiteral("SELECT content_type, COUNT(*), SUM(impressions), SUM(total_engagements), "
                                  "ROUND(AVG(engagement_rate_pct), 2) FROM (%1) GROUP BY content_type "
                                  "ORDER BY SUM(impressions) DESC, content_type")
                       .arg(postEngagementRowsSql(filter)),
                   bindings)
                 .rows;
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
                                           "%1: %Ln post(s), %2 impressions, %3 engagements, mean engagement rate %4 %",
                                           nullptr, row.at(Posts).toInt())
            .arg(contentTypeName(row.at(ContentType).toString()), locale.toString(row.at(Impressions).toLongLong()),
                 locale.toString(row.at(Engagements).toLongLong()),
                 locale.toString(row.at(MeanEngagementRatePct).toDouble(), 'f', 2));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == ContentType)
        return contentTypeName(row.at(ContentType).toString());
    return row.at(index.column());
}

QVariant ContentTypeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[ColumnCount] = {
        QT_TRANSLATE_NOOP("Dashboards", "Content type"), QT_TRANSLATE_NOOP("Dashboards", "Posts"),
        QT_TRANSLATE_NOOP("Dashboards", "Impressions"), QT_TRANSLATE_NOOP("Dashboards", "Engagements"),
        QT_TRANSLATE_NOOP("Dashboards", "Mean engagement rate %")};
    return section >= 0 && section < ColumnCount ? translated(titles[section]) : QVariant();
}

} // namespace pagesight
