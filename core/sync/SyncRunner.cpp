#include "SyncRunner.h"

#include "SyncLock.h"
#include "auth/TokenStore.h"
#include "catalog/Catalog.h"
#include "common/Log.h"
#include "streams/Retention.h"

#include <QAtomicInteger>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

namespace pagesight {

namespace {

// Lives in the worker thread; owns the engine and everything it uses.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(SyncJob job, const Clock *clock)
        : m_job(std::move(job))
        , m_clock(clock) {}

    void start() {
        if (m_job.catalogPath != QLatin1String(":memory:"))
            m_lock = std::make_unique<SyncLock>(
                m_job.catalogPath, m_job.source.id.isEmpty() ? m_job.source.organizationUrn() : m_job.source.id);
        if (m_lock)
            m_lock->setPassword(m_job.catalogPassword);
        acquireOrWait();
    }

    // One sync per catalog: take the lock, or wait for the sync that holds it (polling, so that a
    // cancel ends the wait), or end at once when the job says not to wait.
    void acquireOrWait() {
        if (m_cancelled)
            return finishEarly(RunStatus::Cancelled, {}, describe(ApiError{ApiError::Kind::Cancelled}));
        const SyncLock::Result result = m_lock ? m_lock->tryAcquire(m_clock->nowUtc()) : SyncLock::Result::Acquired;
        if (result == SyncLock::Result::Acquired)
            return begin();
        if (result == SyncLock::Result::Error) {
            const CatalogError error{CatalogError::Kind::CannotOpen, m_lock->errorString(), m_lock->path()};
            return finishEarly(RunStatus::Failed, error, describe(error));
        }
        const SyncLock::Holder holder = m_lock->holder();
        if (!m_job.waitForLock) {
            const CatalogError error{CatalogError::Kind::Busy,
                                     holder.startedAt.toString(Qt::ISODate) + QLatin1Char(' ') +
                                         QString::number(holder.pid),
                                     m_job.catalogPath};
            return finishEarly(RunStatus::Failed, error, describe(error), true);
        }
        if (!m_announcedWait) {
            m_announcedWait = true;
            qCInfo(lcSync) << "waiting for the sync of process" << holder.pid << "to finish";
            emit waitingForLock(holder.pid, holder.startedAt);
        }
        QTimer::singleShot(m_job.lockPollMs, this, &SyncWorker::acquireOrWait);
    }

    void finishEarly(RunStatus status, const CatalogError &error, const QString &message, bool busy = false) {
        RunReport report = RunReport::withoutRun(status, message, m_clock->nowUtc());
        report.catalogError = error;
        report.busy = busy;
        finish(report);
    }

    void begin() {
        static QAtomicInteger<quint64> counter;
        m_catalog = std::make_unique<Catalog>(QStringLiteral("pagesight-sync-%1").arg(++counter));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<RefreshingTokenProvider>(m_network.get(), nullptr, m_job.source.id,
                                                             m_job.source.oauthBaseUrl, m_job.source.clientId,
                                                             m_job.clientSecret, m_job.tokens);
        // The keychain lives in the caller's thread: new tokens travel there (queued) to be stored.
        m_tokens->setRefreshedCallback([this](const OAuthTokens &tokens) { emit tokensRefreshed(tokens); });
        m_client = std::make_unique<LinkedInClient>(m_network.get(), m_tokens.get(),
                                                    m_job.source.clientOptions(m_clock, m_job.client));
        m_engine = std::make_unique<SyncEngine>(m_catalog.get(), m_client.get(), m_clock);
        connect(m_engine.get(), &SyncEngine::progress, this, &SyncWorker::progress);

        m_catalog->setPassword(m_job.catalogPassword);
        CatalogError error = m_catalog->open(m_job.catalogPath);
        if (!error.isError() && m_job.prepareCatalog)
            error = m_job.prepareCatalog(*m_catalog);
        if (error.isError()) {
            m_catalog->close();
            m_lock.reset();
            return finishEarly(RunStatus::Failed, error, describe(error));
        }
        QCoro::connect(m_engine->run(m_job.source, m_job.options), this, [this](RunReport report) {
            applyRetention(report);
            m_catalog->close();
            m_lock.reset(); // the next sync may start the moment this one has closed the catalog
            finish(report);
        });
    }

    // The catalog's retention setting, after every run that opened the catalog: rows older than it
    // go, whichever source wrote them.
    void applyRetention(RunReport &report) {
        const QList<RetentionRule> rules = retentionRules(m_catalog->reader());
        if (rules.isEmpty())
            return;
        const PurgeResult purged = purgeOlderThan(*m_catalog, rules, m_clock->todayUtc());
        report.retentionRemoved = purged.removed;
        report.retentionError = purged.error;
        if (purged.error.isError())
            qCWarning(lcSync) << "the retention period could not be applied:" << describe(purged.error);
    }

    // Every end of a run goes through here: the report, then the thread's event loop ends, so the
    // runner (or its destructor) only has to wait for the thread.
    void finish(const RunReport &report) {
        emit finished(report);
        thread()->quit();
    }

    void cancel() {
        m_cancelled = true;
        if (m_engine)
            m_engine->cancel();
    }

signals:
    void progress(const pagesight::StreamProgress &progress);
    void finished(const pagesight::RunReport &report);
    void tokensRefreshed(const pagesight::OAuthTokens &tokens);
    void waitingForLock(qint64 pid, const QDateTime &startedAt);

private:
    SyncJob m_job;
    const Clock *m_clock;
    // One ownership model: the worker owns everything of the run, created in the worker thread in
    // begin() and destroyed there in reverse order of use (engine first, lock last).
    std::unique_ptr<SyncLock> m_lock;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RefreshingTokenProvider> m_tokens;
    std::unique_ptr<LinkedInClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_cancelled = false;
    bool m_announcedWait = false;
};

} // namespace

SyncRunner::SyncRunner(TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    qRegisterMetaType<pagesight::StreamProgress>();
    qRegisterMetaType<pagesight::RunReport>();
    qRegisterMetaType<pagesight::OAuthTokens>();
}

// Closing the window during a run: the cancel reaches the worker before this returns (a blocking
// call, not a queued one the ending event loop could drop), then the run ends on its own, promptly
// even inside a long Retry-After, closing the catalog and releasing the sync lock. The thread is
// stopped by force only if it does not.
SyncRunner::~SyncRunner() {
    if (!m_thread)
        return;
    if (m_thread->isRunning() && m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker.data()] { static_cast<SyncWorker *>(worker)->cancel(); },
            Qt::BlockingQueuedConnection);
    if (!m_thread->wait(std::chrono::milliseconds(shutdownGraceMs))) {
        qCWarning(lcSync) << "the sync did not end" << shutdownGraceMs << "ms after cancel; stopping its thread";
        m_thread->quit();
        m_thread->wait();
    }
}

bool SyncRunner::isRunning() const {
    return (m_thread && m_thread->isRunning()) || m_reportPending;
}

bool SyncRunner::start(const SyncJob &job, const Clock *clock) {
    if (isRunning())
        return false;
    delete m_thread;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("pagesight-sync"));
    auto *worker = new SyncWorker(job, clock);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &SyncWorker::start);
    connect(worker, &SyncWorker::progress, this, &SyncRunner::progress);
    connect(worker, &SyncWorker::waitingForLock, this, &SyncRunner::waitingForLock);
    connect(worker, &SyncWorker::tokensRefreshed, this, [this, id = job.source.id](const OAuthTokens &tokens) {
        emit tokensRefreshed(tokens.accessExpiresAt, tokens.refreshExpiresAt);
        if (m_store && !id.isEmpty())
            keepTokens(id, tokens);
    });
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::finished, this, [this](const RunReport &report) {
        m_thread->wait(); // the worker has quit its event loop; its objects are being deleted
        m_report = report;
        m_reportPending = true;
        finishWhenStored();
    });
    m_thread->start();
    return true;
}

// LinkedIn's refresh token rotates: the new tokens must reach the keychain, or the next run (the
// app's or the command line's) starts with a token LinkedIn no longer accepts.
void SyncRunner::keepTokens(const QString &sourceId, const OAuthTokens &tokens) {
    const auto keep = [this](const QString &key, const QString &value, const char *what) {
        ++m_pendingWrites;
        QCoro::connect(m_store->write(key, value), this, [this, what](const TokenStore::Result &result) {
            if (!result.ok)
                qCWarning(lcSync) << "could not keep the" << what << "in the keychain:" << result.error;
            --m_pendingWrites;
            finishWhenStored();
        });
    };
    keep(SecretKeys::accessToken(sourceId), tokens.accessToken, "refreshed access token");
    if (!tokens.refreshToken.isEmpty())
        keep(SecretKeys::refreshToken(sourceId), tokens.refreshToken, "refresh token");
}

// finished() comes after the run and after the keychain has the tokens it refreshed, so a caller
// that quits on finished() (the command line) loses nothing.
void SyncRunner::finishWhenStored() {
    if (!m_reportPending || m_pendingWrites > 0)
        return;
    m_reportPending = false;
    emit finished(m_report);
}

void SyncRunner::cancel() {
    if (m_worker)
        QMetaObject::invokeMethod(m_worker,
                                  [worker = m_worker.data()] { static_cast<SyncWorker *>(worker)->cancel(); });
}

} // namespace pagesight

#include "SyncRunner.moc"
