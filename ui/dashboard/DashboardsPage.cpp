#include "DashboardsPage.h"

#include "DemographicsTab.h"
#include "FollowerGrowthTab.h"
#include "InsightsTab.h"
#include "PostEngagementTab.h"
#include "SaveFileDialog.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pagesight {

DashboardsPage::DashboardsPage(const AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_askSaveFile(saveFileDialog(this))
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

void DashboardsPage::setUrlOpener(std::function<bool(const QUrl &)> opener) {
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
    m_tableSets = new QComboBox(bar);
    m_tableSets->setObjectName(QStringLiteral("tableSetComboBox"));
    m_tableSets->setAccessibleName(tr("Tables"));
    m_tableSets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
    m_tableSetLabel = new QLabel(tr("&Tables:"), bar);
    m_tableSetLabel->setBuddy(m_tableSets);
    row->addWidget(organizationLabel);
    row->addWidget(m_organizations);
    row->addWidget(m_tableSetLabel);
    row->addWidget(m_tableSets);
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

    connect(m_organizations, &QComboBox::currentIndexChanged, this, [this] {
        loadTableSets();
        filterChanged();
    });
    connect(m_tableSets, &QComboBox::currentIndexChanged, this, &DashboardsPage::filterChanged);
    // A pick of the user's own is kept when the sources change; the default follows them.
    connect(m_organizations, &QComboBox::activated, this, [this] { m_organizationPicked = true; });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const Range range = Range(m_range->currentData().toInt());
        const bool custom = range == Range::Custom;
        if (custom && !m_customDatesGiven) { // a custom period starts as the period that was shown
            const auto [from, to] = datesOf(m_shownRange);
            const QSignalBlocker fromBlocker(m_from), toBlocker(m_to);
            m_from->setDate(from);
            m_to->setDate(to);
        }
        m_shownRange = range;
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
    if (const DashboardOrganization::InTableSet *set = tableSet()) {
        filter.organizationUrn = organization()->organizationUrn;
        filter.tables = m_choices.tableSets.at(set->tableSet).tables;
    }
    filter.includeDark = m_includeDark->isChecked();
    filter.timeZone = m_timeZone;
    const Range range = Range(m_range->currentData().toInt());
    if (range != Range::AllTime)
        std::tie(filter.from, filter.to) = datesOf(range);
    return filter;
}

std::pair<QDate, QDate> DashboardsPage::datesOf(Range range) const {
    const QDate today = m_services.clock ? m_services.clock->todayUtc() : QDate::currentDate();
    switch (range) {
    case Range::Last7Days:
        return {today.addDays(-6), today};
    case Range::Last30Days:
        return {today.addDays(-29), today};
    case Range::Last90Days:
        return {today.addDays(-89), today};
    case Range::AllTime: // a custom period seeded from "all time" starts a year back
    case Range::Last365Days:
        return {today.addDays(-364), today};
    case Range::Custom:
        break;
    }
    return {m_from->date(), m_to->date()};
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
    m_customDatesGiven = true;
    setRange(Range::Custom); // loads the dashboard on screen, once
    m_customDatesGiven = false;
}

void DashboardsPage::setTimeZone(const QTimeZone &timeZone) {
    if (timeZone == m_timeZone)
        return;
    m_timeZone = timeZone;
    filterChanged();
}

void DashboardsPage::setIncludeDark(bool include) {
    m_includeDark->setChecked(include);
}

void DashboardsPage::useSources(const QList<SourceConfig> &sources) {
    m_fixedSources = sources;
    reload();
}

bool DashboardsPage::selectOrganization(const QString &organizationUrn) {
    const int index = m_choices.indexOf(organizationUrn);
    m_organizationPicked = m_organizationPicked || index >= 0;
    if (index >= 0)
        m_organizations->setCurrentIndex(index);
    return index >= 0;
}

bool DashboardsPage::selectTableSet(const TableNames &tables) {
    const DashboardOrganization *chosen = organization();
    for (int i = 0; chosen && i < chosen->tableSets.size(); ++i)
        if (m_choices.tableSets.at(chosen->tableSets.at(i).tableSet).tables == tables) {
            m_tableSets->setCurrentIndex(i);
            return true;
        }
    return false;
}

const DashboardOrganization *DashboardsPage::organization() const {
    const int index = m_organizations->currentIndex();
    return index >= 0 && index < m_choices.organizations.size() ? &m_choices.organizations.at(index) : nullptr;
}

const DashboardOrganization::InTableSet *DashboardsPage::tableSet() const {
    const DashboardOrganization *chosen = organization();
    const int index = m_tableSets->currentIndex();
    return chosen && index >= 0 && index < chosen->tableSets.size() ? &chosen->tableSets.at(index) : nullptr;
}

void DashboardsPage::loadSources() {
    const DashboardOrganization *before = m_organizationPicked ? organization() : nullptr;
    const QString previous = before ? before->organizationUrn : QString();
    m_choices = dashboardChoices(m_fixedSources       ? *m_fixedSources
                                 : m_services.sources ? m_services.sources->sources()
                                                      : QList<SourceConfig>());
    const QSignalBlocker blocker(m_organizations);
    m_organizations->clear();
    for (const DashboardOrganization &choice : std::as_const(m_choices.organizations))
        m_organizations->addItem(choice.label, choice.organizationUrn);
    const int index = before ? m_choices.indexOf(previous) : -1;
    m_organizations->setCurrentIndex(index >= 0 ? index : m_choices.preferredOrganization());
    m_organizations->setEnabled(m_choices.organizations.size() > 1);
    // The table-set picker is there only when sources write to more than one set of tables.
    m_tableSetLabel->setVisible(m_choices.tableSets.size() > 1);
    m_tableSets->setVisible(m_choices.tableSets.size() > 1);
    loadTableSets();
}

void DashboardsPage::loadTableSets() {
    const QString previous = m_tableSets->currentText();
    const QSignalBlocker blocker(m_tableSets);
    m_tableSets->clear();
    if (const DashboardOrganization *chosen = organization())
        for (const DashboardOrganization::InTableSet &in : chosen->tableSets) {
            const DashboardTableSet &set = m_choices.tableSets.at(in.tableSet);
            m_tableSets->addItem(set.label);
            m_tableSets->setItemData(m_tableSets->count() - 1, set.detail, Qt::ToolTipRole);
        }
    m_tableSets->setCurrentIndex(std::max(0, m_tableSets->findText(previous)));
    m_tableSets->setEnabled(m_tableSets->count() > 1);
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
    if (Range(m_range->currentData().toInt()) == Range::Custom && m_from->date() > m_to->date())
        return tr("The period ends before it starts: %1 is after %2. Choose a start on or before the end.")
            .arg(QLocale().toString(m_from->date(), QLocale::ShortFormat),
                 QLocale().toString(m_to->date(), QLocale::ShortFormat));
    const DashboardOrganization::InTableSet *set = tableSet();
    if (!set)
        return tr("No source yet. Add one on the Sources page (or try the sample data), sync it, and the dashboards "
                  "fill in.");
    const QList<std::pair<QString, QString>> needed =
        m_dashboards[dashboard]->tablesNeeded(m_choices.tableSets.at(set->tableSet).tables);
    const QStringList tables = m_services.catalog->userTables();
    for (const auto &[stream, table] : std::as_const(needed)) {
        if (!set->streams.contains(stream))
            return tr("“%1” does not sync the stream %2. Select it in the source's settings on the Sources page, "
                      "then sync.")
                .arg(set->sourceName, stream);
        if (!tables.contains(table))
            return tr("“%1” has not been synced yet (no table %2). Sync it on the Sources page.")
                .arg(set->sourceName, table);
    }
    return {};
}

DashboardHeading DashboardsPage::heading() const {
    const int dashboard = currentDashboard();
    DashboardHeading heading;
    heading.title = m_dashboards[dashboard]->title();
    heading.organization = m_organizations->currentText();
    const DashboardFilter shown = filter();
    const QLocale locale;
    heading.period = shown.hasRange() ? tr("%1 – %2").arg(locale.toString(shown.from, QLocale::ShortFormat),
                                                          locale.toString(shown.to, QLocale::ShortFormat))
                                      : tr("All time");
    if (dashboard == VisitorDemographics) // the current state, whatever the period
        heading.period = tr("Current state");
    if (const DashboardOrganization::InTableSet *set = tableSet(); set && m_services.catalog) {
        const QStringList present = m_services.catalog->userTables();
        for (const auto &[stream, table] :
             m_dashboards[dashboard]->tablesNeeded(m_choices.tableSets.at(set->tableSet).tables)) {
            if (!present.contains(table))
                continue;
            QSqlQuery newest(m_services.catalog->reader());
            if (newest.exec(QStringLiteral("SELECT MAX(_synced_at) FROM %1").arg(Catalog::quoted(table))) &&
                newest.next()) {
                const QDateTime synced = QDateTime::fromString(newest.value(0).toString(), Qt::ISODateWithMs);
                if (synced.isValid() && (!heading.dataAsOf.isValid() || synced > heading.dataAsOf))
                    heading.dataAsOf = synced;
            }
        }
    }
    return heading;
}

QString DashboardsPage::exportDashboard(const QString &path, bool byteOrderMark, QStringList *written) {
    const std::optional<ExportFormat> format = exportFormatOf(path);
    if (!format)
        return tr("Choose a file name ending in .png, .pdf or .csv.");
    DashboardTab *tab = m_dashboards[currentDashboard()];
    if (m_stale[currentDashboard()])
        loadDashboard(currentDashboard());
    if (*format == ExportFormat::Csv) {
        if (tab->isEmptyStateShown())
            return tr("This dashboard has no table to export: %1").arg(tab->emptyStateText());
        return exportTablesCsv(tab->exportTables(), path, byteOrderMark, written);
    }
    const QString error = exportPicture(tab->pictureWidget(), heading(), path, *format);
    if (error.isEmpty() && written)
        written->append(path);
    return error;
}

void DashboardsPage::exportWithDialog() {
    Preferences preferences(m_services.settings);
    static const char *const fileNames[] = {"follower-growth", "post-engagement", "visitor-demographics", "insights"};
    const QString png = tr("PNG image (*.png)"), pdf = tr("PDF document, one page (*.pdf)"),
                  csv = tr("The tables as CSV (*.csv)"),
                  excel = tr("The tables as CSV for Excel, with a UTF-8 byte-order mark (*.csv)");
    QString selected = pdf;
    const QString path =
        m_askSaveFile(tr("Export the Dashboard"),
                      preferences.exportPath(QLatin1String(fileNames[currentDashboard()]) + QStringLiteral(".pdf")),
                      QStringList{png, pdf, csv, excel}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    // The filter chosen decides a missing suffix; a typed one decides itself.
    QString target = path;
    if (!exportFormatOf(target))
        target += selected == png   ? QStringLiteral(".png")
                  : selected == pdf ? QStringLiteral(".pdf")
                                    : QStringLiteral(".csv");
    const bool byteOrderMark = selected == excel;
    QStringList written;
    const QString error = exportDashboard(target, byteOrderMark, &written);
    if (!error.isEmpty()) {
        emit exportFinished(false, error);
        return;
    }
    preferences.rememberExport(target, byteOrderMark);
    emit exportFinished(true, tr("Exported to %1").arg(written.join(QStringLiteral(", "))));
}

bool DashboardsPage::isEmptyStateShown(Dashboard dashboard) const {
    return m_dashboards[dashboard]->isEmptyStateShown();
}

QString DashboardsPage::emptyStateText(Dashboard dashboard) const {
    return m_dashboards[dashboard]->emptyStateText();
}

} // namespace pagesight
