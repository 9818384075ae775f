// The four dashboards of DashboardsPage: their widgets (a chart over a table of the same model) and
// how each is loaded.
#include "DashboardsPage.h"

#include "ChartCanvas.h"
#include "analytics/DashboardDemographics.h"
#include "analytics/DashboardFollowerGrowth.h"
#include "analytics/DashboardPosts.h"
#include "analytics/InsightsDemographicHistory.h"
#include "analytics/InsightsPostingTime.h"
#include "catalog/Catalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pagesight {

namespace {

// The most posts drawn as points: a scatter of every post of a 10,000-post page would cost more
// than the 200 ms a dashboard may take, and the largest ones tell the story.
constexpr int maxScatterPoints = 500;
constexpr int maxBars = 10; // demographic bars: the top 9 and "Other"

QSplitter *chartOverTable(ChartCanvas *chart, QTableView *table, QWidget *parent) {
    auto *splitter = new QSplitter(Qt::Vertical, parent);
    splitter->addWidget(chart);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 400}); // the chart first: a table scrolls, a squeezed chart elides its labels
    return splitter;
}

QLabel *makeSummary(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

ChartCanvas *makeChart(const QString &objectName, const QString &title, QWidget *parent) {
    auto *chart = new ChartCanvas(parent);
    chart->setObjectName(objectName);
    chart->setAccessibleName(title);
    chart->setTitle(title);
    return chart;
}

void fillFacets(QComboBox *combo) {
    for (const DemographicFacetInfo &info : demographicFacets())
        combo->addItem(info.displayTitle(), int(info.facet));
}

} // namespace

QTableView *DashboardsPage::makeTable(const QString &objectName, const QString &accessibleName, bool fitColumns) {
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    if (fitColumns) // a few rows: every header and number whole
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QWidget *DashboardsPage::makeFollowerGrowth() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_growthSummary = makeSummary(QStringLiteral("followerGrowthSummary"), page);
    m_growthChart = makeChart(QStringLiteral("followerGrowthChart"), tr("Daily follower gains"), page);
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
    m_growthChart->setModel(m_growth, spec);
    QTableView *table = makeTable(QStringLiteral("followerGrowthTable"), tr("Follower growth by day"));
    auto *newestFirst = new QSortFilterProxyModel(table);
    newestFirst->setSourceModel(m_growth);
    newestFirst->setSortRole(Qt::EditRole);
    table->setModel(newestFirst);
    table->setSortingEnabled(true);
    table->sortByColumn(FollowerGrowthModel::Date, Qt::DescendingOrder);
    layout->addWidget(m_growthSummary);
    layout->addWidget(chartOverTable(m_growthChart, table, page), 1);
    return page;
}

QWidget *DashboardsPage::makePostEngagement() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_postsSummary = makeSummary(QStringLiteral("postEngagementSummary"), page);
    m_postsChart = makeChart(QStringLiteral("postEngagementChart"), tr("Impressions and engagement rate"), page);
    ChartSpec scatter;
    scatter.x = ChartSpec::XAxis::Values;
    scatter.xColumn = PostEngagementModel::Impressions;
    scatter.series = {{ChartSeries::Kind::Scatter, PostEngagementModel::EngagementRatePct, tr("Posts")}};
    scatter.maxPoints = maxScatterPoints;
    scatter.xTitle = tr("Impressions");
    scatter.yTitle = tr("Engagement rate");
    scatter.valueSuffix = QStringLiteral(" %");
    scatter.valueDecimals = 1;
    m_postsChart->setModel(m_posts, scatter);
    connect(m_postsChart, &ChartCanvas::rowActivated, this, &DashboardsPage::openPost);

    QTableView *posts = makeTable(QStringLiteral("postEngagementTable"), tr("Top posts"));
    posts->setModel(m_sortedPosts);
    posts->setSortingEnabled(true);
    posts->sortByColumn(PostEngagementModel::Impressions, Qt::DescendingOrder);
    posts->setToolTip(tr("Double-click a post to open it on LinkedIn"));
    posts->horizontalHeader()->resizeSection(PostEngagementModel::PostId, 120);
    posts->horizontalHeader()->resizeSection(PostEngagementModel::Preview, 260);
    connect(posts, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openPost(m_sortedPosts->mapToSource(index).row()); });

    m_typesChart = makeChart(QStringLiteral("contentTypeChart"), tr("Mean engagement rate by content type"), page);
    ChartSpec types;
    types.x = ChartSpec::XAxis::Categories;
    types.xColumn = ContentTypeModel::ContentType;
    types.series = {{ChartSeries::Kind::Bar, ContentTypeModel::MeanEngagementRatePct, tr("Mean engagement rate"),
                     chartPalette().at(2)}};
    types.horizontal = true;
    types.valueLabels = true;
    types.valueSuffix = QStringLiteral(" %");
    types.valueDecimals = 1;
    m_typesChart->setModel(m_types, types);
    QTableView *typeTable = makeTable(QStringLiteral("contentTypeTable"), tr("Engagement by content type"), true);
    typeTable->setModel(m_types);

    auto *columns = new QSplitter(Qt::Horizontal, page);
    columns->addWidget(chartOverTable(m_postsChart, posts, columns));
    columns->addWidget(chartOverTable(m_typesChart, typeTable, columns));
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    layout->addWidget(m_postsSummary);
    layout->addWidget(columns, 1);
    return page;
}

QWidget *DashboardsPage::makeDemographics() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_facet = new QComboBox(page);
    m_facet->setObjectName(QStringLiteral("facetComboBox"));
    m_facet->setAccessibleName(tr("Break down by"));
    fillFacets(m_facet);
    auto *facetLabel = new QLabel(tr("&Break down by:"), page);
    facetLabel->setBuddy(m_facet);
    m_demographicsSummary = makeSummary(QStringLiteral("demographicsSummary"), page);
    row->addWidget(facetLabel);
    row->addWidget(m_facet);
    row->addSpacing(12);
    row->addWidget(m_demographicsSummary, 1);
    m_demographicsChart = makeChart(QStringLiteral("demographicsChart"), tr("Page views and followers"), page);
    ChartSpec spec;
    spec.x = ChartSpec::XAxis::Categories;
    spec.xColumn = DemographicsModel::Label;
    spec.series = {
        {ChartSeries::Kind::Bar, DemographicsModel::ViewsPct, tr("% of page views"), chartPalette().at(0)},
        {ChartSeries::Kind::Bar, DemographicsModel::FollowersPct, tr("% of followers"), chartPalette().at(1)}};
    spec.horizontal = true;
    spec.maxCategories = maxBars;
    spec.valueLabels = true;
    spec.valueSuffix = QStringLiteral(" %");
    m_demographicsChart->setModel(m_demographics, spec);
    QTableView *table = makeTable(QStringLiteral("demographicsTable"), tr("Visitor and follower demographics"), true);
    table->setModel(m_demographics);
    layout->addLayout(row);
    layout->addWidget(chartOverTable(m_demographicsChart, table, page), 1);
    connect(m_facet, &QComboBox::currentIndexChanged, this, [this] {
        m_demographics->setFacet(DemographicFacet(m_facet->currentData().toInt()));
        loadDashboard(VisitorDemographics);
    });
    return page;
}

QWidget *DashboardsPage::makeInsights() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(pageAnalyticsDifferenceNote(), page);
    note->setObjectName(QStringLiteral("pageAnalyticsNote"));
    note->setWordWrap(true);
    note->setFrameShape(QFrame::StyledPanel);
    note->setMargin(6);
    m_bestTime = makeSummary(QStringLiteral("bestPostingTime"), page);

    ChartSpec times;
    times.x = ChartSpec::XAxis::Categories;
    times.xColumn = PostingTimeModel::Slot;
    times.categoryRole = PostingTimeModel::ShortNameRole;
    times.series = {{ChartSeries::Kind::Bar, PostingTimeModel::MeanEngagementRatePct, tr("Mean engagement rate"),
                     chartPalette().at(2)},
                    {ChartSeries::Kind::Line, PostingTimeModel::Posts, tr("Posts"), chartPalette().at(7), true}};
    times.valueSuffix = QStringLiteral(" %");
    times.valueDecimals = 1;
    times.y2Title = tr("Posts");
    m_weekdayChart = makeChart(QStringLiteral("weekdayChart"), tr("By weekday (UTC)"), page);
    // Weekdays top to bottom: side by side, Qt Charts elides a name wider than its bar ("Wed" → "…").
    // The posts of each day are in the table under it.
    ChartSpec weekdaySpec = times;
    weekdaySpec.horizontal = true;
    weekdaySpec.series.removeLast();
    weekdaySpec.y2Title.clear();
    m_weekdayChart->setModel(m_weekdays, weekdaySpec);
    m_hourChart = makeChart(QStringLiteral("hourChart"), tr("By hour (UTC)"), page);
    m_hourChart->setModel(m_hours, times);
    QTableView *weekdays = makeTable(QStringLiteral("weekdayTable"), tr("Engagement by weekday"), true);
    weekdays->setModel(m_weekdays);
    QTableView *hours = makeTable(QStringLiteral("hourTable"), tr("Engagement by hour"), true);
    hours->setModel(m_hours);

    auto *history = new QWidget(page);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyRow = new QHBoxLayout;
    m_historyFacet = new QComboBox(history);
    m_historyFacet->setObjectName(QStringLiteral("historyFacetComboBox"));
    m_historyFacet->setAccessibleName(tr("Demographic"));
    fillFacets(m_historyFacet);
    m_historyAudience = new QComboBox(history);
    m_historyAudience->setObjectName(QStringLiteral("historyAudienceComboBox"));
    m_historyAudience->setAccessibleName(tr("Audience"));
    m_historyAudience->addItem(tr("Visitors"), int(DemographicHistoryModel::Audience::Visitors));
    m_historyAudience->addItem(tr("Followers"), int(DemographicHistoryModel::Audience::Followers));
    historyRow->addWidget(m_historyFacet);
    historyRow->addWidget(m_historyAudience);
    historyRow->addStretch(1);
    m_historyChart = makeChart(QStringLiteral("demographicHistoryChart"), tr("Share over the stored snapshots"), page);
    ChartSpec lines;
    lines.x = ChartSpec::XAxis::Dates;
    lines.xColumn = DemographicHistoryModel::Date;
    lines.valueSuffix = QStringLiteral(" %");
    lines.linesFromColumn = DemographicHistoryModel::FirstSeries; // a line per facet value, drawn once a reset
    m_historyChart->setModel(m_history, lines);
    QTableView *historyTable = makeTable(QStringLiteral("demographicHistoryTable"), tr("Demographic snapshots"), true);
    historyTable->setModel(m_history);
    historyLayout->addLayout(historyRow);
    historyLayout->addWidget(chartOverTable(m_historyChart, historyTable, history), 1);
    for (QComboBox *combo : {m_historyFacet, m_historyAudience})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_history->setFacet(DemographicFacet(m_historyFacet->currentData().toInt()));
            m_history->setAudience(DemographicHistoryModel::Audience(m_historyAudience->currentData().toInt()));
            loadHistory();
        });

    auto *columns = new QSplitter(Qt::Horizontal, page);
    columns->addWidget(chartOverTable(m_weekdayChart, weekdays, columns));
    columns->addWidget(chartOverTable(m_hourChart, hours, columns));
    columns->addWidget(history);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 4);
    columns->setStretchFactor(2, 3);
    // Seven weekday names need about 40 px each, or Qt Charts elides them to "…".
    columns->setSizes({330, 440, 330});
    layout->addWidget(note);
    layout->addWidget(m_bestTime);
    layout->addWidget(columns, 1);
    return page;
}

void DashboardsPage::loadFollowerGrowth(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_growth->reload(database, filter);
    if (m_growth->rowCount() == 0) {
        showEmpty(FollowerGrowth,
                  m_growth->error().isEmpty() ? noRowsText(tr("daily follower statistics")) : m_growth->error());
        return;
    }
    const QLocale locale;
    QString text = tr("Gained in the period: %1").arg(locale.toString(m_growth->totalGained()));
    if (m_growth->totalFollowers() >= 0)
        text = tr("Followers: %1 (on %2)")
                   .arg(locale.toString(m_growth->totalFollowers()),
                        locale.toString(m_growth->snapshotDate(), QLocale::ShortFormat)) +
               QStringLiteral(" · ") + text;
    m_growthSummary->setText(text);
    showContent(FollowerGrowth);
}

void DashboardsPage::loadPostEngagement(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_posts->reload(database, filter);
    m_types->reload(database, filter);
    if (m_posts->rowCount() == 0) {
        showEmpty(PostEngagement, m_posts->error().isEmpty() ? noRowsText(tr("posts published")) : m_posts->error());
        return;
    }
    m_postsSummary->setText(
        tr("%n post(s) published in the period. Statistics are each post's lifetime totals. The chart shows the "
           "posts with the most impressions (at most %1); double-click a post to open it on LinkedIn.",
           nullptr, m_posts->rowCount())
            .arg(qMin(m_posts->rowCount(), maxScatterPoints)));
    showContent(PostEngagement);
}

void DashboardsPage::loadDemographics(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_demographics->reload(database, filter);
    if (m_demographics->rowCount() == 0) {
        showEmpty(VisitorDemographics,
                  m_demographics->error().isEmpty()
                      ? tr("No demographics yet: they come with the page and follower statistics' lifetime "
                           "snapshot. Sync the source on the Sources page.")
                      : m_demographics->error());
        return;
    }
    const QLocale locale;
    m_demographicsSummary->setText(tr("The current state on %1 (demographics ignore the period): %2 page views, "
                                      "%3 followers.")
                                       .arg(locale.toString(m_demographics->snapshotDate(), QLocale::ShortFormat),
                                            locale.toString(m_demographics->totalViews()),
                                            locale.toString(m_demographics->totalFollowers())));
    m_demographicsChart->setTitle(tr("Page views and followers by %1")
                                      .arg(demographicFacetInfo(m_demographics->facet()).displayTitle().toLower()));
    showContent(VisitorDemographics);
}

void DashboardsPage::loadInsights(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_weekdays->reload(database, filter);
    m_hours->reload(database, filter);
    m_history->reload(database, filter);
    const int bestDay = m_weekdays->bestRow();
    const int bestHour = m_hours->bestRow();
    m_bestTime->setText(bestDay < 0 ? tr("No posts in the period to say when to post.")
                                    : tr("Best weekday: %1 · best hour: %2 (UTC), by mean engagement rate of the "
                                         "posts published then.")
                                          .arg(m_weekdays->slotName(bestDay), m_hours->slotName(bestHour)));
    showInsightsOrEmpty();
}

void DashboardsPage::loadHistory() {
    // Not loaded since the filter changed (or nothing to load): the next loadDashboard() reads the
    // new facet and audience with the rest.
    if (m_stale[Insights] || !missingData(Insights).isEmpty())
        return;
    m_history->reload(m_services.catalog->reader(), filter());
    showInsightsOrEmpty();
}

void DashboardsPage::showInsightsOrEmpty() {
    if (m_weekdays->bestRow() < 0 && m_history->rowCount() == 0)
        showEmpty(Insights, noRowsText(tr("posts or demographic snapshots")));
    else
        showContent(Insights);
}

} // namespace pagesight
