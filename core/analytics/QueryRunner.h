#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <atomic>

class QThread;

namespace pagesight {

class QueryWorker;

// How a query of the SQL explorer ended.
struct QueryOutcome {
    QString error;          // a sentence; empty when the query ran
    qint64 rows = 0;        // rows delivered through rowsReady
    qint64 elapsedMs = 0;   // from the start of the statement to its last row
    bool cancelled = false; // a newer query or cancel() stopped it; its rows are incomplete

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Runs the SQL explorer's queries on a thread of its own, over a connection of its own opened
// read-only (Catalog::Mode::ReadOnly, which also sets PRAGMA query_only), so neither a slow query
// nor a big result freezes the window, and no statement can change the catalog. The statement is
// checked first (checkReadOnlyStatement) for a clear message.
//
// Rows arrive in batches (the first one small, so a result starts showing at once); a new run()
// or cancel() stops the previous query at its next batch. Signals carry the id run() returned:
// a receiver ignores those of a query it no longer waits for.
//
//   run(sql) ──► columnsReady(id) ──► rowsReady(id, batch)* ──► finished(id, outcome)
//            └─► finished(id, error)                 (refused, catalog missing, SQL error)
class QueryRunner : public QObject {
    Q_OBJECT
public:
    // password: a server catalog's (from the keychain); empty: libpq's own.
    explicit QueryRunner(QString catalogPath, QObject *parent = nullptr, const QString &password = {});
    ~QueryRunner() override;

    int run(const QString &sql);
    void cancel();
    QString catalogPath() const { return m_catalogPath; }

signals:
    void columnsReady(int id, const QStringList &columns);
    void rowsReady(int id, const QList<QList<QVariant>> &rows);
    void finished(int id, const pagesight::QueryOutcome &outcome);

private:
    QString m_catalogPath;
    QThread *m_thread;
    QueryWorker *m_worker;
    std::atomic<int> m_wanted{0}; // the id of the query whose rows are still wanted; 0 = none
    int m_lastId = 0;
};

} // namespace pagesight
