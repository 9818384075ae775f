#include "FollowerGrowthTab.h"

#include "ChartCanvas.h"
#include "analytics/DashboardFollowerGrowth.h"

#include <QCheckBox>
#include <QHBoxLayout>
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
    m_summary->setTextFormat(Qt::RichText);
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
    m_spec = spec;
    spec.yTitle = tr("Followers gained per day");
    spec.y2Title = tr("Cumulative");
    m_chart->setModel(m_growth, spec);
    m_previousCheck = new QCheckBox(tr("Show the &previous period"), page);
    m_previousCheck->setObjectName(QStringLiteral("previousPeriodCheckBox"));
    m_previousCheck->setToolTip(tr("Draws the previous period's cumulative growth over this one, day by day."));
    m_previousCheck->setChecked(true);
    connect(m_previousCheck, &QCheckBox::toggled, this, &FollowerGrowthTab::updateChartSeries);
    QTableView *table = makeTable(QStringLiteral("followerGrowthTable"), tr("Follower growth by day"));
    auto *newestFirst = new QSortFilterProxyModel(table);
    newestFirst->setSourceModel(m_growth);
    newestFirst->setSortRole(Qt::EditRole);
    table->setModel(newestFirst);
    table->setSortingEnabled(true);
    table->sortByColumn(FollowerGrowthModel::Date, Qt::DescendingOrder);
    table->setColumnHidden(FollowerGrowthModel::PreviousCumulative, true); // the chart's overlay
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_previousCheck, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(chartOverTable(m_chart, table, page), 1);
    setContent(page);
}

QList<std::pair<QString, QString>> FollowerGrowthTab::tablesNeeded(const TableNames &tables) const {
    return {{QStringLiteral("follower_statistics"), tables.followerStatistics}};
}

QList<std::pair<QString, QAbstractItemModel *>> FollowerGrowthTab::exportTables() const {
    return {{QStringLiteral("follower-growth"), m_growth}};
}

void FollowerGrowthTab::load(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_growth->reload(database, filter);
    if (m_growth->rowCount() == 0) {
        showEmpty(m_growth->error().isEmpty() ? noRowsText(tr("daily follower statistics"), filter)
                                              : m_growth->error());
        return;
    }
    const QLocale locale;
    PeriodFigure gained{double(m_growth->totalGained())};
    if (const std::optional<qint64> previous = m_growth->previousGained())
        gained.previous = double(*previous);
    QString text = comparedFigure(tr("Gained in the period:"), locale.toString(m_growth->totalGained()), gained,
                                  gained.previous ? locale.toString(qint64(*gained.previous)) : QString());
    if (m_growth->totalFollowers() >= 0)
        text = tr("Followers: %1 (on %2)")
                   .arg(locale.toString(m_growth->totalFollowers()),
                        locale.toString(m_growth->snapshotDate(), QLocale::ShortFormat))
                   .toHtmlEscaped() +
               QStringLiteral(" · ") + text;
    if (const QString note = comparisonNote(filter, gained.previous.has_value()); !note.isEmpty())
        text += QStringLiteral("<br>") + note;
    m_summary->setText(text);
    m_previousCheck->setVisible(gained.previous.has_value());
    updateChartSeries();
    showContent();
}

void FollowerGrowthTab::updateChartSeries() {
    ChartSpec spec = m_spec;
    if (m_previousCheck->isChecked() && m_growth->previousGained())
        spec.series.append({ChartSeries::Kind::Line, FollowerGrowthModel::PreviousCumulative,
                            tr("Cumulative, previous period"), chartPalette().at(7), true, true});
    m_chart->setSpec(spec);
}

} // namespace pagesight
