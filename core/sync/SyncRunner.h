#pragma once

#include "RunReport.h"
#include "SyncEngine.h"
#include "api/LinkedInClient.h"
#include "auth/RefreshingTokenProvider.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

namespace pagesight {

class TokenStore;

// Everything one run needs. Secrets are carried in memory only, from the keychain or the
// environment to the worker thread.
struct SyncJob {
    SourceConfig source;
    QString catalogPath;
    // A server catalog's password, from the keychain; empty: libpq's own (PGPASSWORD, ~/.pgpass).
    QString catalogPassword;
    OAuthTokens tokens;
    QString clientSecret;
    SyncOptions options;
    ClientOptions client; // apiBase and apiVersion are taken from the source
    // Another sync holds the catalog's sync lock: wait for it (the app, the CLI by default), or
    // end at once with a "busy" report (pagesight sync --no-wait).
    bool waitForLock = true;
    int lockPollMs = 500;
    // Run on the catalog once the lock is held and it is open, before the sync (the command line
    // installs the bundled labels here); an error ends the run.
    std::function<CatalogError(Catalog &)> prepareCatalog;
};

// Runs a SyncEngine on a worker thread with its own QNetworkAccessManager and its own catalog
// connection, so the caller's thread (the GUI's) never blocks on the network or a write.
// Signals arrive queued in the caller's thread.
class SyncRunner : public QObject {
    Q_OBJECT
public:
    explicit SyncRunner(TokenStore *store = nullptr, QObject *parent = nullptr);
    ~SyncRunner() override;

    // store, when given, receives the tokens LinkedIn refreshes during a run (the source's keys).
    // Starts the run; false if one is already running.
    bool start(const SyncJob &job, const Clock *clock);
    void cancel();
    bool isRunning() const;

signals:
    void progress(const pagesight::StreamProgress &progress);
    void finished(const pagesight::RunReport &report);
    // LinkedIn issued new tokens during the run (they are already on their way to the keychain);
    // the new expiry dates, for the source's token warnings. Never the tokens themselves.
    void tokensRefreshed(const QDateTime &accessExpiresAt, const QDateTime &refreshExpiresAt);
    // Another sync of the same catalog runs (process pid, started at startedAt): this one waits.
    void waitingForLock(qint64 pid, const QDateTime &startedAt);

private:
    void keepTokens(const QString &sourceId, const OAuthTokens &tokens);
    void finishWhenStored();

    static constexpr int shutdownGraceMs = 5000; // a cancelled run ends well within this
    TokenStore *m_store;
    RunReport m_report;
    bool m_reportPending = false;
    int m_pendingWrites = 0;
    QThread *m_thread = nullptr;
    QPointer<QObject> m_worker;
};

} // namespace pagesight
