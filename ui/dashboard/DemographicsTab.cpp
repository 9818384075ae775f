#include "DemographicsTab.h"

#include "ChartCanvas.h"
#include "analytics/DashboardDemographics.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pagesight {

namespace {
constexpr int maxBars = 10;     // demographic bars: the top 9 and "Other"
constexpr int tableMinRows = 6; // the table is what an analyst reads the names and counts in
} // namespace

void fillDemographicFacets(QComboBox *combo) {
    for (const DemographicFacetInfo &info : demographicFacets())
        combo->addItem(info.displayTitle(), int(info.facet));
}

DemographicsTab::DemographicsTab(QWidget *parent)
    : DashboardTab(QStringLiteral("demographicsEmptyState"), parent)
    , m_demographics(new DemographicsModel(DemographicFacet::Seniority, this)) {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_facet = new QComboBox(page);
    m_facet->setObjectName(QStringLiteral("facetComboBox"));
    m_facet->setAccessibleName(tr("Break down by"));
    fillDemographicFacets(m_facet);
    auto *facetLabel = new QLabel(tr("&Break down by:"), page);
    facetLabel->setBuddy(m_facet);
    m_summary = makeSummary(QStringLiteral("demographicsSummary"), page);
    row->addWidget(facetLabel);
    row->addWidget(m_facet);
    row->addSpacing(12);
    row->addWidget(m_summary, 1);
    m_chart = makeChart(QStringLiteral("demographicsChart"), tr("Page views and followers"), page);
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
    m_chart->setModel(m_demographics, spec);
    QTableView *table =
        makeTable(QStringLiteral("demographicsTable"), tr("Visitor and follower demographics"), true, tableMinRows);
    table->setModel(m_demographics);
    layout->addLayout(row);
    layout->addWidget(chartOverTable(m_chart, table, page), 1);
    setContent(page);
    connect(m_facet, &QComboBox::currentIndexChanged, this, [this] {
        m_demographics->setFacet(DemographicFacet(m_facet->currentData().toInt()));
        emit choiceChanged();
    });
}

QList<std::pair<QString, QString>> DemographicsTab::tablesNeeded(const TableNames &tables) const {
    return {{QStringLiteral("page_statistics"), tables.pageStatistics},
            {QStringLiteral("follower_statistics"), tables.followerStatistics}};
}

QList<std::pair<QString, QAbstractItemModel *>> DemographicsTab::exportTables() const {
    return {{QStringLiteral("demographics"), m_demographics}};
}

void DemographicsTab::load(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_demographics->reload(database, filter);
    if (m_demographics->rowCount() == 0) {
        showEmpty(m_demographics->error().isEmpty()
                      ? tr("No demographics yet: they come with the page and follower statistics' lifetime "
                           "snapshot. Sync the source on the Sources page.")
                      : m_demographics->error());
        return;
    }
    const QLocale locale;
    const QString facet = demographicFacetInfo(m_demographics->facet()).displayTitle().toLower();
    // LinkedIn counts a member only under a value it knows, so the groups add up to less.
    QString summary = tr("The current state on %1 (demographics ignore the period): %2 page views, "
                         "%3 followers with a known %4. LinkedIn leaves out members whose %4 it does not know, "
                         "so these are below the page's totals.")
                          .arg(locale.toString(m_demographics->snapshotDate(), QLocale::ShortFormat),
                               locale.toString(m_demographics->totalViews()),
                               locale.toString(m_demographics->totalFollowers()), facet);
    // LinkedIn publishes its standardized names (seniorities, functions, industries, places) in
    // English only: said, rather than left to look like a missing translation.
    if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        summary += QLatin1Char(' ') + tr("The names are LinkedIn's own, which it publishes in English.");
    m_summary->setText(summary);
    m_chart->setTitle(tr("Page views and followers by %1").arg(facet));
    showContent();
}

} // namespace pagesight
