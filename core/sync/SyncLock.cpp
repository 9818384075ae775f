#include "SyncLock.h"

#include "catalog/CatalogLocation.h"
#include "common/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace pagesight {

namespace {
// One lock per catalog file, however its path is written: through a symlink, a relative path or
// "..", the same catalog must give the same lock file.
QString lockPathFor(const QString &catalogPath) {
    const QFileInfo file(catalogPath);
    if (file.exists())
        return file.canonicalFilePath() + QStringLiteral(".sync-lock");
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? file.absolutePath() : folder) + QLatin1Char('/') + file.fileName() +
           QStringLiteral(".sync-lock");
}
} // namespace

SyncLock::SyncLock(const QString &catalogPath, const QString &scope)
    : m_catalog(isServerCatalog(catalogPath) ? catalogPath : QString())
    , m_scope(scope)
    , m_path(m_catalog.isEmpty() ? lockPathFor(catalogPath) : catalogPath) {}

SyncLock::~SyncLock() {
    release();
}

SyncLock::Result SyncLock::tryAcquire(const QDateTime &startedAt) {
    if (isHeld())
        return Result::Acquired;
    if (!m_catalog.isEmpty())
        return tryAcquireOnServer(startedAt);
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        qCWarning(lcSync) << "cannot open the sync lock" << m_path << ":" << m_error;
        return Result::Error;
    }
    // flock, not fcntl: a second open of the same file in this process conflicts too, so two
    // syncs inside the app wait for each other as they do across processes.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK)
            return Result::Held;
        m_error = QString::fromLocal8Bit(std::strerror(error));
        return Result::Error;
    }
    const QByteArray holder = QByteArray::number(QCoreApplication::applicationPid()) + ' ' +
                              startedAt.toUTC().toString(Qt::ISODate).toLatin1() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::write(fd, holder.constData(), size_t(holder.size())) != holder.size())
        qCWarning(lcSync) << "cannot write the sync lock's holder to" << m_path;
    m_fd = fd;
    return Result::Acquired;
}

void SyncLock::release() {
    releaseOnServer();
    if (m_fd < 0)
        return;
    // The file stays: removing it could let two syncs lock two different files of the same name.
    [[maybe_unused]] const int truncated = ::ftruncate(m_fd, 0);
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

SyncLock::Holder SyncLock::holder() const {
    if (!m_catalog.isEmpty())
        return holderOnServer();
    QFile file(m_path);
    Holder holder;
    if (!file.open(QIODevice::ReadOnly))
        return holder;
    const QList<QByteArray> parts = file.readLine(200).trimmed().split(' ');
    holder.pid = parts.value(0).toLongLong();
    holder.startedAt = QDateTime::fromString(QString::fromLatin1(parts.value(1)), Qt::ISODate);
    return holder;
}

} // namespace pagesight
