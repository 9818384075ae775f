#include "DashboardDemographics.h"

#include "Labels.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace pagesight {

DemographicsModel::DemographicsModel(DemographicFacet facet, QObject *parent)
    : DashboardModel(parent)
    , m_facet(facet) {}

void DemographicsModel::reload(const QSqlDatabase &database, const DashboardFilter &filter) {
    beginResetModel();
    m_items.clear();
    m_error.clear();
    m_snapshotDate = {};
    m_totalViews = 0;
    m_totalFollowers = 0;
    const DemographicFacetInfo &info = demographicFacetInfo(m_facet);
    const bool byOrg = !filter.organizationUrn.isEmpty();
    QVariantMap bindings;
    filter.bind(&bindings);

    const SqlBackend backend = dialect::backendOf(database);
    const QueryResult views = query(database, reportSql(info.report, filter.tables, byOrg, backend), bindings);
    // LinkedIn rolls paid followers into a demographic's organicFollowerCount and says not to read
    // paidFollowerCount there: adding it would count them twice.
    const QueryResult followers = query(
        database,
        QStringLiteral(R"(WITH latest AS (
    %1
)
SELECT %2 AS value,
       %3 AS followers
FROM latest, %4
GROUP BY 1
ORDER BY followers DESC, %5)")
            .arg(latestLifetimeSql(filter.tables.followerStatistics,
                                   Catalog::quoted(info.followerColumn) + QStringLiteral(" AS facet"),
                                   QStringLiteral("facet"), byOrg),
                 dialect::elementText(backend, QStringLiteral("j"), info.followerKey),
                 dialect::integerSum(
                     backend, QStringLiteral("COALESCE(%1, 0)")
                                  .arg(dialect::elementInteger(backend, QStringLiteral("j"),
                                                               QStringLiteral("followerCounts.organicFollowerCount")))),
                 dialect::jsonElements(backend, QStringLiteral("latest.facet"), QStringLiteral("j")),
                 // The expression, not its name: in an expression PostgreSQL reads j.value.
                 dialect::textOrder(backend, dialect::elementText(backend, QStringLiteral("j"), info.followerKey))),
        bindings);
    const QueryResult snapshot = query(
        database,
        latestLifetimeSql(filter.tables.pageStatistics, QStringLiteral("date"), QStringLiteral("MAX(date)"), byOrg),
        bindings);
    if (!snapshot.rows.isEmpty())
        m_snapshotDate = QDate::fromString(snapshot.rows.first().at(0).toString(), Qt::ISODate);

    const LabelResolver labels(database);
    QHash<QString, int> rowOfKey;
    for (const QList<QVariant> &row : views.rows) {
        const QString key = row.at(0).toString();
        rowOfKey.insert(key, int(m_items.size()));
        m_items.append({key, labels.name(key), row.at(1).toLongLong(), row.at(2), row.at(3), 0, {}});
        m_totalViews += row.at(1).toLongLong();
    }
    for (const QList<QVariant> &row : followers.rows) {
        const QString key = row.at(0).toString();
        m_totalFollowers += row.at(1).toLongLong();
        const auto it = rowOfKey.constFind(key);
        if (it != rowOfKey.cend()) {
            m_items[it.value()].followers = row.at(1).toLongLong();
            continue;
        }
        rowOfKey.insert(key, int(m_items.size()));
        m_items.append(
            {key, labels.name(key), 0, {}, m_totalViews > 0 ? QVariant(0.0) : QVariant(), row.at(1).toLongLong(), {}});
    }
    for (Item &item : m_items)
        if (m_totalFollowers > 0)
            item.followersPct = qRound(item.followers * 1000.0 / m_totalFollowers) / 10.0;
    endResetModel();
}

int DemographicsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DemographicsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() >= Views);
    // LinkedIn's page statistics carry page views only: an empty unique count is not zero.
    if (index.column() == UniqueViews && item.uniqueViews.isNull() &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return role == Qt::DisplayRole
                   ? QCoreApplication::translate("Dashboards", "not provided by LinkedIn")
                   : QCoreApplication::translate("Dashboards", "LinkedIn's page statistics report page views, not "
                                                               "unique visitors.");
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        return QCoreApplication::translate("Dashboards", "%1 (%2)\nViews: %3 (%4 %)\nFollowers: %5 (%6 %)")
            .arg(item.label, item.key, locale.toString(item.views), locale.toString(item.viewsPct.toDouble(), 'f', 1),
                 locale.toString(item.followers), locale.toString(item.followersPct.toDouble(), 'f', 1));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Label:
        return item.label;
    case Key:
        return item.key;
    case Views:
        return item.views;
    case UniqueViews:
        return item.uniqueViews;
    case ViewsPct:
        return item.viewsPct;
    case Followers:
        return item.followers;
    case FollowersPct:
        return item.followersPct;
    }
    return {};
}

QVariant DemographicsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return demographicFacetInfo(m_facet).displayTitle();
    case Key:
        return QCoreApplication::translate("Dashboards", "URN");
    case Views:
        return QCoreApplication::translate("Dashboards", "Views");
    case UniqueViews:
        return QCoreApplication::translate("Dashboards", "Unique views");
    case ViewsPct:
        return QCoreApplication::translate("Dashboards", "% of views");
    case Followers:
        return QCoreApplication::translate("Dashboards", "Followers");
    case FollowersPct:
        return QCoreApplication::translate("Dashboards", "% of followers");
    }
    return {};
}

} // namespace pagesight
