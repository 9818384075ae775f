// The main window: first launch, then "Try with sample data" synced with some latency on the
// sandbox, so the Sources page can be caught with streams done and others still running, and
// again once the run is in the history.
#include "Drive.h"
#include "Screenshots.h"

#include "MainWindow.h"
#include "OpenCatalogDialog.h"
#include "analytics/Reports.h"
#include "app/AppServices.h"
#include "app/SampleData.h"
#include "app/SyncController.h"
#include "catalog/CatalogBrowserPage.h"
#include "dashboard/DashboardsPage.h"
#include "explorer/ExplorerPage.h"
#include "sandbox/SandboxServer.h"
#include "sources/SourcesPage.h"

#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>

namespace pagesight::screenshots {

namespace {

// Per request: slow enough for the bars to be seen part way, quick enough for a run of the script.
constexpr int kSandboxLatencyMs = 60;
constexpr QSize kWindowSize(1280, 820);

// Some streams finished and at least one part way: what a sync in flight looks like.
bool partWay(const QWidget &window) {
    int full = 0;
    int moving = 0;
    const auto bars = window.findChildren<QProgressBar *>(QRegularExpression(QStringLiteral("^progress_")));
    for (const QProgressBar *bar : bars) {
        if (bar->value() >= bar->maximum())
            ++full;
        else if (bar->value() > bar->minimum())
            ++moving;
    }
    return full >= 1 && moving >= 1;
}

// The analytics pages on the sample data just synced: each dashboard over the last 90 days, the
// explorer with the post-engagement report's result, the catalog browser on the posts table, and
// the data model.
bool grabAnalytics(MainWindow &window, ShotWriter &shots) {
    window.showPage(MainWindow::DashboardsPageIndex);
    DashboardsPage *dashboards = window.dashboardsPage();
    dashboards->setRange(DashboardsPage::Range::Last90Days);
    const QList<std::pair<int, QString>> boards = {
        {DashboardsPage::FollowerGrowth, QStringLiteral("10-dashboard-follower-growth")},
        {DashboardsPage::PostEngagement, QStringLiteral("11-dashboard-post-engagement")},
        {DashboardsPage::VisitorDemographics, QStringLiteral("12-dashboard-visitor-demographics")},
        {DashboardsPage::Insights, QStringLiteral("13-dashboard-insights")}};
    for (const auto &[board, name] : boards) {
        dashboards->showDashboard(board);
        if (dashboards->isEmptyStateShown(DashboardsPage::Dashboard(board))) {
            qCritical("pagesight-screenshots: the %s dashboard is empty: %s", qPrintable(name),
                      qPrintable(dashboards->emptyStateText(DashboardsPage::Dashboard(board))));
            return false;
        }
        if (!shots.save(&window, name))
            return false;
    }

    window.showPage(MainWindow::ExplorerPageIndex);
    ExplorerPage *explorer = window.explorerPage();
    bool ran = false;
    const QMetaObject::Connection finished =
        QObject::connect(explorer, &ExplorerPage::queryFinished, &window, [&ran] { ran = true; });
    explorer->setQuery(reportSql(QStringLiteral("post-engagement"), TableNames()));
    explorer->runQuery();
    const bool done = waitUntil([&] { return ran; }, 30000, "the explorer's query");
    QObject::disconnect(finished);
    if (!done || !explorer->errorText().isEmpty() || !shots.save(&window, QStringLiteral("14-explorer-report")))
        return false;

    window.showPage(MainWindow::CatalogPageIndex);
    CatalogBrowserPage *catalog = window.catalogPage();
    catalog->selectTable(QStringLiteral("organization_posts"));
    if (!shots.save(&window, QStringLiteral("15-catalog-browser")))
        return false;
    catalog->showDataModel();
    if (!shots.save(&window, QStringLiteral("16-catalog-data-model")))
        return false;

    // The smallest window the app is made for, where names must still be whole.
    window.showPage(MainWindow::DashboardsPageIndex);
    window.resize(1024, 640);
    for (const auto &[board, name] :
         {std::pair{int(DashboardsPage::VisitorDemographics), QStringLiteral("17-small-window-demographics")},
          std::pair{int(DashboardsPage::Insights), QStringLiteral("18-small-window-insights")}}) {
        dashboards->showDashboard(board);
        if (!shots.save(&window, name))
            return false;
    }
    // File > Export Dashboard's PDF, beside the shots: scripts/screenshots turns its page into a PNG.
    window.resize(kWindowSize);
    dashboards->showDashboard(DashboardsPage::PostEngagement);
    const QString pdf = shots.path(QStringLiteral("19-export-pdf-page"), QStringLiteral("pdf"));
    if (const QString error = dashboards->exportDashboard(pdf); !error.isEmpty()) {
        qCritical("pagesight-screenshots: the PDF export failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

// File > Open Catalog… on a team's server, as an analyst fills it in.
bool grabOpenCatalog(ShotWriter &shots) {
    OpenCatalogDialog dialog(
        QStringLiteral("postgresql://analyst@db.example.com/analytics?sslmode=require&schema=acme_pages"), {});
    dialog.resize(640, dialog.sizeHint().height());
    dialog.show();
    return QTest::qWaitForWindowExposed(&dialog) && shots.save(&dialog, QStringLiteral("20-open-catalog"));
}

} // namespace

bool grabMainWindow(const AppServices &services, ShotWriter &shots) {
    SampleData *sample = services.sampleData;
    if (!sample || !sample->ensureRunning())
        return false;
    MainWindow window(services);
    window.resize(kWindowSize);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !shots.save(&window, QStringLiteral("07-first-launch")))
        return false;

    sample->server()->options().latencyMs = kSandboxLatencyMs;
    std::optional<RunReport> report;
    QObject::connect(window.sourcesPage()->controller(), &SyncController::finished, &window,
                     [&report](const QString &, const RunReport &finished) { report = finished; });
    if (!click(child<QPushButton>(&window, "trySampleDataButton")) ||
        !waitUntil([&] { return partWay(window) || report; }, 60000, "the sync to be part way"))
        return false;
    if (report) {
        qCritical("pagesight-screenshots: the sync ended before it could be seen part way");
        return false;
    }
    if (!shots.save(&window, QStringLiteral("08-sources-during-sync")))
        return false;

    if (!waitUntil([&] { return report.has_value(); }, 180000, "the sync to finish"))
        return false;
    if (report->status != RunStatus::Succeeded) {
        qCritical("pagesight-screenshots: the sample sync ended %s: %s", qPrintable(statusText(report->status)),
                  qPrintable(report->message));
        return false;
    }
    return shots.save(&window, QStringLiteral("09-sources-after-sync")) && grabAnalytics(window, shots) &&
           grabOpenCatalog(shots);
}

} // namespace pagesight::screenshots
