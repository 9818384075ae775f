#pragma once

#include "Catalog.h"

#include <QCoro/QCoroTask>
#include <QFuture>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace pagesight {

// Where the app's own writes go (saving or removing a source, storing labels), so the GUI thread
// never waits on SQLite's write lock while a sync holds it: the work runs on a thread of the
// writer's own, through its own read-write connection, one write after another in the order
// asked. The GUI's catalog is opened read-only and only reads.
//
// The command line and unit tests, which have no GUI thread to keep free, make one over their own
// catalog: the same calls then write on the caller's thread.
class CatalogWriter : public QObject {
    Q_OBJECT
public:
    using Work = std::function<CatalogError(Catalog &)>;

    // A writer thread with its own connection to path, opened at the first write (read-write, so a
    // catalog from another application or a newer release is refused there as anywhere).
    CatalogWriter(QString path, const Clock *clock, QObject *parent = nullptr);
    // Writes through catalog on the caller's thread. Not owned.
    explicit CatalogWriter(Catalog *catalog, QObject *parent = nullptr);
    // Runs the writes already asked for, then closes the connection and joins the thread.
    ~CatalogWriter() override;

    QCoro::Task<CatalogError> write(Work work);
    // A server catalog's password (from the keychain), for the connection the next write opens.
    void setPassword(const QString &password);

private:
    class Worker;
    QFuture<CatalogError> post(Work work); // queues work on the writer thread
    Catalog *m_sameThread = nullptr;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
};

} // namespace pagesight
