#include "CatalogWriter.h"

#include "common/Log.h"

#include <QAtomicInteger>
#include <QCoro/QCoroFuture>
#include <QPromise>

namespace pagesight {

class CatalogWriter::Worker : public QObject {
public:
    Worker(QString path, const Clock *clock)
        : m_path(std::move(path))
        , m_clock(clock) {}

    CatalogError run(const Work &work) {
        if (!m_catalog) {
            static QAtomicInteger<int> counter;
            m_catalog = std::make_unique<Catalog>(QStringLiteral("pagesight-writer-%1").arg(++counter));
            m_catalog->setClock(m_clock);
            // Off the GUI thread a wait costs nothing visible: outlast a sync's longest page.
            m_catalog->setBusyTimeout(std::chrono::seconds(30));
        }
        m_catalog->setPassword(m_password);
        if (!m_catalog->isOpen())
            if (CatalogError error = m_catalog->open(m_path); error.isError())
                return error; // tried again at the next write
        return work(*m_catalog);
    }
    void close() { m_catalog.reset(); }
    void setPassword(const QString &password) { m_password = password; }

private:
    QString m_path;
    const Clock *m_clock;
    std::unique_ptr<Catalog> m_catalog; // made, used and destroyed in the writer's thread
    QString m_password;
};

CatalogWriter::CatalogWriter(QString path, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(path), clock)) {
    m_thread.setObjectName(QStringLiteral("pagesight-catalog-writer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

CatalogWriter::CatalogWriter(Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_sameThread(catalog) {}

CatalogWriter::~CatalogWriter() {
    if (!m_worker)
        return;
    // Queued behind the writes already asked for, so none of them is lost.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QCoro::Task<CatalogError> CatalogWriter::write(Work work) {
    if (!m_worker)
        co_return m_sameThread ? work(*m_sameThread)
                               : CatalogError{CatalogError::Kind::CannotOpen, QStringLiteral("no catalog"), {}};
    QFuture<CatalogError> done = post(std::move(work));
    co_return co_await done;
}

void CatalogWriter::setPassword(const QString &password) {
    if (m_sameThread) {
        m_sameThread->setPassword(password);
        return;
    }
    if (m_worker) // queued: in order with the writes
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, password] { worker->setPassword(password); }, Qt::QueuedConnection);
}

QFuture<CatalogError> CatalogWriter::post(Work work) {
    auto promise = std::make_shared<QPromise<CatalogError>>();
    QFuture<CatalogError> done = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, promise, work = std::move(work)] {
            promise->addResult(worker->run(work));
            promise->finish();
        },
        Qt::QueuedConnection);
    return done;
}

} // namespace pagesight
