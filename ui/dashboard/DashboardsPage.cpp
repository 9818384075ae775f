#include "DashboardsPage.h"

#include "ChartCanvas.h"
#include "analytics/DashboardDemographics.h"
#include "analytics/DashboardFollowerGrowth.h"
#include "analytics/DashboardPosts.h"
#include "analytics/InsightsDemographicHistory.h"
#include "analytics/InsightsPostingTime.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pagesight {

namespace {

// The stream of each table a dashboard reads.
const QString followerStream = QStringLiteral("follower_statistics");
const QString pageStream = QStringLiteral("page_statistics");
const QString postsStream = QStringLiteral("organization_posts");
const QString postStatisticsStream = QStringLiteral("post_statistics");

} // namespace

DashboardsPage::DashboardsPage(const AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
    , m_growth(new FollowerGrowthModel(this))
    , m_posts(new PostEngagementModel(this))
    , m_sortedPosts(new QSortFilterProxyModel(this))
    , m_types(new ContentTypeModel(this))
    , m_demographics(new DemographicsModel(DemographicFacet::Seniority, this))
    , m_history(
          new DemographicHistoryModel(DemographicFacet::Seniority, DemographicHistoryModel::Audience::Visitors, this))
    , m_weekdays(new PostingTimeModel(PostingTimeModel::Grouping::Weekday, this))
    , m_hours(new PostingTimeModel(PostingTimeModel::Grouping::Hour, this)) {
    setObjectName(QStringLiteral("dashboardsPage"));
    m_sortedPosts->setSourceModel(m_posts);
    m_sortedPosts->setSortRole(Qt::EditRole);
    m_stale.fill(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setAccessibleName(tr("Dashboards"));
    m_tabs->addTab(wrap(FollowerGrowth, makeFollowerGrowth()), tr("Follower growth"));
    m_tabs->addTab(wrap(PostEngagement, makePostEngagement()), tr("Post engagement"));
    m_tabs->addTab(wrap(VisitorDemographics, makeDemographics()), tr("Visitor demographics"));
    m_tabs->addTab(wrap(Insights, makeInsights()), tr("Insights"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeFilterBar());
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardsPage::showDashboard);
    loadSources();
    setRange(Range::Last30Days);
}

DashboardsPage::~DashboardsPage() = default;

QWidget *DashboardsPage::makeFilterBar() {
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_organizations = new QComboBox(bar);
    m_organizations->setObjectName(QStringLiteral("organizationComboBox"));
    m_organizations->setAccessibleName(tr("Organization"));
    m_organizations->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_range = new QComboBox(bar);
    m_range->setObjectName(QStringLiteral("dateRangeComboBox"));
    m_range->setAccessibleName(tr("Date range"));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("Last 90 days"), int(Range::Last90Days));
    m_range->addItem(tr("Last 365 days"), int(Range::Last365Days));
    m_range->addItem(tr("All time"), int(Range::AllTime));
    m_range->addItem(tr("Custom…"), int(Range::Custom));
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
    }
    auto *organizationLabel = new QLabel(tr("&Organization:"), bar);
    organizationLabel->setBuddy(m_organizations);
    auto *rangeLabel = new QLabel(tr("&Period:"), bar);
    rangeLabel->setBuddy(m_range);
    row->addWidget(organizationLabel);
    row->addWidget(m_organizations);
    row->addSpacing(12);
    row->addWidget(rangeLabel);
    row->addWidget(m_range);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addStretch(1);
    // Organic posts are what the page's followers saw; dark (DSC) posts were made for ads.
    m_includeDark = new QCheckBox(tr("Include &dark posts"), bar);
    m_includeDark->setObjectName(QStringLiteral("includeDarkPostsCheckBox"));
    m_includeDark->setAccessibleName(tr("Include dark posts"));
    m_includeDark->setToolTip(tr("Dark (direct sponsored content) posts are made for ads and never appear on the "
                                 "page. They are left out of every dashboard unless this is ticked."));
    row->addWidget(m_includeDark);

    connect(m_organizations, &QComboBox::currentIndexChanged, this, &DashboardsPage::filterChanged);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        filterChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardsPage::filterChanged);
    connect(m_includeDark, &QCheckBox::toggled, this, &DashboardsPage::filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardsPage::filterChanged);
    return bar;
}

QWidget *DashboardsPage::wrap(Dashboard dashboard, QWidget *content) {
    auto *stack = new QStackedWidget(this);
    auto *empty = new QLabel(stack);
    static const char *const names[DashboardCount] = {"followerGrowthEmptyState", "postEngagementEmptyState",
                                                      "demographicsEmptyState", "insightsEmptyState"};
    empty->setObjectName(QString::fromLatin1(names[dashboard]));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(40);
    stack->addWidget(empty);
    stack->addWidget(content);
    m_stacks[dashboard] = stack;
    m_emptyLabels[dashboard] = empty;
    return stack;
}

int DashboardsPage::currentDashboard() const {
    return m_tabs->currentIndex();
}

DashboardFilter DashboardsPage::filter() const {
    DashboardFilter filter;
    const int index = m_organizations->currentIndex();
    if (index >= 0 && index < m_choices.size()) {
        filter.organizationUrn = m_choices.at(index).organizationUrn;
        filter.tables = m_choices.at(index).tables;
    }
    filter.includeDark = m_includeDark->isChecked();
    const QDate today = m_services.clock ? m_services.clock->todayUtc() : QDate::currentDate();
    switch (Range(m_range->currentData().toInt())) {
    case Range::Last7Days:
        filter.from = today.addDays(-6);
        break;
    case Range::Last30Days:
        filter.from = today.addDays(-29);
        break;
    case Range::Last90Days:
        filter.from = today.addDays(-89);
        break;
    case Range::Last365Days:
        filter.from = today.addDays(-364);
        break;
    case Range::AllTime:
        return filter;
    case Range::Custom:
        filter.from = m_from->date();
        filter.to = m_to->date();
        return filter;
    }
    filter.to = today;
    return filter;
}

void DashboardsPage::setRange(Range range) {
    const int index = m_range->findData(int(range));
    if (index == m_range->currentIndex())
        filterChanged();
    else
        m_range->setCurrentIndex(index);
}

void DashboardsPage::setCustomRange(const QDate &from, const QDate &to) {
    const QSignalBlocker fromBlocker(m_from), toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    setRange(Range::Custom); // loads the dashboard on screen, once
}

bool DashboardsPage::selectOrganization(const QString &organizationUrn) {
    for (int i = 0; i < m_choices.size(); ++i)
        if (m_choices.at(i).organizationUrn == organizationUrn) {
            m_organizations->setCurrentIndex(i);
            return true;
        }
    return false;
}

void DashboardsPage::loadSources() {
    const QString previous = m_organizations->currentIndex() >= 0 ? m_organizations->currentText() : QString();
    m_choices.clear();
    const QList<SourceConfig> sources = m_services.sources ? m_services.sources->sources() : QList<SourceConfig>();
    for (const SourceConfig &source : sources) {
        Choice choice;
        choice.sourceName = source.description.isEmpty() ? source.organizationUrn() : source.description;
        choice.label = source.organizationName.isEmpty() ? choice.sourceName : source.organizationName;
        choice.organizationUrn = source.organizationUrn();
        choice.tables = TableNames::of(source);
        for (const StreamSelection &selection : source.streams)
            choice.streams.insert(selection.streamId);
        m_choices.append(choice);
    }
    // Every organization at once, where sources write to the same tables.
    int sharing = 0;
    for (const Choice &choice : std::as_const(m_choices))
        sharing += choice.tables == m_choices.first().tables ? 1 : 0;
    if (sharing > 1) {
        Choice all = m_choices.first();
        all.label = tr("All organizations");
        all.sourceName = all.label;
        all.organizationUrn.clear();
        for (const Choice &choice : std::as_const(m_choices))
            if (choice.tables == all.tables)
                all.streams.intersect(choice.streams);
        m_choices.prepend(all);
    }
    const QSignalBlocker blocker(m_organizations);
    m_organizations->clear();
    for (const Choice &choice : std::as_const(m_choices))
        m_organizations->addItem(choice.label, choice.organizationUrn);
    const int index = m_organizations->findText(previous);
    m_organizations->setCurrentIndex(index >= 0 ? index : 0);
    m_organizations->setEnabled(m_choices.size() > 1);
}

void DashboardsPage::reload() {
    loadSources();
    filterChanged();
}

void DashboardsPage::filterChanged() {
    m_stale.fill(true);
    loadDashboard(currentDashboard());
}

void DashboardsPage::showDashboard(int dashboard) {
    if (dashboard < 0 || dashboard >= DashboardCount)
        return;
    if (m_tabs->currentIndex() != dashboard) {
        m_tabs->setCurrentIndex(dashboard); // comes back here through currentChanged
        return;
    }
    if (m_stale[dashboard])
        loadDashboard(dashboard);
}

void DashboardsPage::loadDashboard(int dashboard) {
    if (dashboard < 0 || dashboard >= DashboardCount)
        return;
    m_stale[dashboard] = false;
    const QString missing = missingData(Dashboard(dashboard));
    if (!missing.isEmpty()) {
        showEmpty(Dashboard(dashboard), missing);
        emit dashboardLoaded(dashboard);
        return;
    }
    const QSqlDatabase database = m_services.catalog->reader();
    const DashboardFilter current = filter();
    switch (dashboard) {
    case FollowerGrowth:
        loadFollowerGrowth(database, current);
        break;
    case PostEngagement:
        loadPostEngagement(database, current);
        break;
    case VisitorDemographics:
        loadDemographics(database, current);
        break;
    case Insights:
        loadInsights(database, current);
        break;
    }
    emit dashboardLoaded(dashboard);
}

QString DashboardsPage::missingData(Dashboard dashboard) const {
    if (!m_services.catalog || !m_services.catalog->isOpen())
        return tr("The catalog is not open, so there is nothing to show. See the Sources page.");
    const int index = m_organizations->currentIndex();
    if (index < 0 || index >= m_choices.size())
        return tr("No source yet. Add one on the Sources page (or try the sample data), sync it, and the dashboards "
                  "fill in.");
    const Choice &choice = m_choices.at(index);
    QList<QPair<QString, QString>> needed; // stream, table
    switch (dashboard) {
    case FollowerGrowth:
        needed = {{followerStream, choice.tables.followerStatistics}};
        break;
    case PostEngagement:
        needed = {{postsStream, choice.tables.organizationPosts}, {postStatisticsStream, choice.tables.postStatistics}};
        break;
    case VisitorDemographics:
        needed = {{pageStream, choice.tables.pageStatistics}, {followerStream, choice.tables.followerStatistics}};
        break;
    case Insights:
        needed = {{postsStream, choice.tables.organizationPosts},
                  {postStatisticsStream, choice.tables.postStatistics},
                  {pageStream, choice.tables.pageStatistics}};
        break;
    case DashboardCount:
        break;
    }
    const QStringList tables = m_services.catalog->userTables();
    for (const auto &[stream, table] : std::as_const(needed)) {
        if (!choice.streams.contains(stream))
            return tr("“%1” does not sync the stream %2. Select it in the source's settings on the Sources page, "
                      "then sync.")
                .arg(choice.sourceName, stream);
        if (!tables.contains(table))
            return tr("“%1” has not been synced yet (no table %2). Sync it on the Sources page.")
                .arg(choice.sourceName, table);
    }
    return {};
}

QString DashboardsPage::noRowsText(const QString &what) const {
    const DashboardFilter current = filter();
    const QLocale locale;
    if (!current.hasRange())
        return tr("No %1 in the catalog yet. Sync the source on the Sources page.").arg(what);
    return tr("No %1 between %2 and %3. Choose a longer period, or sync the source on the Sources page.")
        .arg(what, locale.toString(current.from, QLocale::ShortFormat),
             locale.toString(current.to.isValid() ? current.to : QDate::currentDate(), QLocale::ShortFormat));
}

void DashboardsPage::showEmpty(Dashboard dashboard, const QString &text) {
    m_emptyLabels[dashboard]->setText(text);
    m_stacks[dashboard]->setCurrentIndex(0);
}

void DashboardsPage::showContent(Dashboard dashboard) {
    m_stacks[dashboard]->setCurrentIndex(1);
}

bool DashboardsPage::isEmptyStateShown(Dashboard dashboard) const {
    return m_stacks[dashboard]->currentIndex() == 0;
}

QString DashboardsPage::emptyStateText(Dashboard dashboard) const {
    return isEmptyStateShown(dashboard) ? m_emptyLabels[dashboard]->text() : QString();
}

void DashboardsPage::openPost(int row) {
    const QUrl url = m_posts->postUrl(row);
    if (url.isValid() && m_openUrl)
        m_openUrl(url);
}

} // namespace pagesight
