// bench_dashboards --catalog FILE: from opening a catalog to each dashboard drawn, as the app does
// it: the catalog opened read-write on the GUI thread (with the bundled labels), the Dashboards page
// built and set to the last 365 days, the dashboard shown, the charts laid out, and the page painted
// (grab() paints every child, charts included). Each dashboard is timed from a fresh open, five times; the median is
// printed, one line a dashboard. Run by ./scripts/bench on the catalog its sync wrote.
//
// A catalog synced by `pagesight sync --org` has no source set up in the app; the first run adds one
// (organization 12345678, every stream, default tables), since the dashboards offer the sources'
// organizations.
#include "analytics/Labels.h"
#include "app/AppServices.h"
#include "auth/TokenStore.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "dashboard/DashboardsPage.h"
#include "source/SourceRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>

using namespace pagesight;

namespace {

constexpr qint64 kOrganizationId = 12345678;
constexpr int kRuns = 5;

bool ensureSource(const QString &path) {
    Catalog catalog(QStringLiteral("bench-setup"));
    if (catalog.open(path).isError())
        return false;
    MemoryTokenStore store;
    SourceRepository sources(&catalog, &store);
    if (!sources.sources().isEmpty())
        return true;
    SourceConfig source;
    source.id = QStringLiteral("benchmark");
    source.description = QStringLiteral("Benchmark");
    source.organizationId = kOrganizationId;
    source.organizationName = QStringLiteral("Benchmark organization");
    source.startDate = QDate(2025, 1, 1);
    source.streams = defaultStreamSelections();
    return !QCoro::waitFor(sources.save(source)).isError();
}

// Milliseconds from opening the catalog to the dashboard painted.
double timeDashboard(const QString &path, int dashboard, int run) {
    QElapsedTimer timer;
    timer.start();
    Catalog catalog(QStringLiteral("bench-%1-%2").arg(dashboard).arg(run));
    if (catalog.open(path).isError())
        return -1;
    (void)installBundledLabels(catalog);
    MemoryTokenStore store;
    SystemClock clock;
    QNetworkAccessManager network;
    SourceRepository sources(&catalog, &store);
    const AppServices services{&network, &store, &clock, &catalog, path, &sources, nullptr};
    DashboardsPage page(services);
    page.resize(1240, 760);
    page.setRange(DashboardsPage::Range::Last365Days);
    page.showDashboard(dashboard);
    // Qt Charts lays its scene out on posted events: painted before them, a chart is not drawn yet.
    QCoreApplication::processEvents();
    (void)page.grab();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("catalog"), QStringLiteral("The catalog to open."), QStringLiteral("file")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("catalog"));
    QTextStream out(stdout);
    if (path.isEmpty() || !ensureSource(path)) {
        QTextStream(stderr) << "bench_dashboards: cannot open the catalog " << path << Qt::endl;
        return 1;
    }
    const QStringList names = {QStringLiteral("follower growth"), QStringLiteral("post engagement"),
                               QStringLiteral("visitor demographics"), QStringLiteral("insights")};
    bool ok = true;
    for (int dashboard = 0; dashboard < DashboardsPage::DashboardCount; ++dashboard) {
        QList<double> times;
        for (int run = 0; run < kRuns; ++run)
            times.append(timeDashboard(path, dashboard, run));
        std::sort(times.begin(), times.end());
        const double median = times.at(kRuns / 2);
        ok = ok && times.first() >= 0;
        out << QStringLiteral("open to %1 drawn").arg(names.value(dashboard)).leftJustified(36)
            << QString::number(median, 'f', 0) << " ms, median of " << kRuns << " ("
            << QString::number(times.first(), 'f', 0) << "–" << QString::number(times.last(), 'f', 0)
            << " ms) (target < 200 ms)" << Qt::endl;
    }
    return ok ? 0 : 1;
}
