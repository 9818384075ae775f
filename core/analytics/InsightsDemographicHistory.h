#pragma once

#include "DashboardDemographics.h"

namespace pagesight {

// An insight the hosted connectors lack: how a facet's share moved over the stored LIFETIME
// snapshots (one per sync day). LinkedIn only ever answers the current state; the catalog keeps each
// day's snapshot, so the history is there to read.
//
// One row per snapshot date in the range (oldest first); column Date, then one column per facet
// value — the values largest in the newest snapshot, at most maxSeries() — and "Other" for the rest
// when there is a rest. A cell is the value's share of that date's total, in %, 1 decimal.
// Audience: visitors (page views) or followers (organic + paid), summed over the organizations.
class DemographicHistoryModel : public DashboardModel {
    Q_OBJECT
public:
    enum class Audience { Visitors, Followers };
    enum Column { Date, FirstSeries };
    enum Role { CountRole = Qt::UserRole + 1 }; // the views or followers behind a share

    explicit DemographicHistoryModel(DemographicFacet facet = DemographicFacet::Seniority,
                                     Audience audience = Audience::Visitors, QObject *parent = nullptr);

    // Take effect at the next reload().
    void setFacet(DemographicFacet facet) { m_facet = facet; }
    void setAudience(Audience audience) { m_audience = audience; }
    void setMaxSeries(int count) { m_maxSeries = qMax(1, count); }
    DemographicFacet facet() const { return m_facet; }
    Audience audience() const { return m_audience; }
    int maxSeries() const { return m_maxSeries; }

    void reload(const QSqlDatabase &database, const DashboardFilter &filter) override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The facet value of a series column; empty for Date and for "Other".
    QString keyOfColumn(int column) const;

private:
    int rows() const override { return int(m_dates.size()); }

    DemographicFacet m_facet;
    Audience m_audience;
    int m_maxSeries = 6;
    QList<QDate> m_dates;
    QStringList m_keys;            // series keys; "" = Other
    QStringList m_labels;          // their names
    QList<QList<qint64>> m_counts; // [date][series]
    QList<qint64> m_totals;        // [date]
};

} // namespace pagesight
