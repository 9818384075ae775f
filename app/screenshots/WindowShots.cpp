// The main window: first launch, then "Try with sample data" synced with some latency on the
// sandbox, so the Sources page can be caught with streams done and others still running, and
// again once the run is in the history.
#include "Drive.h"
#include "Screenshots.h"

#include "AppServices.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "sandbox/SandboxServer.h"
#include "sources/SourcesPage.h"
#include "sources/SyncController.h"

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
    if (report->status != QLatin1String("succeeded")) {
        qCritical("pagesight-screenshots: the sample sync ended %s: %s", qPrintable(report->status),
                  qPrintable(report->message));
        return false;
    }
    return shots.save(&window, QStringLiteral("09-sources-after-sync"));
}

} // namespace pagesight::screenshots
