#include "SyncRunner.h"

#include "auth/TokenStore.h"
#include "catalog/Catalog.h"
#include "common/Log.h"

#include <QAtomicInteger>
#include <QNetworkAccessManager>
#include <QThread>

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
        static QAtomicInteger<quint64> counter;
        m_catalog = std::make_unique<Catalog>(QStringLiteral("pagesight-sync-%1").arg(++counter));
        m_network = new QNetworkAccessManager(this);
        m_tokens =
            std::make_unique<RefreshingTokenProvider>(m_network, nullptr, m_job.source.id, m_job.source.oauthBaseUrl,
                                                      m_job.source.clientId, m_job.clientSecret, m_job.tokens);
        // The keychain lives in the caller's thread: new tokens travel there (queued) to be stored.
        m_tokens->setRefreshedCallback([this](const OAuthTokens &tokens) { emit tokensRefreshed(tokens); });
        ClientOptions clientOptions = m_job.client;
        clientOptions.apiBase = m_job.source.apiBaseUrl;
        clientOptions.apiVersion = m_job.source.apiVersion;
        clientOptions.followCurrentVersion = m_job.source.followApiVersion;
        clientOptions.clock = m_clock;
        m_client = new LinkedInClient(m_network, m_tokens.get(), clientOptions, this);
        m_engine = new SyncEngine(m_catalog.get(), m_client, m_clock, this);
        connect(m_engine, &SyncEngine::progress, this, &SyncWorker::progress);

        if (const CatalogError error = m_catalog->open(m_job.catalogPath); error.isError()) {
            RunReport report;
            report.status = QStringLiteral("failed");
            report.catalogError = error;
            report.message = describe(error);
            report.startedAt = report.finishedAt = m_clock->nowUtc();
            emit finished(report);
            return;
        }
        QCoro::connect(m_engine->run(m_job.source, m_job.options), this, [this](const RunReport &report) {
            m_catalog->close();
            emit finished(report);
        });
    }

    void cancel() {
        if (m_engine)
            m_engine->cancel();
    }

signals:
    void progress(const pagesight::StreamProgress &progress);
    void finished(const pagesight::RunReport &report);
    void tokensRefreshed(const pagesight::OAuthTokens &tokens);

private:
    SyncJob m_job;
    const Clock *m_clock;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<RefreshingTokenProvider> m_tokens;
    QNetworkAccessManager *m_network = nullptr;
    LinkedInClient *m_client = nullptr;
    SyncEngine *m_engine = nullptr;
};

} // namespace

SyncRunner::SyncRunner(TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    qRegisterMetaType<pagesight::StreamProgress>();
    qRegisterMetaType<pagesight::RunReport>();
    qRegisterMetaType<pagesight::OAuthTokens>();
}

SyncRunner::~SyncRunner() {
    cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

bool SyncRunner::isRunning() const {
    return m_thread && m_thread->isRunning();
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
    connect(worker, &SyncWorker::tokensRefreshed, this, [this, id = job.source.id](const OAuthTokens &tokens) {
        emit tokensRefreshed(tokens.accessExpiresAt, tokens.refreshExpiresAt);
        if (!m_store || id.isEmpty())
            return;
        QCoro::connect(m_store->write(SecretKeys::accessToken(id), tokens.accessToken), this,
                       [](const TokenStore::Result &result) {
                           if (!result.ok)
                               qCWarning(lcSync) << "could not keep the refreshed access token:" << result.error;
                       });
        QCoro::connect(m_store->write(SecretKeys::refreshToken(id), tokens.refreshToken), this,
                       [](const TokenStore::Result &result) {
                           if (!result.ok)
                               qCWarning(lcSync) << "could not keep the refresh token:" << result.error;
                       });
    });
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::finished, this, [this](const RunReport &report) {
        m_thread->quit();
        m_thread->wait();
        emit finished(report);
    });
    m_thread->start();
    return true;
}

void SyncRunner::cancel() {
    if (m_worker)
        QMetaObject::invokeMethod(m_worker,
                                  [worker = m_worker.data()] { static_cast<SyncWorker *>(worker)->cancel(); });
}

} // namespace pagesight

#include "SyncRunner.moc"
