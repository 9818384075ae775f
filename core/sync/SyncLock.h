#pragma once

#include <QDateTime>
#include <QString>

namespace pagesight {

// One sync at a time per catalog, across processes (the app, the command line, a scheduler): an
// exclusive flock() on "<catalog>.sync-lock" beside the catalog. The kernel releases the lock when
// its holder exits, even after kill -9, so a crashed sync never blocks the next one. The file says
// who holds the lock (process id and start time) for the message a waiting sync shows.
//
// A catalog on a PostgreSQL server takes advisory locks on a connection of the lock's own (the
// server releases them when it closes, a crash included): one per source, so that two sources sync
// into one team catalog side by side while the same source never syncs twice at once. Every sync
// also shares a lock on the whole catalog, which a lock without a scope (purge, retention) takes
// alone. The holder is read from the connection's application_name.
//
//   free ──tryAcquire──► held by us ──release / destructor / process exit──► free
//     └──tryAcquire while another holds it──► Held (holder() says who)
class SyncLock {
public:
    // scope: the source a sync is for (a server catalog's lock is per source; a file's is not).
    explicit SyncLock(const QString &catalogPath, const QString &scope = {});
    void setPassword(const QString &password) { m_password = password; } // a server catalog's
    ~SyncLock();
    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    enum class Result { Acquired, Held, Error };
    Result tryAcquire(const QDateTime &startedAt);
    void release();
    bool isHeld() const { return m_fd >= 0 || !m_connection.isEmpty(); }

    struct Holder {
        qint64 pid = 0;
        QDateTime startedAt; // invalid when the file says nothing readable
    };
    Holder holder() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

private:
    Result tryAcquireOnServer(const QDateTime &startedAt); // SyncLockServer.cpp
    void releaseOnServer();
    Holder holderOnServer() const;

    QString m_catalog; // the server catalog's URL; empty for a file
    QString m_scope;
    QString m_password;
    QString m_connection; // the lock's own connection while it holds a server lock
    QString m_path;
    QString m_error;
    int m_fd = -1;
};

} // namespace pagesight
