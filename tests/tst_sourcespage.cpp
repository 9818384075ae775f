// The Sources page against the sandbox over loopback: one click syncs on a worker thread while
// the event loop keeps turning, the bars reach their end, the catalog holds what the sandbox
// generated and the run shows in the history; cancel, a rejected token, edit and delete.
#include "SyncTestSupport.h"

#include "app/AppRuntime.h"
#include "app/SourceText.h"
#include "app/SyncController.h"
#include "auth/TokenStore.h"
#include "source/SourceRepository.h"
#include "sources/DeleteSourceDialog.h"
#include "sources/RunHistoryModel.h"
#include "sources/SourceDetailPane.h"
#include "sources/SourceListModel.h"
#include "sources/SourcesPage.h"
#include "sync/SyncLock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

namespace {

constexpr int syncTimeoutMs = 60000;

// Everything the page needs, over a fresh catalog and a sandbox.
struct Rig {
    explicit Rig(const QString &catalogPath, int latencyMs = 0)
        : server(generatorOptions(), serverOptions(latencyMs))
        , clock(QDateTime(sandboxToday, QTime(10, 0), QTimeZone::utc()))
        , catalog(QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::Id128))
        , repository(&catalog, &store) {
        listening = server.listen();
        openError = catalog.open(catalogPath);
        services.network = &network;
        services.tokenStore = &store;
        services.clock = &clock;
        services.catalog = &catalog;
        services.catalogPath = catalogPath;
        services.sources = &repository;
        source = sourceFor(server, start);
        source.id = SourceRepository::newId();
    }
    static sandbox::ServerOptions serverOptions(int latencyMs) {
        sandbox::ServerOptions options;
        options.latencyMs = latencyMs;
        return options;
    }
    // Saves the source and its token as the wizard's caller would.
    bool addSource(const QString &token) {
        if (QCoro::waitFor(repository.save(source)).isError())
            return false;
        SourceSecrets secrets;
        secrets.accessToken = token;
        return QCoro::waitFor(repository.saveSecrets(source.id, secrets)).ok;
    }

    const QDate start = sandboxToday.addDays(-300);
    sandbox::SandboxServer server;
    FixedClock clock;
    QNetworkAccessManager network;
    MemoryTokenStore store;
    Catalog catalog;
    SourceRepository repository;
    AppServices services;
    SourceConfig source;
    bool listening = false;
    CatalogError openError;
};

template<typename T> T *child(QWidget *parent, const QString &name) {
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning() << "no widget" << name;
    return widget;
}

} // namespace

class TestSourcesPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newCatalogPath() { return m_dir.filePath(QStringLiteral("catalog-%1.sqlite").arg(++m_counter)); }

    // The page, shown, with both models under a QAbstractItemModelTester for the whole test.
    struct Page {
        explicit Page(const AppServices &services)
            : runtime(services)
            , page(runtime.services()) {
            page.resize(1100, 760);
            page.show();
            sourcesTester = std::make_unique<QAbstractItemModelTester>(
                page.sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            historyTester = std::make_unique<QAbstractItemModelTester>(
                page.runHistoryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        AppRuntime runtime; // the syncs and the scheduler, as main.cpp makes them
        SourcesPage page;
        std::unique_ptr<QAbstractItemModelTester> sourcesTester;
        std::unique_ptr<QAbstractItemModelTester> historyTester;
    };

    static RunReport waitForRun(SourcesPage &, QSignalSpy &finished) {
        if (finished.isEmpty() && !finished.wait(syncTimeoutMs))
            return {};
        return finished.last().at(1).value<RunReport>();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // A request waiting to try again says so on its stream's row, with the status that made it
    // wait; a failed stream's bar turns red, the others' keep the style's colour.
    void retriesAndFailuresShowOnTheRows() {
        Rig rig(newCatalogPath());
        QVERIFY(rig.listening && !rig.openError.isError());
        rig.server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("500@posts,403@organizationPageStatistics")));
        QVERIFY(rig.addSource(rig.server.options().accessToken));
        Page ui(rig.services);
        SourcesPage &page = ui.page;
        QStringList postsStates;
        connect(page.controller(), &SyncController::progressChanged, this,
                [&](const QString &, const StreamProgress &p) {
                    if (p.streamId == QLatin1String("organization_posts"))
                        postsStates << child<QLabel>(&page, QStringLiteral("state_organization_posts"))->text();
                });
        QSignalSpy finished(page.controller(), &SyncController::finished);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("syncButton")), Qt::LeftButton);
        const RunReport report = waitForRun(page, finished);
        QCOMPARE(report.status, RunStatus::Partial);
        const QStringList retrying = postsStates.filter(QStringLiteral("retrying in "));
        QVERIFY2(!retrying.isEmpty(), qPrintable(postsStates.join(QStringLiteral(" | "))));
        QVERIFY2(retrying.first().endsWith(QLatin1String(" s (HTTP 500)")), qPrintable(retrying.first()));
        QCOMPARE(child<QLabel>(&page, QStringLiteral("state_organization_posts"))->text(),
                 SourceText::runStatus(RunStatus::Succeeded));
        const QColor normal = QApplication::palette().color(QPalette::Highlight);
        QCOMPARE(child<QProgressBar>(&page, QStringLiteral("progress_organization_posts"))
                     ->palette()
                     .color(QPalette::Highlight),
                 normal);
        const QColor failed = child<QProgressBar>(&page, QStringLiteral("progress_page_statistics"))
                                  ->palette()
                                  .color(QPalette::Highlight);
        QVERIFY2(failed != normal && failed.red() > 200 && failed.blue() < 50, qPrintable(failed.name()));
        if (const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR"); !dir.isEmpty())
            page.grab().save(QDir(dir).filePath(QStringLiteral("sources-failed-stream.png")));
    }

    void oneClickSyncShowsProgressAndFillsTheCatalog() {
        Rig rig(newCatalogPath(), 25); // a little latency, so the run lasts long enough to watch

        QVERIFY(rig.listening);
        QVERIFY(!rig.openError.isError());
        QVERIFY(rig.addSource(rig.server.options().accessToken));
        Page ui(rig.services);
        SourcesPage &page = ui.page;
        QCOMPARE(page.sourceModel()->rowCount(), 1);
        QCOMPARE(page.selectedSourceId(), rig.source.id);
        QVERIFY(child<QWidget>(&page, QStringLiteral("sourcesList"))->isVisible());
        QVERIFY(!child<QWidget>(&page, QStringLiteral("welcomePanel"))->isVisible());

        QSignalSpy finished(page.controller(), &SyncController::finished);
        auto *sync = child<QPushButton>(&page, QStringLiteral("syncButton"));
        QVERIFY(sync->isEnabled());
        QTest::mouseClick(sync, Qt::LeftButton);
        QVERIFY(page.controller()->isRunning(rig.source.id));
        QVERIFY(!sync->isEnabled());
        QVERIFY(child<QPushButton>(&page, QStringLiteral("cancelButton"))->isEnabled());

        // A bar per stream right away; watch them move while a timer measures how long the event
        // loop ever goes without turning.
        QHash<QString, QPointer<QProgressBar>> bars;
        QHash<QString, QSet<int>> seen;
        for (const StreamSelection &selection : rig.source.streams) {
            QProgressBar *bar = child<QProgressBar>(&page, QStringLiteral("progress_") + selection.streamId);
            QVERIFY(bar);
            bars.insert(selection.streamId, bar);
            connect(bar, &QProgressBar::valueChanged, this,
                    [&seen, id = selection.streamId](int value) { seen[id].insert(value); });
        }
        int ticks = 0;
        qint64 longestGapMs = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            longestGapMs = qMax(longestGapMs, sinceTick.restart());
        });
        ticker.start(10);
        const RunReport report = waitForRun(page, finished);
        ticker.stop();
        QCOMPARE(report.status, RunStatus::Succeeded);
        qInfo() << "event loop ticks during the run:" << ticks << "longest gap:" << longestGapMs << "ms";
        QVERIFY(ticks >= 1); // the loop turned while the worker synced; the gap is reported, not judged

        for (auto it = bars.cbegin(); it != bars.cend(); ++it) {
            QVERIFY2(it.value(), qPrintable(it.key()));
            QVERIFY(it.value()->maximum() > 0);
            QCOMPARE(it.value()->value(), it.value()->maximum());
            QVERIFY2(seen.value(it.key()).contains(it.value()->maximum()), qPrintable(it.key()));
        }
        // The paged streams went through values between the start and the end.
        QVERIFY(seen.value(QStringLiteral("organization_posts")).size() >= 2);
        QVERIFY(bars.value(QStringLiteral("organization_posts"))->text().contains(QStringLiteral("rows")));

        // The catalog holds what the sandbox generated (the same arithmetic as tst_syncengine).
        const sandbox::SandboxData &data = rig.server.data();
        const QDate firstDay = qMax(rig.start, sandboxToday.addMonths(-12));
        const int days = int(firstDay.daysTo(sandboxToday.addDays(-2))) + 1;
        const QSqlDatabase db = rig.catalog.reader();
        const qint64 start = QDateTime(rig.start, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        int posts = 0, withStats = 0;
        for (const sandbox::SandboxPost &post : data.posts())
            if (post.publishedAt >= start) {
                ++posts;
                withStats += post.stats.has_value();
            }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM follower_statistics WHERE report_type = 'DAY'")), days);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM page_statistics WHERE report_type = 'DAY'")), days);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM share_statistics WHERE report_type = 'DAY'")), days);
        QCOMPARE(rig.catalog.rowCount(QStringLiteral("organization_posts")), posts);
        QCOMPARE(rig.catalog.rowCount(QStringLiteral("post_statistics")), withStats);
        QVERIFY(posts > 50);

        // The run is in the history, newest first, with its streams.
        auto *history = child<QTableView>(&page, QStringLiteral("runHistoryView"));
        QCOMPARE(history->model(), page.runHistoryModel());
        QCOMPARE(history->model()->rowCount(), 1);
        const RunRecord *run = page.runHistoryModel()->runAt(0);
        QVERIFY(run);
        QCOMPARE(run->id, report.runId);
        QCOMPARE(history->model()->index(0, RunHistoryModel::Status).data().toString(), tr("Succeeded"));
        QCOMPARE(history->model()->index(0, RunHistoryModel::Rows).data().toString(),
                 QLocale().toString(report.rowsWritten()));
        QCOMPARE(child<QTableWidget>(&page, QStringLiteral("runStreamsView"))->rowCount(), 5);
        const QModelIndex lastRun = page.sourceModel()->index(0, SourceListModel::LastRun);
        QVERIFY(lastRun.data().toString().startsWith(tr("Succeeded")));
        QVERIFY(child<QLabel>(&page, QStringLiteral("runMessageLabel"))->text().contains(report.message));
        QVERIFY(sync->isEnabled());

        // A second run is newest first.
        finished.clear();
        QTest::mouseClick(sync, Qt::LeftButton);
        QCOMPARE(waitForRun(page, finished).status, RunStatus::Succeeded);
        QCOMPARE(page.runHistoryModel()->rowCount(), 2);
        QVERIFY(page.runHistoryModel()->runAt(0)->id > page.runHistoryModel()->runAt(1)->id);
    }

    void cancelMidRunGivesACancelledRun() {
        Rig rig(newCatalogPath(), 150);
        QVERIFY(rig.addSource(rig.server.options().accessToken));
        Page ui(rig.services);
        SourcesPage &page = ui.page;
        QSignalSpy finished(page.controller(), &SyncController::finished);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("syncButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rig.server.requestCount(QStringLiteral("/rest/")) >= 3, 20000);
        QVERIFY(finished.isEmpty());
        auto *cancel = child<QPushButton>(&page, QStringLiteral("cancelButton"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        const RunReport report = waitForRun(page, finished);
        QCOMPARE(report.status, RunStatus::Cancelled);
        QVERIFY(!report.needsReauthorization);
        QCOMPARE(page.runHistoryModel()->rowCount(), 1);
        QCOMPARE(page.runHistoryModel()->runAt(0)->status, RunStatus::Cancelled);
        QCOMPARE(page.runHistoryModel()->index(0, RunHistoryModel::Status).data().toString(), tr("Cancelled"));
        QVERIFY(!rig.repository.source(rig.source.id)->needsReauthorization);
        QVERIFY(child<QPushButton>(&page, QStringLiteral("syncButton"))->isEnabled());
    }

    void wrongTokenAsksForReauthorization() {
        Rig rig(newCatalogPath());
        QVERIFY(rig.addSource(QStringLiteral("not-the-sandbox-token")));
        Page ui(rig.services);
        SourcesPage &page = ui.page;
        auto *reauthorize = child<QPushButton>(&page, QStringLiteral("reauthorizeButton"));
        QVERIFY(!reauthorize->isVisible());

        QSignalSpy finished(page.controller(), &SyncController::finished);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("syncButton")), Qt::LeftButton);
        const RunReport report = waitForRun(page, finished);
        QVERIFY(report.needsReauthorization);
        QVERIFY(rig.repository.source(rig.source.id)->needsReauthorization);
        QVERIFY(reauthorize->isVisible());
        QVERIFY(child<QWidget>(&page, QStringLiteral("reauthorizeBanner"))->isVisible());
        QVERIFY(page.sourceModel()->index(0, SourceListModel::Description).data(Qt::DecorationRole).isValid());

        // Re-authorizing opens the wizard in that mode only, with the source; the new token is
        // stored, the flag cleared, and the sync that follows succeeds.
        QList<SetupWizard::Mode> modes;
        page.setWizardOpener([&](const AppServices &, SetupWizard::Mode mode,
                                 const std::optional<SourceConfig> &existing,
                                 QWidget *) -> std::optional<WizardOutcome> {
            modes.append(mode);
            if (!existing)
                return std::nullopt;
            WizardOutcome outcome{*existing, {}, true};
            outcome.secrets.accessToken = rig.server.options().accessToken;
            return outcome;
        });
        finished.clear();
        QTest::mouseClick(reauthorize, Qt::LeftButton);
        QCOMPARE(modes, QList<SetupWizard::Mode>{SetupWizard::Mode::Reauthorize});
        QCOMPARE(waitForRun(page, finished).status, RunStatus::Succeeded);
        QCOMPARE(QCoro::waitFor(rig.store.read(SecretKeys::accessToken(rig.source.id))),
                 std::optional<QString>(rig.server.options().accessToken));
        QVERIFY(!rig.repository.source(rig.source.id)->needsReauthorization);
        QVERIFY(!reauthorize->isVisible());
        QVERIFY(!child<QWidget>(&page, QStringLiteral("reauthorizeBanner"))->isVisible());
    }

    void tokenExpiringSoonShowsABanner_data() {
        QTest::addColumn<int>("accessDays");  // from now; 0 = unknown
        QTest::addColumn<int>("refreshDays"); // 0 = none
        QTest::addColumn<bool>("warned");
        QTest::newRow("unknown expiry") << 0 << 0 << false;
        QTest::newRow("access in 30 days") << 30 << 0 << false;
        QTest::newRow("access in 9 days") << 9 << 0 << true;
        QTest::newRow("access expired") << -1 << 0 << true;
        QTest::newRow("access in 9 days, renewed by a refresh token") << 9 << 300 << false;
        QTest::newRow("refresh token in 5 days") << 9 << 5 << true;
    }

    void tokenExpiringSoonShowsABanner() {
        QFETCH(int, accessDays);
        QFETCH(int, refreshDays);
        QFETCH(bool, warned);
        Rig rig(newCatalogPath());
        const QDateTime now = rig.clock.nowUtc();
        if (accessDays)
            rig.source.accessTokenExpiresAt = now.addDays(accessDays);
        if (refreshDays)
            rig.source.refreshTokenExpiresAt = now.addDays(refreshDays);
        QCOMPARE(!SourceDetailPane::tokenWarning(rig.source, now).isEmpty(), warned);
        QVERIFY(rig.addSource(QStringLiteral("token")));
        Page ui(rig.services);
        QCOMPARE(child<QWidget>(&ui.page, QStringLiteral("tokenExpiryBanner"))->isVisible(), warned);
        QCOMPARE(child<QWidget>(&ui.page, QStringLiteral("reauthorizeButton"))->isVisible(), warned);
    }

    void editReopensTheWizardWithTheSourceAndSaves() {
        Rig rig(newCatalogPath());
        QVERIFY(rig.addSource(QStringLiteral("token")));
        Page ui(rig.services);
        std::optional<SourceConfig> given;
        SetupWizard::Mode givenMode = SetupWizard::Mode::Create;
        ui.page.setWizardOpener([&](const AppServices &, SetupWizard::Mode mode,
                                    const std::optional<SourceConfig> &existing,
                                    QWidget *) -> std::optional<WizardOutcome> {
            givenMode = mode;
            given = existing;
            SourceConfig edited = *existing;
            edited.description = QStringLiteral("Renamed");
            edited.trigger.kind = Trigger::Kind::Daily;
            return WizardOutcome{edited, {}, false};
        });
        QTest::mouseClick(child<QPushButton>(&ui.page, QStringLiteral("editButton")), Qt::LeftButton);
        QCOMPARE(givenMode, SetupWizard::Mode::Edit);
        QVERIFY(given);
        QCOMPARE(given->toJson(), rig.source.toJson());
        const std::optional<SourceConfig> saved = rig.repository.source(rig.source.id);
        QCOMPARE(saved->description, QStringLiteral("Renamed"));
        QCOMPARE(saved->trigger.kind, Trigger::Kind::Daily);
        QCOMPARE(ui.page.sourceModel()->index(0, SourceListModel::Description).data().toString(),
                 QStringLiteral("Renamed"));
        QVERIFY(ui.page.sourceModel()->index(0, SourceListModel::NextRun).data().toString() != tr("Manual"));
        // No secrets handed back: the stored token is kept.
        QCOMPARE(QCoro::waitFor(rig.store.read(SecretKeys::accessToken(rig.source.id))),
                 std::optional<QString>(QStringLiteral("token")));
        QVERIFY(!ui.page.controller()->isRunning(rig.source.id));
    }

    void dueFullSyncIsRecorded() {
        Rig rig(newCatalogPath());
        rig.source.trigger.fullSyncEveryDays = 7;
        QVERIFY(rig.addSource(rig.server.options().accessToken));
        Page ui(rig.services);
        QSignalSpy finished(ui.page.controller(), &SyncController::finished);
        QVERIFY(ui.page.controller()->sync(rig.source.id));
        QCOMPARE(waitForRun(ui.page, finished).status, RunStatus::Succeeded);
        QCOMPARE(rig.repository.source(rig.source.id)->lastFullSyncAt, rig.clock.nowUtc());
        // A day later the full sync is not due: an incremental run leaves the date alone.
        rig.clock.setNow(rig.clock.nowUtc().addDays(1));
        finished.clear();
        QVERIFY(ui.page.controller()->sync(rig.source.id));
        QCOMPARE(waitForRun(ui.page, finished).status, RunStatus::Succeeded);
        QCOMPARE(rig.repository.source(rig.source.id)->lastFullSyncAt, rig.clock.nowUtc().addDays(-1));
    }

    void retiredVersionIsReplacedAndKept() {
        Rig rig(newCatalogPath());
        rig.server.options().sunsetVersions = {QStringLiteral("202511")};
        rig.source.apiVersion = QStringLiteral("202511");
        QVERIFY(rig.addSource(rig.server.options().accessToken));
        Page ui(rig.services);
        QSignalSpy finished(ui.page.controller(), &SyncController::finished);
        QVERIFY(ui.page.controller()->sync(rig.source.id));
        const RunReport report = waitForRun(ui.page, finished);
        QCOMPARE(report.status, RunStatus::Succeeded);
        // The newest month not in the future (the sandbox's 2026-11) is what LinkedIn accepts.
        QCOMPARE(report.apiVersion, QStringLiteral("202611"));
        QCOMPARE(rig.repository.source(rig.source.id)->apiVersion, QStringLiteral("202611"));
        const QString message = ui.page.runHistoryModel()->index(0, RunHistoryModel::Message).data().toString();
        QVERIFY2(message.contains(QLatin1String("202511")) && message.contains(QLatin1String("202611")),
                 qPrintable(message));

        // A pinned source is never switched: the run fails and says how to follow LinkedIn.
        SourceConfig pinned = *rig.repository.source(rig.source.id);
        pinned.apiVersion = QStringLiteral("202511");
        pinned.followApiVersion = false;
        QVERIFY(!QCoro::waitFor(rig.repository.save(pinned)).isError());
        finished.clear();
        QVERIFY(ui.page.controller()->sync(rig.source.id));
        const RunReport refused = waitForRun(ui.page, finished);
        QCOMPARE(refused.status, RunStatus::Failed);
        QVERIFY(refused.message.contains(QLatin1String("Follow LinkedIn's current version")));
        QCOMPARE(rig.repository.source(rig.source.id)->apiVersion, QStringLiteral("202511"));
    }

    void waitsForAnotherSyncOfTheCatalog() {
        Rig rig(newCatalogPath());
        QVERIFY(rig.addSource(rig.server.options().accessToken));
        SyncLock other(rig.services.catalogPath); // the command line syncing the same catalog
        QCOMPARE(other.tryAcquire(QDateTime::currentDateTimeUtc()), SyncLock::Result::Acquired);
        Page ui(rig.services);
        QSignalSpy waiting(ui.page.controller(), &SyncController::waiting);
        QSignalSpy finished(ui.page.controller(), &SyncController::finished);
        QVERIFY(ui.page.controller()->sync(rig.source.id));
        QVERIFY(waiting.wait(5000));
        QVERIFY2(waiting.first().at(1).toString().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(waiting.first().at(1).toString()));
        QVERIFY(finished.isEmpty());
        QCOMPARE(rig.server.requestCount(QStringLiteral("/rest/")), 0); // nothing runs while it waits
        other.release();
        QCOMPARE(waitForRun(ui.page, finished).status, RunStatus::Succeeded);
    }

    void deleteWithTablesRemovesEverything() {
        Rig rig(newCatalogPath());
        QVERIFY(rig.addSource(rig.server.options().accessToken));
        Page ui(rig.services);
        SourcesPage &page = ui.page;
        QSignalSpy finished(page.controller(), &SyncController::finished);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("syncButton")), Qt::LeftButton);
        QCOMPARE(waitForRun(page, finished).status, RunStatus::Succeeded);
        QCOMPARE(rig.catalog.userTables().size(), 5);
        QCOMPARE(rig.store.size(), 1);

        // The confirmation is modal: answer it from the event loop it runs.
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<DeleteSourceDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *drop = dialog->findChild<QCheckBox *>(QStringLiteral("dropTablesCheckBox"));
            QVERIFY(drop && !drop->isChecked());
            drop->setChecked(true);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
            answered = true;
        });
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("deleteButton")), Qt::LeftButton);
        QVERIFY(answered);
        QTRY_VERIFY(rig.repository.sources().isEmpty());
        QCOMPARE(rig.catalog.userTables(), QStringList());
        QTRY_COMPARE(rig.store.size(), 0); // the secrets go once the catalog has let the source go
        QTRY_COMPARE(page.sourceModel()->rowCount(), 0);
        QTRY_VERIFY(child<QWidget>(&page, QStringLiteral("welcomePanel"))->isVisible());
        // The history of what was synced stays.
        QCOMPARE(RunHistory(rig.catalog).runs().size(), 1);
    }

    void deleteCancelledKeepsTheSource() {
        Rig rig(newCatalogPath());
        QVERIFY(rig.addSource(QStringLiteral("token")));
        Page ui(rig.services);
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(&ui.page, QStringLiteral("deleteButton")), Qt::LeftButton);
        QCOMPARE(rig.repository.sources().size(), 1);
        QCOMPARE(rig.store.size(), 1);
    }
};

QTEST_MAIN(TestSourcesPage)
#include "tst_sourcespage.moc"
