#pragma once

#include "DashboardTab.h"

class QLabel;

namespace pagesight {

class FollowerGrowthModel;

// Follower growth: daily gains (organic and paid bars, a 7-day average) and the cumulative growth,
// over a table of the days, newest first.
class FollowerGrowthTab : public DashboardTab {
    Q_OBJECT
public:
    explicit FollowerGrowthTab(QWidget *parent = nullptr);

    QString title() const override { return tr("Follower growth"); }
    QList<std::pair<QString, QString>> tablesNeeded(const TableNames &tables) const override;
    void load(const QSqlDatabase &database, const DashboardFilter &filter) override;

    FollowerGrowthModel *model() const { return m_growth; }

private:
    FollowerGrowthModel *m_growth;
    QLabel *m_summary = nullptr;
    ChartCanvas *m_chart = nullptr;
};

} // namespace pagesight
