#pragma once

#include "WizardLauncher.h"
#include "app/AppServices.h"
#include "sync/RunReport.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace pagesight {

class RunHistoryModel;
class Scheduler;
class SourceDetailPane;
class SourceListModel;
class SyncController;

// The Sources page: every source with its last and next run, and for the selected one the
// one-click sync, cancel, edit, delete, re-authorize, per-stream progress and run history. On
// first launch (no source yet) a welcome panel invites to add a source or try the sample data.
//
// "Try with sample data" needs no wizard: it saves SampleData::sampleSource (every stream, a year
// back, manual trigger) and syncs it at once, so a newcomer sees data after one click; the sample
// source can be edited or deleted like any other.
//
// It shows the SyncController and the Scheduler of AppServices (made by AppRuntime, which owns
// them); the wizard is opened through a WizardOpener, so tests can answer in its place.
class SourcesPage : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPage(const AppServices &services, QWidget *parent = nullptr);
    ~SourcesPage() override;

    void setWizardOpener(WizardOpener opener) { m_openWizard = std::move(opener); }
    SyncController *controller() const { return m_controller; }
    Scheduler *scheduler() const { return m_scheduler; }
    SourceListModel *sourceModel() const { return m_sourceModel; }
    RunHistoryModel *runHistoryModel() const { return m_historyModel; }
    SourceDetailPane *detailPane() const { return m_detail; }

    QString selectedSourceId() const;
    void selectSource(const QString &sourceId);
    // The catalog could not be opened: the page says why and offers nothing that needs it.
    void setCatalogProblem(const QString &message);
    bool hasCatalog() const;

public slots:
    void refresh();
    void addSource();
    void trySampleData();
    void syncSelected();
    void cancelSelected();
    void editSelected();
    void deleteSelected();
    void reauthorizeSelected();

signals:
    void sourcesChanged(); // added, edited, removed
    void runFinished(const QString &sourceId, const pagesight::RunReport &report);
    void openCatalogRequested(); // the no-catalog panel's button: File → Open Catalog…

private:
    QWidget *makeWelcomePanel();
    QWidget *makeContent();
    QWidget *makeNoCatalogPanel();
    void updateDetail();
    void refreshHistory();
    void onStarted(const QString &sourceId);
    void onProgress(const QString &sourceId, const StreamProgress &progress);
    void onFinished(const QString &sourceId, const RunReport &report);
    // Saves the source, stores non-empty secrets in the keychain, then syncs if asked.
    void saveSource(const SourceConfig &source, const SourceSecrets &secrets, bool syncNow);
    void storeSecretsThenSync(const QString &id, const SourceSecrets &secrets, bool syncNow);
    void showWarning(const QString &title, const QString &text);

    AppServices m_services;
    WizardOpener m_openWizard;
    SyncController *m_controller;
    Scheduler *m_scheduler;
    SourceListModel *m_sourceModel;
    RunHistoryModel *m_historyModel;
    QStackedWidget *m_states = nullptr;
    QWidget *m_welcome = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_noCatalog = nullptr;
    QLabel *m_noCatalogText = nullptr;
    QTableView *m_list = nullptr;
    SourceDetailPane *m_detail = nullptr;
    QString m_shownSourceId;            // whose progress bars the detail pane shows
    QSet<QString> m_historyPending;     // runs whose history row appears with their first progress
    QHash<QString, QString> m_messages; // the last outcome per source in this session
    QList<SourceConfig> m_sources;      // as of the last refresh
    // Rows stored per source, counted once and again only after its sync or a save or delete: the
    // list refreshes on every scheduler check, and counting scans the tables.
    QHash<QString, qint64> m_storedRows;
    QString m_pendingSelection; // select this source once the list has it
    bool m_catalogProblem = false;
};

} // namespace pagesight
