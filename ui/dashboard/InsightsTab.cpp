#include "InsightsTab.h"

#include "ChartCanvas.h"
#include "DemographicsTab.h"
#include "analytics/InsightsDemographicHistory.h"
#include "analytics/InsightsPostingTime.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pagesight {

InsightsTab::InsightsTab(QWidget *parent)
    : DashboardTab(QStringLiteral("insightsEmptyState"), parent)
    , m_history(
          new DemographicHistoryModel(DemographicFacet::Seniority, DemographicHistoryModel::Audience::Visitors, this))
    , m_weekdays(new PostingTimeModel(PostingTimeModel::Grouping::Weekday, this))
    , m_hours(new PostingTimeModel(PostingTimeModel::Grouping::Hour, this)) {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    // Folded by default: a paragraph that would take the charts' room on a small screen.
    auto *noteToggle = new QToolButton(page);
    noteToggle->setObjectName(QStringLiteral("pageAnalyticsNoteToggle"));
    noteToggle->setText(tr("Why LinkedIn's Page Analytics may show other numbers"));
    noteToggle->setCheckable(true);
    noteToggle->setAutoRaise(true);
    noteToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    noteToggle->setArrowType(Qt::RightArrow);
    noteToggle->setStyleSheet(QStringLiteral("QToolButton { border: none; background: transparent; }"));
    auto *note = new QLabel(pageAnalyticsDifferenceNote(), page);
    note->setObjectName(QStringLiteral("pageAnalyticsNote"));
    note->setWordWrap(true);
    note->setFrameShape(QFrame::StyledPanel);
    note->setMargin(6);
    note->setVisible(false);
    connect(noteToggle, &QToolButton::toggled, note, [noteToggle, note](bool open) {
        noteToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        note->setVisible(open);
    });
    m_bestTime = makeSummary(QStringLiteral("bestPostingTime"), page);

    ChartSpec times;
    times.x = ChartSpec::XAxis::Categories;
    times.xColumn = PostingTimeModel::Slot;
    times.categoryRole = PostingTimeModel::ShortNameRole;
    times.dimmedRole = PostingTimeModel::SparseRole;
    times.series = {{ChartSeries::Kind::Bar, PostingTimeModel::MeanEngagementRatePct, tr("Mean engagement rate"),
                     chartPalette().at(2)},
                    {ChartSeries::Kind::Line, PostingTimeModel::Posts, tr("Posts"), chartPalette().at(7), true}};
    times.valueSuffix = QStringLiteral(" %");
    times.valueDecimals = 1;
    times.y2Title = tr("Posts");
    m_weekdayChart = makeChart(QStringLiteral("weekdayChart"), tr("By weekday (%1)").arg(u"UTC"), page);
    // Weekdays top to bottom: side by side, Qt Charts elides a name wider than its bar ("Wed" → "…").
    // The posts of each day are in the table under it.
    ChartSpec weekdaySpec = times;
    weekdaySpec.horizontal = true;
    weekdaySpec.series.removeLast();
    weekdaySpec.y2Title.clear();
    m_weekdayChart->setModel(m_weekdays, weekdaySpec);
    m_hourChart = makeChart(QStringLiteral("hourChart"), tr("By hour (%1)").arg(u"UTC"), page);
    m_hourChart->setModel(m_hours, times);
    QTableView *weekdays = makeTable(QStringLiteral("weekdayTable"), tr("Engagement by weekday"), true);
    weekdays->setModel(m_weekdays);
    QTableView *hours = makeTable(QStringLiteral("hourTable"), tr("Engagement by hour"), true);
    hours->setModel(m_hours);

    auto *columns = new QSplitter(Qt::Horizontal, page);
    columns->addWidget(chartOverTable(m_weekdayChart, weekdays, columns));
    columns->addWidget(chartOverTable(m_hourChart, hours, columns));
    columns->addWidget(makeHistory(page));
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 4);
    columns->setStretchFactor(2, 3);
    // Seven weekday names need about 40 px each, or Qt Charts elides them to "…".
    columns->setSizes({330, 440, 330});
    layout->addWidget(m_bestTime);
    layout->addWidget(noteToggle, 0, Qt::AlignLeft);
    layout->addWidget(note);
    layout->addWidget(columns, 1);
    setContent(page);
}

QWidget *InsightsTab::makeHistory(QWidget *parent) {
    auto *history = new QWidget(parent);
    history->setMinimumWidth(300); // its legend names each line at the right: "Manager", not "Mana..."
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyRow = new QHBoxLayout;
    m_historyFacet = new QComboBox(history);
    m_historyFacet->setObjectName(QStringLiteral("historyFacetComboBox"));
    m_historyFacet->setAccessibleName(tr("Demographic"));
    fillDemographicFacets(m_historyFacet);
    m_historyAudience = new QComboBox(history);
    m_historyAudience->setObjectName(QStringLiteral("historyAudienceComboBox"));
    m_historyAudience->setAccessibleName(tr("Audience"));
    m_historyAudience->addItem(tr("Visitors"), int(DemographicHistoryModel::Audience::Visitors));
    m_historyAudience->addItem(tr("Followers"), int(DemographicHistoryModel::Audience::Followers));
    historyRow->addWidget(m_historyFacet);
    historyRow->addWidget(m_historyAudience);
    historyRow->addStretch(1);
    ChartCanvas *chart = makeChart(QStringLiteral("demographicHistoryChart"), tr("Share by snapshot"), history);
    ChartSpec lines;
    lines.x = ChartSpec::XAxis::Dates;
    lines.xColumn = DemographicHistoryModel::Date;
    lines.valueSuffix = QStringLiteral(" %");
    lines.linesFromColumn = DemographicHistoryModel::FirstSeries; // a line per facet value, drawn once a reset
    chart->setModel(m_history, lines);
    QTableView *table = makeTable(QStringLiteral("demographicHistoryTable"), tr("Demographic snapshots"), true);
    table->setModel(m_history);
    historyLayout->addLayout(historyRow);
    historyLayout->addWidget(chartOverTable(chart, table, history), 1);
    for (QComboBox *combo : {m_historyFacet, m_historyAudience})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_history->setFacet(DemographicFacet(m_historyFacet->currentData().toInt()));
            m_history->setAudience(DemographicHistoryModel::Audience(m_historyAudience->currentData().toInt()));
            emit choiceChanged();
        });
    return history;
}

QList<std::pair<QString, QString>> InsightsTab::tablesNeeded(const TableNames &tables) const {
    return {{QStringLiteral("organization_posts"), tables.organizationPosts},
            {QStringLiteral("post_statistics"), tables.postStatistics},
            {QStringLiteral("page_statistics"), tables.pageStatistics}};
}

QList<std::pair<QString, QAbstractItemModel *>> InsightsTab::exportTables() const {
    return {{QStringLiteral("weekdays"), m_weekdays},
            {QStringLiteral("hours"), m_hours},
            {QStringLiteral("demographic-history"), m_history}};
}

void InsightsTab::load(const QSqlDatabase &database, const DashboardFilter &filter) {
    QString error; // the posts read once, for both groupings
    const QList<PostingTimeModel::PostTime> posts = PostingTimeModel::postTimes(database, filter, &error);
    m_weekdays->reload(posts, filter.timeZone, error);
    m_hours->reload(posts, filter.timeZone, error);
    m_weekdayChart->setTitle(tr("By weekday (%1)").arg(filter.timeZoneName()));
    m_hourChart->setTitle(tr("By hour (%1)").arg(filter.timeZoneName()));
    m_history->reload(database, filter);
    const int bestDay = m_weekdays->bestRow();
    const int bestHour = m_hours->bestRow();
    const QString thin =
        tr("a slot with fewer than %1 posts is greyed and never called best").arg(PostingTimeModel::kMinimumPosts);
    if (!m_weekdays->hasPosts())
        m_bestTime->setText(tr("No posts in the period to say when to post."));
    else if (bestDay < 0)
        m_bestTime->setText(tr("Too few posts in the period to say when to post (%1).").arg(thin));
    else
        m_bestTime->setText(
            tr("Best weekday: %1 · best hour: %2 (%4), by mean engagement rate of the posts published then (%3).")
                .arg(m_weekdays->slotName(bestDay),
                     bestHour < 0 ? tr("none has enough posts") : m_hours->slotName(bestHour), thin,
                     filter.timeZoneName()));
    showOrEmpty(filter);
}

void InsightsTab::reloadChoice(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_history->reload(database, filter); // another facet or audience: the history alone
    showOrEmpty(filter);
}

void InsightsTab::showOrEmpty(const DashboardFilter &filter) {
    if (!m_weekdays->hasPosts() && m_history->rowCount() == 0)
        showEmpty(noRowsText(tr("posts or demographic snapshots"), filter));
    else
        showContent();
}

} // namespace pagesight
