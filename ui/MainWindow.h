#pragma once

#include "app/AppServices.h"

#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace pagesight {

class CatalogBrowserPage;
class DashboardsPage;
class ExplorerPage;
class LabelRefreshController;
class SourcesPage;

// The application window: a sidebar of pages (Sources, Catalog, Dashboards, Explorer) beside a
// stack of them, the menus, and a status bar with the last sync and the catalog's path.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { SourcesPageIndex, CatalogPageIndex, DashboardsPageIndex, ExplorerPageIndex };

    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    SourcesPage *sourcesPage() const { return m_sourcesPage; }
    CatalogBrowserPage *catalogPage() const { return m_catalogPage; }
    DashboardsPage *dashboardsPage() const { return m_dashboardsPage; }
    ExplorerPage *explorerPage() const { return m_explorerPage; }
    void showPage(int page);
    int currentPage() const;
    // The catalog could not be opened at start: say why, and offer nothing that needs it.
    void setCatalogProblem(const QString &message);

    // File → Open Catalog…: the dialog, then switchCatalog() with what it chose.
    void openCatalog();
    // Keeps (or forgets) the password in the keychain and the location in the preferences, then
    // closes the window (cancelling running syncs first) so the app opens it: nextCatalog() says
    // which. A location that cannot be opened never gets here (the dialog tries it first).
    void switchCatalog(const QString &location, const QString &password, bool rememberPassword);
    QString nextCatalog() const { return m_nextCatalog; } // empty: the app quits
    QString nextCatalogPassword() const { return m_nextPassword; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void reloadAnalytics(); // the catalog changed: a sync finished, a source came or went, labels arrived
    void reloadIfStale(int page);
    void refreshLabels();
    void createMenus();
    void updateStatus();
    void showAbout();

    AppServices m_services;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    SourcesPage *m_sourcesPage;
    CatalogBrowserPage *m_catalogPage;
    DashboardsPage *m_dashboardsPage;
    ExplorerPage *m_explorerPage;
    LabelRefreshController *m_labels;
    QAction *m_refreshLabels = nullptr;
    QSet<int> m_staleAnalytics; // pages to reload when next shown
    QLabel *m_lastSync;
    QLabel *m_catalogPath;
    QAction *m_addSource = nullptr;
    QAction *m_syncAll = nullptr;
    bool m_closing = false; // waiting for cancelled syncs to stop before closing
    QString m_nextCatalog;
    QString m_nextPassword;
};

} // namespace pagesight
