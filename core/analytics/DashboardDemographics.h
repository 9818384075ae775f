#pragma once

#include "DashboardModel.h"

namespace pagesight {

// Visitor demographics of one facet, with labels: the facet's visitor-demographics report (views,
// unique views and % of all views of each organization's newest LIFETIME snapshot, in the report's
// order) and, beside them, the followers of the same facet value from follower_statistics' newest
// LIFETIME snapshot (organic + paid). A value with followers but no views comes after, with 0 views:
// nothing is dropped. Demographics are the current state, so the date range does not apply.
class DemographicsModel : public DashboardModel {
    Q_OBJECT
public:
    enum Column { Label, Key, Views, UniqueViews, ViewsPct, Followers, FollowersPct, ColumnCount };

    explicit DemographicsModel(DemographicFacet facet = DemographicFacet::Seniority, QObject *parent = nullptr);

    DemographicFacet facet() const { return m_facet; }
    void setFacet(DemographicFacet facet) { m_facet = facet; } // takes effect at the next reload()
    void reload(const QSqlDatabase &database, const DashboardFilter &filter) override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QDate snapshotDate() const { return m_snapshotDate; } // of the page statistics; invalid = none
    qint64 totalViews() const { return m_totalViews; }
    qint64 totalFollowers() const { return m_totalFollowers; }

private:
    struct Item {
        QString key;
        QString label;
        qint64 views = 0;
        QVariant uniqueViews; // null where LinkedIn sends none
        QVariant viewsPct;    // the report's pct_of_total
        qint64 followers = 0;
        QVariant followersPct;
    };
    int rows() const override { return int(m_items.size()); }

    DemographicFacet m_facet;
    QList<Item> m_items;
    QDate m_snapshotDate;
    qint64 m_totalViews = 0;
    qint64 m_totalFollowers = 0;
};

} // namespace pagesight
