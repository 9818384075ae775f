#pragma once

#include "AppServices.h"
#include "sync/RunReport.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>

namespace pagesight {

class SyncRunner;
struct SourceConfig;
struct SourceSecrets;

// Starts and follows the sources' syncs for the GUI. No widgets.
//
//   sync(id) ─► read the secrets (keychain, async) ─► SyncRunner (worker thread) ─► progress…
//            └─► finished: note on the source what LinkedIn said about its token and, for a
//                successful full sync, its date; save the source; emit finished
//
// One run per source at a time; several sources may sync at once, each on its own runner. Sample
// sources are pointed at the in-process sandbox before every run and use its token (not a
// secret), so the demo works without a keychain. Refreshed tokens are written to the token store
// by the runner's RefreshingTokenProvider.
class SyncController : public QObject {
    Q_OBJECT
public:
    explicit SyncController(const AppServices &services, QObject *parent = nullptr);
    ~SyncController() override;

    // Starts a run, FULL_TABLE when the source's periodic full sync is due; false when the source
    // is unknown or already syncing.
    bool sync(const QString &sourceId);
    bool sync(const QString &sourceId, bool fullSync);
    void syncAll();
    void cancel(const QString &sourceId);
    void cancelAll();

    bool isRunning(const QString &sourceId) const { return m_runs.count(sourceId) > 0; }
    bool anyRunning() const { return !m_runs.empty(); }
    // The streams of the source's current run, or of its last run in this session; empty if none.
    QList<StreamProgress> progress(const QString &sourceId) const;

signals:
    void started(const QString &sourceId);
    void progressChanged(const QString &sourceId, const pagesight::StreamProgress &progress);
    void finished(const QString &sourceId, const pagesight::RunReport &report);
    // The source's saved configuration changed (re-authorization state, last full sync).
    void sourceChanged(const QString &sourceId);
    // Another sync of the catalog (the command line, another source) runs: this one waits for it.
    void waiting(const QString &sourceId, const QString &message);

private:
    struct Run;
    void startRunner(const QString &sourceId, const SourceSecrets &secrets);
    void finish(const QString &sourceId, const RunReport &report);
    void reportFinished(const QString &sourceId, const RunReport &report);
    void updateProgress(const QString &sourceId, const StreamProgress &progress);

    AppServices m_services;
    std::map<QString, std::unique_ptr<Run>> m_runs;
    QHash<QString, QList<StreamProgress>> m_progress;
};

} // namespace pagesight
