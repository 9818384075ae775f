// The main window: the first launch, sample data synced end to end, navigation and menus, and a
// catalog that cannot be opened at start (reported, and the file left byte for byte).
//
// With PAGESIGHT_SCREENSHOT_DIR set, the window is also grabbed there (first launch, during and
// after the sample sync), with some latency on the sandbox so "during" shows moving bars.
#include "AppCatalog.h"
#include "AppTestSupport.h"
#include "MainWindow.h"
#include "analytics/DashboardFollowerGrowth.h"
#include "analytics/InsightsPostingTime.h"
#include "analytics/Labels.h"
#include "analytics/Reports.h"
#include "app/AppRuntime.h"
#include "app/SampleData.h"
#include "app/SyncController.h"
#include "auth/TokenStore.h"
#include "catalog/CatalogBrowserPage.h"
#include "catalog/CatalogWriter.h"
#include "catalog/TableListModel.h"
#include "common/Clock.h"
#include "dashboard/ChartCanvas.h"
#include "dashboard/DashboardsPage.h"
#include "sandbox/SandboxServer.h"
#include "settings/PreferencesDialog.h"
#include "settings/RetentionDialog.h"
#include "source/SourceRepository.h"
#include "sources/SourcesPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUuid>
#include <QtTest>

using namespace pagesight;

namespace {

using App = pagesight::testing::AppRig;

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void screenshot(QWidget *window, const QString &name) {
    const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(window->grab().save(path), qPrintable(path));
    qInfo() << "screenshot" << path;
}

// What a person could not read in root: chart texts Qt Charts cut to "..." for want of room (names
// Pagesight shortens itself, with the whole name in the tooltip, are the chart's categories), and
// labels, buttons and boxes narrower or lower than their text needs.
QStringList unreadableTexts(QWidget *root) {
    QStringList problems;
    for (QGraphicsView *view : root->findChildren<QGraphicsView *>()) {
        if (!view->isVisibleTo(root) || !view->scene())
            continue;
        const ChartCanvas *chart = nullptr;
        for (QObject *up = view; up && !chart; up = up->parent())
            chart = qobject_cast<ChartCanvas *>(up);
        const QStringList categories = chart ? chart->categories() : QStringList();
        for (QGraphicsItem *item : view->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (const auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                text = rich->toPlainText();
            else if (const auto *plain = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = plain->text();
            // Qt Charts cuts with three dots; Pagesight's own short names end in "…".
            if ((text.contains(QLatin1String("...")) || text.contains(QChar(0x2026))) && !categories.contains(text))
                problems << QStringLiteral("%1: \"%2\"").arg(chart ? chart->objectName() : view->objectName(), text);
        }
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || label->pixmap().isNull() == false)
            continue;
        const bool cut = label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                           : label->width() < label->sizeHint().width();
        if (cut)
            problems << QStringLiteral("label %1 \"%2\" (%3×%4)")
                            .arg(label->objectName(), label->text().left(40))
                            .arg(label->width())
                            .arg(label->height());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() || qobject_cast<QToolButton *>(button))
            continue;
        if (button->width() < button->sizeHint().width())
            problems << QStringLiteral("button %1 \"%2\" (%3 < %4)")
                            .arg(button->objectName(), button->text())
                            .arg(button->width())
                            .arg(button->sizeHint().width());
    }
    return problems;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newCatalogPath() { return m_dir.filePath(QStringLiteral("catalog-%1.sqlite").arg(++m_counter)); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void firstLaunchShowsTheWelcomePanel() {
        App app(newCatalogPath());
        QVERIFY(!app.openError.isError());
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.objectName(), QStringLiteral("mainWindow"));
        QCOMPARE(window.currentPage(), int(MainWindow::SourcesPageIndex));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePanel"))->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("addSourceButton"))->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("trySampleDataButton"))->isVisible());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("sourcesList"))->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("lastSyncLabel"))->text(), tr("No sync yet"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("catalogPathLabel"))
                    ->text()
                    .contains(QDir::toNativeSeparators(app.services.catalogPath)));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("syncAllAction"))->isEnabled());
        screenshot(&window, QStringLiteral("first-launch"));

        // "Add a LinkedIn source" opens the wizard to create one; so does File > Add Source.
        QList<SetupWizard::Mode> opened;
        window.sourcesPage()->setWizardOpener([&](const AppServices &, SetupWizard::Mode mode,
                                                  const std::optional<SourceConfig> &,
                                                  QWidget *) -> std::optional<WizardOutcome> {
            opened.append(mode);
            return std::nullopt; // the user cancels
        });
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addSourceButton")), Qt::LeftButton);
        window.findChild<QAction *>(QStringLiteral("addSourceAction"))->trigger();
        QCOMPARE(opened, (QList<SetupWizard::Mode>{SetupWizard::Mode::Create, SetupWizard::Mode::Create}));
        QVERIFY(app.repository.sources().isEmpty());
    }

    void trySampleDataSyncsToCompletion() {
        App app(newCatalogPath());
        MainWindow window(app.services);
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const bool screenshots = qEnvironmentVariableIsSet("PAGESIGHT_SCREENSHOT_DIR");
        if (screenshots) { // slow enough to be seen in flight
            QVERIFY(app.sampleData.ensureRunning());
            app.sampleData.server()->options().latencyMs = 60;
        }
        SyncController *controller = window.sourcesPage()->controller();
        QSignalSpy finished(controller, &SyncController::finished);
        QCOMPARE(app.catalog.mode(), Catalog::Mode::ReadOnly); // the GUI thread writes nothing itself
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("trySampleDataButton")), Qt::LeftButton);

        QTRY_COMPARE(app.repository.sources().size(), 1); // saved by the writer thread
        const QList<SourceConfig> sources = app.repository.sources();
        QCOMPARE(sources.size(), 1);
        const SourceConfig &source = sources.first();
        QCOMPARE(source.authMethod, SourceConfig::AuthMethod::SampleData);
        QCOMPARE(source.organizationId, app.sampleData.organizationId());
        QCOMPARE(source.streams.size(), 5);
        // The page learns of the save (and starts the sync) once the writer has answered.
        QTRY_VERIFY(controller->isRunning(source.id) || !finished.isEmpty());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("welcomePanel"))->isVisible());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("sourcesList"))->isVisible());
        if (screenshots) {
            auto *posts = window.findChild<QProgressBar *>(QStringLiteral("progress_organization_posts"));
            QTRY_VERIFY_WITH_TIMEOUT(posts->value() >= 2, 30000);
            screenshot(&window, QStringLiteral("sources-during-sync"));
        }

        QVERIFY(finished.wait(120000));
        const RunReport report = finished.first().at(1).value<RunReport>();
        QCOMPARE(report.status, RunStatus::Succeeded);
        QVERIFY(report.rowsWritten() > 500);
        QVERIFY(app.catalog.rowCount(QStringLiteral("organization_posts")) > 100);
        QVERIFY(app.catalog.rowCount(QStringLiteral("follower_statistics")) > 300);
        for (const StreamSelection &selection : source.streams) {
            auto *bar = window.findChild<QProgressBar *>(QStringLiteral("progress_") + selection.streamId);
            QVERIFY(bar);
            QCOMPARE(bar->value(), bar->maximum());
        }
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("lastSyncLabel"))->text().contains(tr("Succeeded")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("syncAllAction"))->isEnabled());
        // The sample source keeps no secret in the keychain: the sandbox's token is not one.
        QCOMPARE(app.store.size(), 0);
        screenshot(&window, QStringLiteral("sources-after-sync"));

        // The sync finishing marked the analytics pages for reloading, each when it is next shown: the
        // hidden catalog browser has not counted yet; shown, the dashboards hold the days synced (the
        // default 30 days, then all of them as the report has) and the browser counts the rows.
        const auto postsCounted = [&] {
            for (const TableInfo &table : window.catalogPage()->tableModel()->tables())
                if (table.name == QLatin1String("organization_posts"))
                    return table.rows == app.catalog.rowCount(QStringLiteral("organization_posts"));
            return false;
        };
        QVERIFY(!postsCounted());
        window.showPage(MainWindow::DashboardsPageIndex);
        QVERIFY(!window.dashboardsPage()->isEmptyStateShown(DashboardsPage::FollowerGrowth));
        QVERIFY(window.dashboardsPage()->followerGrowthModel()->rowCount() >= 28);
        const QueryResult growth = runReport(app.catalog.reader(), QStringLiteral("follower-growth"));
        QVERIFY(growth.ok());
        window.dashboardsPage()->setRange(DashboardsPage::Range::AllTime);
        QCOMPARE(window.dashboardsPage()->followerGrowthModel()->rowCount(), growth.rows.size());
        window.showPage(MainWindow::CatalogPageIndex);
        QVERIFY(postsCounted());

        // Tools > Refresh Labels asks the sample server: its name for function 26 replaces the
        // bundled one, and the status bar says what arrived.
        QCOMPARE(LabelResolver(app.catalog.reader()).name(QStringLiteral("urn:li:function:26")),
                 QStringLiteral("Support"));
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshLabelsAction"));
        QVERIFY(refresh->isEnabled());
        refresh->trigger();
        QVERIFY(!refresh->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), 30000);
        QCOMPARE(LabelResolver(app.catalog.reader()).name(QStringLiteral("urn:li:function:26")),
                 QStringLiteral("Customer Success and Support"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("job functions")),
                 qPrintable(window.statusBar()->currentMessage()));

        // Tools > Data Retention lists the sample source's tables, each kept whole until set.
        window.findChild<QAction *>(QStringLiteral("retentionAction"))->trigger();
        auto *retention = window.findChild<RetentionDialog *>();
        QVERIFY(retention && !retention->isHidden());
        QCOMPARE(retention->findChild<QTableWidget *>()->rowCount(), 5);
        QVERIFY(retention->rules().isEmpty());
        retention->reject();

        // Tools > Preferences: Tokyo (UTC+9, no daylight saving) moves every post nine hours on, and
        // the choice is kept for the next start.
        PostingTimeModel *hours = window.dashboardsPage()->hourModel();
        window.showPage(MainWindow::DashboardsPageIndex);
        window.dashboardsPage()->showDashboard(DashboardsPage::Insights);
        QCOMPARE(hours->headerData(PostingTimeModel::Slot, Qt::Horizontal).toString(),
                 QStringLiteral("Hour (%1)").arg(window.dashboardsPage()->filter().timeZoneName()));
        QList<int> utcPosts;
        window.dashboardsPage()->setTimeZone(QTimeZone::utc());
        for (int hour = 0; hour < 24; ++hour)
            utcPosts.append(hours->index(hour, PostingTimeModel::Posts).data().toInt());
        auto *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QCOMPARE(preferences->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        preferences->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->chosenTimeZoneId(), QByteArray()); // the system's, by default
        dialog->chooseTimeZoneId("Asia/Tokyo");
        QCOMPARE(dialog->chosenTimeZoneId(), QByteArray("Asia/Tokyo"));
        dialog->accept();
        QCOMPARE(app.settings.value(QStringLiteral("dashboards/timeZone")).toByteArray(), QByteArray("Asia/Tokyo"));
        QCOMPARE(window.dashboardsPage()->filter().timeZone, QTimeZone("Asia/Tokyo"));
        QCOMPARE(hours->headerData(PostingTimeModel::Slot, Qt::Horizontal).toString(),
                 QStringLiteral("Hour (Asia/Tokyo)"));
        for (int hour = 0; hour < 24; ++hour)
            QCOMPARE(hours->index((hour + 9) % 24, PostingTimeModel::Posts).data().toInt(), utcPosts.at(hour));
        MainWindow again(app.services);
        QCOMPARE(again.dashboardsPage()->filter().timeZone, QTimeZone("Asia/Tokyo"));
    }

    // At 1024×640, with the sample data synced, every page and every dashboard can be read: no chart
    // label cut to "…" for want of room, no label, button or box narrower than its text.
    void everyPageReadableAt1024x640() {
        App app(newCatalogPath());
        MainWindow window(app.services);
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncController *controller = window.sourcesPage()->controller();
        QSignalSpy finished(controller, &SyncController::finished);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("trySampleDataButton")), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(window.size(), QSize(1024, 640));
        QStringList problems;
        const auto check = [&](const QString &name) {
            (void)window.grab(); // painted once, as a person sees it: Qt Charts lays out when drawn
            QCoreApplication::processEvents();
            for (const QString &problem : unreadableTexts(&window))
                problems << name + QStringLiteral(": ") + problem;
            screenshot(&window, QStringLiteral("1024x640-") + name);
        };
        for (const int page :
             {MainWindow::SourcesPageIndex, MainWindow::CatalogPageIndex, MainWindow::ExplorerPageIndex}) {
            window.showPage(page);
            check(QStringLiteral("page-%1").arg(page));
        }
        window.showPage(MainWindow::DashboardsPageIndex);
        static const char *const names[] = {"follower-growth", "post-engagement", "visitor-demographics", "insights"};
        for (int dashboard = 0; dashboard < DashboardsPage::DashboardCount; ++dashboard) {
            window.dashboardsPage()->showDashboard(dashboard);
            QVERIFY(!window.dashboardsPage()->isEmptyStateShown(DashboardsPage::Dashboard(dashboard)));
            check(QLatin1String(names[dashboard]));
            // A table under a chart keeps rows to read: three, and six for the demographics, whose
            // page scrolls rather than squeeze it (it kept two).
            for (const QTableView *table : window.dashboardsPage()->findChildren<QTableView *>()) {
                if (!table->isVisible())
                    continue;
                const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
                const int needed = table->objectName() == QLatin1String("demographicsTable") ? 6 : 3;
                if (rows < needed)
                    problems << QStringLiteral("%1: %2 shows %3 rows")
                                    .arg(QLatin1String(names[dashboard]), table->objectName())
                                    .arg(rows);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void navigationSwitchesPages() {
        App app(newCatalogPath());
        MainWindow window(app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QCOMPARE(navigation->count(), 4);
        const QStringList expected = {QStringLiteral("sourcesPage"), QStringLiteral("catalogBrowserPage"),
                                      QStringLiteral("dashboardsPage"), QStringLiteral("explorerPage")};
        for (int row : {2, 1, 3, 0}) {
            const QRect item = navigation->visualItemRect(navigation->item(row));
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, item.center());
            QCOMPARE(pages->currentWidget()->objectName(), expected.at(row));
            QVERIFY(pages->currentWidget()->isVisible());
            QVERIFY(!navigation->item(row)->icon().isNull());
        }
        window.showPage(MainWindow::ExplorerPageIndex);
        QCOMPARE(navigation->currentRow(), int(MainWindow::ExplorerPageIndex));
        screenshot(&window, QStringLiteral("explorer"));

        // The menus' shortcuts.
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("addSourceAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_N));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_Q));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("exportDashboardAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_E));
        QApplication::setActiveWindow(&window);
        if (QTest::qWaitForWindowActive(&window)) {
            QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
            QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("catalogBrowserPage"));
        }
    }

    void corruptCatalogIsReportedAndLeftAlone() {
        const QString path = newCatalogPath();
        QByteArray garbage = "This is not an SQLite database, but it is somebody's file.\n";
        for (int i = 0; i < 64; ++i)
            garbage += QByteArray::number(i * 7919) + ',';
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        Catalog catalog(QStringLiteral("corrupt-") + QUuid::createUuid().toString(QUuid::Id128));
        QList<CatalogError> reported;
        const OpenedCatalog opened = openAppCatalog(catalog, path, [&](const CatalogError &error) {
            reported.append(error);
            return QString(); // start without a catalog
        });
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.first().kind, CatalogError::Kind::NotADatabase);
        QVERIFY(!describe(reported.first()).isEmpty());
        QVERIFY(opened.error.isError());
        QVERIFY(!catalog.isOpen());
        QCOMPARE(readAll(path), garbage);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        // The app still starts: it says why and offers nothing that needs a catalog.
        MemoryTokenStore store;
        SystemClock clock;
        SourceRepository repository(&catalog, &store);
        const AppRuntime runtime({nullptr, &store, &clock, &catalog, opened.path, &repository, nullptr});
        MainWindow window(runtime.services());
        window.setCatalogProblem(describe(opened.error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("noCatalogPanel"))->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noCatalogText"))->text().contains(path));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("addSourceAction"))->isEnabled());
        screenshot(&window, QStringLiteral("no-catalog"));
        QCOMPARE(readAll(path), garbage);

        // Choosing another file opens that one instead.
        const QString other = newCatalogPath();
        Catalog second(QStringLiteral("second-") + QUuid::createUuid().toString(QUuid::Id128));
        int asked = 0;
        const OpenedCatalog reopened = openAppCatalog(second, path, [&](const CatalogError &) {
            ++asked;
            return other;
        });
        QCOMPARE(asked, 1);
        QVERIFY(!reopened.error.isError());
        QCOMPARE(reopened.path, other);
        QVERIFY(second.isOpen());
        QCOMPARE(second.mode(), Catalog::Mode::ReadOnly);
        QCOMPARE(second.schemaVersion(), Catalog::latestSchemaVersion());
        QCOMPARE(readAll(path), garbage);
    }

    void defaultCatalogPathIsInTheAppDataFolder() {
        const QString path = defaultCatalogPath();
        QVERIFY(!path.isEmpty());
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("catalog.sqlite"));
        QCOMPARE(QFileInfo(path).absolutePath(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absolutePath());
        QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isDir());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
