#pragma once

#include <QDateTime>
#include <QString>

namespace pagesight {

// One sync at a time per catalog, across processes (the app, the command line, a scheduler): an
// exclusive flock() on "<catalog>.sync-lock" beside the catalog. The kernel releases the lock when
// its holder exits, even after kill -9, so a crashed sync never blocks the next one. The file says
// who holds the lock (process id and start time) for the message a waiting sync shows.
//
//   free ──tryAcquire──► held by us ──release / destructor / process exit──► free
//     └──tryAcquire while another holds it──► Held (holder() says who)
class SyncLock {
public:
    explicit SyncLock(const QString &catalogPath);
    ~SyncLock();
    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    enum class Result { Acquired, Held, Error };
    Result tryAcquire(const QDateTime &startedAt);
    void release();
    bool isHeld() const { return m_fd >= 0; }

    struct Holder {
        qint64 pid = 0;
        QDateTime startedAt; // invalid when the file says nothing readable
    };
    Holder holder() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
    int m_fd = -1;
};

} // namespace pagesight
