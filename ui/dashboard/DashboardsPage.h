#pragma once

#include "analytics/DashboardModel.h"
#include "app/AppServices.h"

#include <QSet>
#include <QUrl>
#include <QWidget>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace pagesight {

class ChartCanvas;
class ContentTypeModel;
class DemographicHistoryModel;
class DemographicsModel;
class FollowerGrowthModel;
class PostEngagementModel;
class PostingTimeModel;

// The Dashboards page: follower growth, post engagement, visitor demographics and insights, each
// a chart (ChartCanvas) over a table view of the same model. An organization picker (the sources'
// organizations; a source brings its table names) and a date range (last 7/30/90/365 days, all
// time, custom) apply to every dashboard. Where there is nothing to draw, the dashboard says what to
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
    // How a post is opened on LinkedIn (default QDesktopServices::openUrl); tests catch it.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    bool isEmptyStateShown(Dashboard dashboard) const;
    QString emptyStateText(Dashboard dashboard) const;

    FollowerGrowthModel *followerGrowthModel() const { return m_growth; }
    PostEngagementModel *postEngagementModel() const { return m_posts; }
    ContentTypeModel *contentTypeModel() const { return m_types; }
    DemographicsModel *demographicsModel() const { return m_demographics; }
    DemographicHistoryModel *demographicHistoryModel() const { return m_history; }
    PostingTimeModel *weekdayModel() const { return m_weekdays; }
    PostingTimeModel *hourModel() const { return m_hours; }

public slots:
    void reload();                     // the sources again, then the dashboard on screen
    void showDashboard(int dashboard); // loads it when the filter changed since it was last loaded

signals:
    void dashboardLoaded(int dashboard); // its models reloaded and its charts redrawn (or its empty state)

private:
    // A choice of the organization picker: one source's organization and tables, or every
    // organization in the tables sources share.
    struct Choice {
        QString label;
        QString sourceName;
        QString organizationUrn; // empty = all
        TableNames tables;
        QSet<QString> streams; // the streams the source syncs
    };

    QWidget *makeFilterBar();
    QWidget *makeFollowerGrowth();
    QWidget *makePostEngagement();
    QWidget *makeDemographics();
    QWidget *makeInsights();
    QWidget *wrap(Dashboard dashboard, QWidget *content);
    QTableView *makeTable(const QString &objectName, const QString &accessibleName, bool fitColumns = false);

    void loadSources();
    void filterChanged();
    void loadDashboard(int dashboard);
    void loadFollowerGrowth(const QSqlDatabase &database, const DashboardFilter &filter);
    void loadPostEngagement(const QSqlDatabase &database, const DashboardFilter &filter);
    void loadDemographics(const QSqlDatabase &database, const DashboardFilter &filter);
    void loadInsights(const QSqlDatabase &database, const DashboardFilter &filter);
    void loadHistory(); // the demographic history alone, for another facet or audience
    void showInsightsOrEmpty();
    // Why a dashboard cannot be drawn for the current choice (no source, a stream not synced or not
    // selected); empty when it can.
    QString missingData(Dashboard dashboard) const;
    QString noRowsText(const QString &what) const;
    void showEmpty(Dashboard dashboard, const QString &text);
    void showContent(Dashboard dashboard);
    void openPost(int row);

    AppServices m_services;
    std::function<void(const QUrl &)> m_openUrl;
    QList<Choice> m_choices;
    std::array<bool, DashboardCount> m_stale{};
    std::array<QStackedWidget *, DashboardCount> m_stacks{};
    std::array<QLabel *, DashboardCount> m_emptyLabels{};

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_organizations = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_includeDark = nullptr;
    QComboBox *m_facet = nullptr;
    QComboBox *m_historyFacet = nullptr;
    QComboBox *m_historyAudience = nullptr;
    QLabel *m_growthSummary = nullptr;
    QLabel *m_postsSummary = nullptr;
    QLabel *m_demographicsSummary = nullptr;
    QLabel *m_bestTime = nullptr;

    FollowerGrowthModel *m_growth;
    PostEngagementModel *m_posts;
    QSortFilterProxyModel *m_sortedPosts;
    ContentTypeModel *m_types;
    DemographicsModel *m_demographics;
    DemographicHistoryModel *m_history;
    PostingTimeModel *m_weekdays;
    PostingTimeModel *m_hours;

    ChartCanvas *m_growthChart = nullptr;
    ChartCanvas *m_postsChart = nullptr;
    ChartCanvas *m_typesChart = nullptr;
    ChartCanvas *m_demographicsChart = nullptr;
    ChartCanvas *m_weekdayChart = nullptr;
    ChartCanvas *m_hourChart = nullptr;
    ChartCanvas *m_historyChart = nullptr;
};

} // namespace pagesight
