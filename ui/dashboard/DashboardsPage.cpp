#include "DashboardsPage.h"

#include "DemographicsTab.h"
#include "FollowerGrowthTab.h"
#include "InsightsTab.h"
#include "PostEngagementTab.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pagesight {

DashboardsPage::DashboardsPage(const AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_growth(new FollowerGrowthTab(this))
    , m_posts(new PostEngagementTab(this))
    , m_demographics(new DemographicsTab(this))
    , m_insights(new InsightsTab(this)) {
    setObjectName(QStringLiteral("dashboardsPage"));
    m_stale.fill(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setAccessibleName(tr("Dashboards"));
    addTab(FollowerGrowth, m_growth);
    addTab(PostEngagement, m_posts);
    addTab(VisitorDemographics, m_demographics);
    addTab(Insights, m_insights);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeFilterBar());
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardsPage::showDashboard);
    loadSources();
    setRange(Range::Last30Days);
}

void DashboardsPage::addTab(Dashboard dashboard, DashboardTab *tab) {
    m_dashboards[dashboard] = tab;
    m_tabs->addTab(tab, tab->title());
    // A choice of the tab's own: reloaded now if it is loaded, else when it is next shown.
    connect(tab, &DashboardTab::choiceChanged, this, [this, dashboard] {
        if (m_stale[dashboard] || !missingData(dashboard).isEmpty())
            return;
        m_dashboards[dashboard]->reloadChoice(m_services.catalog->reader(), filter());
        emit dashboardLoaded(dashboard);
    });
}

void DashboardsPage::setUrlOpener(std::function<void(const QUrl &)> opener) {
    m_posts->setUrlOpener(std::move(opener));
}

FollowerGrowthModel *DashboardsPage::followerGrowthModel() const {
    return m_growth->model();
}
PostEngagementModel *DashboardsPage::postEngagementModel() const {
    return m_posts->postsModel();
}
ContentTypeModel *DashboardsPage::contentTypeModel() const {
    return m_posts->contentTypeModel();
}
DemographicsModel *DashboardsPage::demographicsModel() const {
    return m_demographics->model();
}
DemographicHistoryModel *DashboardsPage::demographicHistoryModel() const {
    return m_insights->historyModel();
}
PostingTimeModel *DashboardsPage::weekdayModel() const {
    return m_insights->weekdayModel();
}
PostingTimeModel *DashboardsPage::hourModel() const {
    return m_insights->hourModel();
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
        choice.sample = source.authMethod == SourceConfig::AuthMethod::SampleData;
        m_choices.append(choice);
    }
    // Real pages first: once one exists, the dashboards open on it, not on the sample data.
    std::stable_partition(m_choices.begin(), m_choices.end(), [](const Choice &choice) { return !choice.sample; });
    const bool anySample = std::any_of(m_choices.cbegin(), m_choices.cend(), [](const Choice &c) { return c.sample; });
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
    int index = m_organizations->findText(previous);
    if (index < 0 && anySample) // "All organizations" would add the sample data in
        for (int i = 0; i < m_choices.size() && index < 0; ++i)
            if (!m_choices.at(i).sample && !m_choices.at(i).organizationUrn.isEmpty())
                index = i;
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
        m_dashboards[dashboard]->showEmpty(missing);
        emit dashboardLoaded(dashboard);
        return;
    }
    m_dashboards[dashboard]->load(m_services.catalog->reader(), filter());
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
    const QList<std::pair<QString, QString>> needed = m_dashboards[dashboard]->tablesNeeded(choice.tables);
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

bool DashboardsPage::isEmptyStateShown(Dashboard dashboard) const {
    return m_dashboards[dashboard]->isEmptyStateShown();
}

QString DashboardsPage::emptyStateText(Dashboard dashboard) const {
    return m_dashboards[dashboard]->emptyStateText();
}

} // namespace pagesight
