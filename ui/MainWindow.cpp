#include "MainWindow.h"

#include "AppCatalog.h"
#include "NavigationIcons.h"
#include "OpenCatalogDialog.h"
#include "UiLog.h"
#include "app/CatalogPassword.h"
#include "app/LabelRefreshController.h"
#include "app/Preferences.h"
#include "app/Scheduler.h"
#include "app/SourceText.h"
#include "app/SyncController.h"
#include "catalog/CatalogBrowserPage.h"
#include "catalog/RunHistory.h"
#include "dashboard/DashboardsPage.h"
#include "explorer/ExplorerPage.h"
#include "settings/PreferencesDialog.h"
#include "settings/RetentionDialog.h"
#include "source/SourceRepository.h"
#include "sources/SourcesPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace pagesight {

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Pagesight"));
    resize(1180, 760);
    setMinimumSize(820, 560);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    // The sidebar sits on the window colour, apart from the page it switches. The selected item gets
    // one background of its own: Fusion fills the icon and the text apart, and its focus frame
    // leaves a line between them.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigationList { background: palette(window); "
                                               "border-right: 1px solid palette(mid); padding: 8px 4px; outline: 0; "
                                               "show-decoration-selected: 1; }"
                                               "QListWidget#navigationList::item:selected { border: none; "
                                               "background: palette(highlight); color: palette(highlighted-text); }"));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    auto *pageFrame = new QWidget(central);
    auto *pageLayout = new QVBoxLayout(pageFrame);
    pageLayout->setContentsMargins(12, 8, 12, 4);
    pageLayout->addWidget(m_pages);
    layout->addWidget(m_navigation);
    layout->addWidget(pageFrame, 1);
    setCentralWidget(central);

    m_sourcesPage = new SourcesPage(services, m_pages);
    addPage(m_sourcesPage, tr("Sources"), navigationIcon(NavigationGlyph::Sources, palette()));
    m_catalogPage = new CatalogBrowserPage(services, m_pages);
    addPage(m_catalogPage, tr("Catalog"), navigationIcon(NavigationGlyph::Catalog, palette()));
    m_dashboardsPage = new DashboardsPage(services, m_pages);
    m_dashboardsPage->setTimeZone(Preferences(services.settings).timeZone());
    addPage(m_dashboardsPage, tr("Dashboards"), navigationIcon(NavigationGlyph::Dashboards, palette()));
    m_explorerPage = new ExplorerPage(services, m_pages);
    addPage(m_explorerPage, tr("Explorer"), navigationIcon(NavigationGlyph::Explorer, palette()));
    m_labels = services.labels;
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::reloadIfStale);
    m_navigation->setCurrentRow(SourcesPageIndex);

    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_catalogPath = new QLabel(this);
    m_catalogPath->setObjectName(QStringLiteral("catalogPathLabel"));
    m_catalogPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_lastSync, 1);
    statusBar()->addPermanentWidget(m_catalogPath);

    createMenus();
    connect(m_sourcesPage, &SourcesPage::sourcesChanged, this, [this] {
        updateStatus();
        reloadAnalytics();
    });
    connect(m_sourcesPage, &SourcesPage::openCatalogRequested, this, &MainWindow::openCatalog);
    connect(m_sourcesPage, &SourcesPage::runFinished, this, [this] {
        statusBar()->clearMessage(); // a "waiting for another sync" message, if there was one
        updateStatus();
        reloadAnalytics();
        if (m_closing && !m_services.syncs->anyRunning())
            close();
    });
    connect(m_services.syncs, &SyncController::started, this, &MainWindow::updateStatus);
    connect(m_services.syncs, &SyncController::waiting, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message); });
    connect(m_labels, &LabelRefreshController::finished, this, [this](bool, const QString &message) {
        m_refreshLabels->setEnabled(true);
        statusBar()->showMessage(message, 15000);
        reloadAnalytics();
    });
    updateStatus();
    if (m_sourcesPage->hasCatalog())
        m_services.scheduler->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon) {
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(0, 40));
}

void MainWindow::reloadAnalytics() {
    // Only the page on screen reads the catalog now; the others when they are shown, so a sync
    // does not re-run hidden charts, counts or the explorer's last query.
    m_staleAnalytics = {CatalogPageIndex, DashboardsPageIndex, ExplorerPageIndex};
    reloadIfStale(m_pages->currentIndex());
}

void MainWindow::reloadIfStale(int page) {
    if (!m_staleAnalytics.remove(page))
        return;
    if (page == CatalogPageIndex)
        m_catalogPage->reload();
    else if (page == DashboardsPageIndex)
        m_dashboardsPage->reload();
    else if (page == ExplorerPageIndex)
        m_explorerPage->reload();
}

void MainWindow::refreshLabels() {
    // The selected source's credentials, else the first source's: the names are the same for all.
    QString sourceId = m_sourcesPage->selectedSourceId();
    if (sourceId.isEmpty() && m_services.sources && !m_services.sources->sources().isEmpty())
        sourceId = m_services.sources->sources().constFirst().id;
    if (sourceId.isEmpty() || !m_labels->refresh(sourceId))
        return;
    m_refreshLabels->setEnabled(false);
    statusBar()->showMessage(tr("Refreshing the labels from LinkedIn…"));
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openCatalog = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Catalog…"));
    openCatalog->setObjectName(QStringLiteral("openCatalogAction"));
    openCatalog->setShortcut(QKeySequence::Open);
    openCatalog->setStatusTip(tr("Open another catalog file, or a team's catalog on a PostgreSQL server"));
    connect(openCatalog, &QAction::triggered, this, &MainWindow::openCatalog);
    file->addSeparator();
    m_addSource = file->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add Source…"));
    m_addSource->setObjectName(QStringLiteral("addSourceAction"));
    m_addSource->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addSource, &QAction::triggered, this, [this] {
        showPage(SourcesPageIndex);
        m_sourcesPage->addSource();
    });
    m_syncAll = file->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Sync All"));
    m_syncAll->setObjectName(QStringLiteral("syncAllAction"));
    m_syncAll->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_syncAll, &QAction::triggered, m_services.syncs, &SyncController::syncAll);
    file->addSeparator();
    QAction *exportDashboard = file->addAction(tr("&Export Dashboard…"));
    exportDashboard->setObjectName(QStringLiteral("exportDashboardAction"));
    exportDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportDashboard->setStatusTip(tr("Save the dashboard on screen as a PNG image or a one-page PDF, or its "
                                     "tables as CSV."));
    connect(exportDashboard, &QAction::triggered, this, [this] {
        showPage(DashboardsPageIndex);
        m_dashboardsPage->exportWithDialog();
    });
    connect(m_dashboardsPage, &DashboardsPage::exportFinished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 15000);
        else
            QMessageBox::warning(this, tr("Export Dashboard"), message);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < m_navigation->count(); ++page) {
        QAction *action = view->addAction(m_navigation->item(page)->icon(), m_navigation->item(page)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_refreshLabels = tools->addAction(tr("Refresh &Labels"));
    m_refreshLabels->setObjectName(QStringLiteral("refreshLabelsAction"));
    m_refreshLabels->setStatusTip(tr("Fetch the names of seniorities, job functions, industries and places from "
                                     "LinkedIn, with the selected source's sign-in."));
    connect(m_refreshLabels, &QAction::triggered, this, &MainWindow::refreshLabels);
    QAction *retention = tools->addAction(tr("Data &Retention…"));
    retention->setObjectName(QStringLiteral("retentionAction"));
    retention->setStatusTip(tr("Set how long each table keeps LinkedIn's data; older rows are removed after "
                               "each sync."));
    connect(retention, &QAction::triggered, this, [this] {
        auto *dialog = new RetentionDialog(m_services, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RetentionDialog::saved, this, [this] {
            statusBar()->showMessage(tr("The retention setting is saved; it applies from the next sync."), 8000);
        });
        dialog->open();
    });
    tools->addSeparator();
    QAction *preferences = tools->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Choose the time zone of the Insights' weekdays and hours."));
    connect(preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(m_services.settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this] { m_dashboardsPage->setTimeZone(Preferences(m_services.settings).timeZone()); });
        dialog->open();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Pagesight"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(int page) {
    m_navigation->setCurrentRow(page);
}

int MainWindow::currentPage() const {
    return m_pages->currentIndex();
}

void MainWindow::setCatalogProblem(const QString &message) {
    m_sourcesPage->setCatalogProblem(message);
    updateStatus();
}

void MainWindow::updateStatus() {
    const bool hasCatalog = m_sourcesPage->hasCatalog();
    m_catalogPath->setText(hasCatalog ? tr("Catalog: %1").arg(QDir::toNativeSeparators(m_services.catalogPath))
                                      : tr("No catalog open"));
    const bool hasSources = hasCatalog && !m_services.sources->sources().isEmpty();
    m_addSource->setEnabled(hasCatalog);
    m_syncAll->setEnabled(hasSources);
    m_refreshLabels->setEnabled(hasSources && !m_labels->isRunning());
    if (!hasCatalog) {
        m_lastSync->clear();
        return;
    }
    if (m_services.syncs->anyRunning()) {
        m_lastSync->setText(tr("Syncing…"));
        return;
    }
    const QList<RunRecord> runs = RunHistory(*m_services.catalog).runs({}, 1);
    if (runs.isEmpty()) {
        m_lastSync->setText(tr("No sync yet"));
        return;
    }
    const RunRecord &run = runs.first();
    m_lastSync->setText(tr("Last sync: %1 — %2, %3")
                            .arg(run.sourceName, SourceText::runStatus(run.status),
                                 SourceText::dateTime(run.finishedAt.isValid() ? run.finishedAt : run.startedAt)));
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Pagesight"),
                       tr("<h3>Pagesight %1</h3><p>Your LinkedIn Organization Page's organic data — followers, "
                          "page views, posts and their statistics — in a local SQLite catalog, with "
                          "dashboards.</p><p>Tokens are kept in the system keychain, never in the catalog.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::openCatalog() {
    OpenCatalogDialog dialog(
        m_services.catalogPath,
        [](const QString &location, const QString &password) {
            const CatalogError error = tryAppCatalog(location, password);
            return error.isError() ? describe(error) : QString();
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_services.syncs->anyRunning() &&
        QMessageBox::question(this, tr("Open Catalog"),
                              tr("A sync is running. Opening another catalog cancels it; it can be synced again "
                                 "later."),
                              QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    switchCatalog(dialog.location(), dialog.password(), dialog.rememberPassword());
}

void MainWindow::switchCatalog(const QString &location, const QString &password, bool rememberPassword) {
    if (m_services.tokenStore) {
        const TokenStore::Result kept =
            QCoro::waitFor(keepCatalogPassword(m_services.tokenStore, location, password, rememberPassword));
        if (!kept.ok) // the catalog opens all the same; the password is asked again next time
            QMessageBox::warning(this, tr("Open Catalog"),
                                 tr("The keychain did not keep the password: %1").arg(kept.error));
    }
    Preferences(m_services.settings).setCatalogLocation(location);
    m_nextCatalog = location;
    m_nextPassword = password;
    qCInfo(lcUi) << "opening another catalog:" << location;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // A sync cut off by the process ending would stay "running" in the history: cancel, let the
    // runs record themselves as cancelled, then close.
    SyncController *controller = m_services.syncs;
    if (!controller->anyRunning()) {
        event->accept();
        return;
    }
    m_closing = true;
    controller->cancelAll();
    statusBar()->showMessage(tr("Cancelling the running syncs before closing…"));
    event->ignore();
}

} // namespace pagesight
