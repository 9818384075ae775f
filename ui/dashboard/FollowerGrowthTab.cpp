#include "FollowerGrowthTab.h"

#include "ChartCanvas.h"
#include "analytics/DashboardFollowerGrowth.h"

#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pagesight {

FollowerGrowthTab::FollowerGrowthTab(QWidget *parent)
    : DashboardTab(QStringLiteral("followerGrowthEmptyState"), parent)
    , m_growth(new FollowerGrowthModel(this)) {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_summary = makeSummary(QStringLiteral("followerGrowthSummary"), page);
    m_chart = makeChart(QStringLiteral("followerGrowthChart"), tr("Daily follower gains"), page);
    ChartSpec spec;
    spec.x = ChartSpec::XAxis::Dates;
    spec.xColumn = FollowerGrowthModel::Date;
    spec.series = {
        {ChartSeries::Kind::StackedBar, FollowerGrowthModel::Organic, tr("Organic"), chartPalette().at(0)},
        {ChartSeries::Kind::StackedBar, FollowerGrowthModel::Paid, tr("Paid"), chartPalette().at(1)},
        {ChartSeries::Kind::Line, FollowerGrowthModel::MovingAverage, tr("7-day average"), chartPalette().at(3)},
        {ChartSeries::Kind::Line, FollowerGrowthModel::Cumulative, tr("Cumulative growth"), chartPalette().at(2),
         true}};
    spec.yTitle = tr("Followers gained per day");
    spec.y2Title = tr("Cumulative");
    m_chart->setModel(m_growth, spec);
    QTableView *table = makeTable(QStringLiteral("followerGrowthTable"), tr("Follower growth by day"));
    auto *newestFirst = new QSortFilterProxyModel(table);
    newestFirst->setSourceModel(m_growth);
    newestFirst->setSortRole(Qt::EditRole);
    table->setModel(newestFirst);
    table->setSortingEnabled(true);
    table->sortByColumn(FollowerGrowthModel::Date, Qt::DescendingOrder);
    layout->addWidget(m_summary);
    layout->addWidget(chartOverTable(m_chart, table, page), 1);
    setContent(page);
}

QList<std::pair<QString, QString>> FollowerGrowthTab::tablesNeeded(const TableNames &tables) const {
    return {{QStringLiteral("follower_statistics"), tables.followerStatistics}};
}

void FollowerGrowthTab::load(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_growth->reload(database, filter);
    if (m_growth->rowCount() == 0) {
        showEmpty(m_growth->error().isEmpty() ? noRowsText(tr("daily follower statistics"), filter)
                                              : m_growth->error());
        return;
    }
    const QLocale locale;
    QString text = tr("Gained in the period: %1").arg(locale.toString(m_growth->totalGained()));
    if (m_growth->totalFollowers() >= 0)
        text = tr("Followers: %1 (on %2)")
                   .arg(locale.toString(m_growth->totalFollowers()),
                        locale.toString(m_growth->snapshotDate(), QLocale::ShortFormat)) +
               QStringLiteral(" · ") + text;
    m_summary->setText(text);
    showContent();
}

} // namespace pagesight
