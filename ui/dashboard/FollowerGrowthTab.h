#pragma once

#include "ChartCanvas.h"
#include "DashboardTab.h"

class QCheckBox;
class QLabel;

namespace pagesight {

class FollowerGrowthModel;

// Follower growth: daily gains (organic and paid bars, a 7-day average) and the cumulative growth,
// over a table of the days, newest first. The headline compares the gains with the previous period
// of the same length, and the chart can overlay that period's cumulative growth.
class FollowerGrowthTab : public DashboardTab {
    Q_OBJECT
public:
    explicit FollowerGrowthTab(QWidget *parent = nullptr);

    QString title() const override { return tr("Follower growth"); }
    QList<std::pair<QString, QString>> tablesNeeded(const TableNames &tables) const override;
    void load(const QSqlDatabase &database, const DashboardFilter &filter) override;
    QList<std::pair<QString, QAbstractItemModel *>> exportTables() const override;

    FollowerGrowthModel *model() const { return m_growth; }

private:
    FollowerGrowthModel *m_growth;
    QLabel *m_summary = nullptr;
    ChartCanvas *m_chart = nullptr;
    QCheckBox *m_previousCheck = nullptr; // overlay the previous period (when there is a whole one)
    ChartSpec m_spec;                     // the chart without the overlay

    void updateChartSeries();
};

} // namespace pagesight
