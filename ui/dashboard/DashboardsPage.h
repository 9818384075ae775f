#pragma once

#include "DashboardExport.h"
#include "analytics/DashboardModel.h"
#include "app/AppServices.h"
#include "app/DashboardChoices.h"
#include "app/Preferences.h"

#include <QSet>
#include <QUrl>
#include <QWidget>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;

namespace pagesight {

class ContentTypeModel;
class DashboardTab;
class DemographicHistoryModel;
class DemographicsModel;
class DemographicsTab;
class FollowerGrowthModel;
class FollowerGrowthTab;
class InsightsTab;
class PostEngagementModel;
class PostEngagementTab;
class PostingTimeModel;

// The Dashboards page: follower growth, post engagement, visitor demographics and insights, each
// a DashboardTab of its own (charts over table views of the same models). An organization picker
// (each of the sources' organizations once, or all of them), a table-set picker where sources write
// to several sets of tables, and a date range (last 7/30/90/365 days, all time, custom) apply to
// every dashboard. Where there is nothing to draw, the dashboard says what to
// sync instead.
//
// Loading is synchronous: reload() reads the sources and loads the dashboard on screen (the others
// when they are shown), so "catalog opened → reload() → grab()" times a whole dashboard. The lead
// connects reload() to "a sync finished" and "sources changed".
class DashboardsPage : public QWidget {
    Q_OBJECT
public:
    enum Dashboard { FollowerGrowth, PostEngagement, VisitorDemographics, Insights, DashboardCount };
    enum class Range { Last7Days, Last30Days, Last90Days, Last365Days, AllTime, Custom };

    explicit DashboardsPage(const AppServices &services, QWidget *parent = nullptr);
    ~DashboardsPage() override;

    int currentDashboard() const;
    DashboardFilter filter() const; // of the organization and range chosen
    void setRange(Range range);
    void setCustomRange(const QDate &from, const QDate &to);
    bool selectOrganization(const QString &organizationUrn); // false when no source has it
    bool selectTableSet(const TableNames &tables);           // false when the organization chosen has no such set
    // Where weekdays and hours are counted (Tools → Preferences); UTC until set.
    void setTimeZone(const QTimeZone &timeZone);
    void setIncludeDark(bool include);
    // The sources to choose from instead of services.sources: render's, on a catalog synced from the
    // command line (no source saved in it).
    void useSources(const QList<SourceConfig> &sources);
    // How a post is opened on LinkedIn (default QDesktopServices::openUrl); tests catch it.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);

    // The dashboard on screen, to share: a PNG or a one-page PDF under a heading (the dashboard, the
    // organization, the period, when its data was synced), or its tables as CSV, by path's suffix.
    // The sentence saying what went wrong, or empty; the files written go to written.
    QString exportDashboard(const QString &path, bool byteOrderMark = false, QStringList *written = nullptr);
    DashboardHeading heading() const;
    void setSaveFileAsker(SaveFileAsker asker) { m_askSaveFile = std::move(asker); }

    bool isEmptyStateShown(Dashboard dashboard) const;
    QString emptyStateText(Dashboard dashboard) const;

    FollowerGrowthModel *followerGrowthModel() const;
    PostEngagementModel *postEngagementModel() const;
    ContentTypeModel *contentTypeModel() const;
    DemographicsModel *demographicsModel() const;
    DemographicHistoryModel *demographicHistoryModel() const;
    PostingTimeModel *weekdayModel() const;
    PostingTimeModel *hourModel() const;

public slots:
    void reload();                     // the sources again, then the dashboard on screen
    void showDashboard(int dashboard); // loads it when the filter changed since it was last loaded
    // File > Export Dashboard…: asks where (PNG, PDF, CSV or CSV for Excel, in the last export's
    // folder), exports, and says in exportFinished what was written or what went wrong.
    void exportWithDialog();

signals:
    void dashboardLoaded(int dashboard); // its models reloaded and its charts redrawn (or its empty state)
    void exportFinished(bool ok, const QString &message);

private:
    // The organization chosen and, in it, the table set chosen; null when there is no source.
    const DashboardOrganization *organization() const;
    const DashboardOrganization::InTableSet *tableSet() const;
    void loadTableSets(); // the table sets of the organization chosen, keeping the set chosen

    QWidget *makeFilterBar();
    void addTab(Dashboard dashboard, DashboardTab *tab);
    void loadSources();
    void filterChanged();
    std::pair<QDate, QDate> datesOf(Range range) const; // the first and last day a range shows
    void loadDashboard(int dashboard);
    // Why a dashboard cannot be drawn for the current choice (no source, a stream not synced or not
    // selected); empty when it can.
    QString missingData(Dashboard dashboard) const;

    AppServices m_services;
    SaveFileAsker m_askSaveFile;
    DashboardChoices m_choices;
    bool m_organizationPicked = false; // by the user (or selectOrganization), not by default
    Range m_shownRange = Range::Last30Days;
    bool m_customDatesGiven = false; // setCustomRange: keep its dates
    QTimeZone m_timeZone = QTimeZone::utc();
    std::optional<QList<SourceConfig>> m_fixedSources;
    std::array<bool, DashboardCount> m_stale{};
    std::array<DashboardTab *, DashboardCount> m_dashboards{};
    FollowerGrowthTab *m_growth;
    PostEngagementTab *m_posts;
    DemographicsTab *m_demographics;
    InsightsTab *m_insights;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_organizations = nullptr;
    QLabel *m_tableSetLabel = nullptr;
    QComboBox *m_tableSets = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_includeDark = nullptr;
};

} // namespace pagesight
