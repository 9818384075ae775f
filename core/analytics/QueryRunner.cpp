#include "QueryRunner.h"

#include "ReadOnlySql.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

#include <memory>

namespace pagesight {

// Lives on the runner's thread: the connection is made, used and closed there.
class QueryWorker : public QObject {
    Q_OBJECT
public:
    QueryWorker(QString catalogPath, QString password, std::atomic<int> *wanted)
        : m_catalogPath(std::move(catalogPath))
        , m_password(std::move(password))
        , m_wanted(wanted) {}

public slots:
    void execute(int id, const QString &sql);
    void shutdown() { m_catalog.reset(); }

signals:
    void columnsReady(int id, const QStringList &columns);
    void rowsReady(int id, const QList<QList<QVariant>> &rows);
    void finished(int id, const pagesight::QueryOutcome &outcome);

private:
    QString openCatalog();
    bool stillWanted(int id) const { return m_wanted->load() == id; }

    QString m_catalogPath;
    QString m_password;
    std::atomic<int> *m_wanted;
    std::unique_ptr<Catalog> m_catalog;
};

namespace {
constexpr int firstBatchRows = 200; // shows at once
constexpr int batchRows = 5000;
constexpr qint64 batchMs = 100; // a batch goes out when this old, however small
} // namespace

QString QueryWorker::openCatalog() {
    if (m_catalog && m_catalog->isOpen())
        return {};
    // A unique name: several explorers (or a test's) may run side by side.
    m_catalog = std::make_unique<Catalog>(QStringLiteral("pagesight-explorer-") +
                                          QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_catalog->setPassword(m_password);
    const CatalogError error = m_catalog->open(m_catalogPath, Catalog::Mode::ReadOnly);
    if (!error.isError())
        return {};
    m_catalog.reset();
    return describe(error);
}

void QueryWorker::execute(int id, const QString &sql) {
    QueryOutcome outcome;
    if (!stillWanted(id)) {
        outcome.cancelled = true;
        emit finished(id, outcome);
        return;
    }
    const ReadOnlyStatement check = checkReadOnlyStatement(sql);
    if (!check.reads()) {
        outcome.error = readOnlyRefusal(check, sql);
        emit finished(id, outcome);
        return;
    }
    if (QString error = openCatalog(); !error.isEmpty()) {
        outcome.error = error;
        emit finished(id, outcome);
        return;
    }

    QElapsedTimer clock;
    clock.start();
    const ReadOnlyTransaction transaction(m_catalog->reader());
    if (!transaction.error().isEmpty()) {
        outcome.error = QCoreApplication::translate("Reports", "The query failed: %1").arg(transaction.error());
        emit finished(id, outcome);
        return;
    }
    QSqlQuery query(m_catalog->reader());
    query.setForwardOnly(true);
    if (!query.exec(check.statement)) {
        outcome.error =
            QCoreApplication::translate("Reports", "The query failed: %1").arg(sqliteMessage(query.lastError()));
        emit finished(id, outcome);
        return;
    }
    const QSqlRecord record = query.record();
    const int columnCount = record.count();
    QStringList columns;
    for (int i = 0; i < columnCount; ++i)
        columns.append(record.fieldName(i));
    emit columnsReady(id, columns);

    QList<QList<QVariant>> batch;
    int limit = firstBatchRows;
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    while (query.next()) {
        QList<QVariant> row;
        row.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            row.append(query.value(i));
        batch.append(std::move(row));
        if (batch.size() >= limit || sinceBatch.elapsed() >= batchMs) {
            outcome.rows += batch.size();
            emit rowsReady(id, batch);
            batch.clear();
            limit = batchRows;
            sinceBatch.restart();
            if (!stillWanted(id)) {
                outcome.cancelled = true;
                break;
            }
        }
    }
    if (!outcome.cancelled && query.lastError().isValid()) // an error while stepping (e.g. a bad json_each)
        outcome.error =
            QCoreApplication::translate("Reports", "The query failed: %1").arg(sqliteMessage(query.lastError()));
    if (!batch.isEmpty()) {
        outcome.rows += batch.size();
        emit rowsReady(id, batch);
    }
    outcome.elapsedMs = clock.elapsed();
    query.finish();
    emit finished(id, outcome);
}

QueryRunner::QueryRunner(QString catalogPath, QObject *parent, const QString &password)
    : QObject(parent)
    , m_catalogPath(std::move(catalogPath))
    , m_thread(new QThread(this))
    , m_worker(new QueryWorker(m_catalogPath, password, &m_wanted)) {
    qRegisterMetaType<pagesight::QueryOutcome>();
    m_thread->setObjectName(QStringLiteral("pagesight-explorer"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &QueryWorker::columnsReady, this, &QueryRunner::columnsReady);
    connect(m_worker, &QueryWorker::rowsReady, this, &QueryRunner::rowsReady);
    connect(m_worker, &QueryWorker::finished, this, &QueryRunner::finished);
    m_thread->start();
}

QueryRunner::~QueryRunner() {
    cancel();
    // The connection belongs to the worker's thread: close it there, then stop the thread.
    QMetaObject::invokeMethod(m_worker, &QueryWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

int QueryRunner::run(const QString &sql) {
    const int id = ++m_lastId;
    m_wanted.store(id);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, sql] { worker->execute(id, sql); });
    return id;
}

void QueryRunner::cancel() {
    m_wanted.store(0);
}

} // namespace pagesight

#include "QueryRunner.moc"
