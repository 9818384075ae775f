// The sync lock of a catalog on a PostgreSQL server: advisory locks held by a connection of the
// lock's own (SyncLock.h).
#include "SyncLock.h"

#include "catalog/CatalogLocation.h"
#include "common/Log.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace pagesight {

namespace {
// The first key of every Pagesight advisory lock ("PGST"), so another application's locks never
// meet ours; the second names the catalog's schema and the scope, the same in every process.
constexpr qint32 lockSpace = 0x50475354;

qint32 lockKey(const ServerCatalog &server, const QString &scope) {
    const QByteArray digest = QCryptographicHash::hash(
        (server.database + QLatin1Char('/') + server.schema + QLatin1Char('/') + scope).toUtf8(),
        QCryptographicHash::Sha256);
    return qFromBigEndian<qint32>(digest.constData());
}

// Who holds the lock, for a waiting sync's message (holderOnServer reads it back).
QString applicationName(const QDateTime &startedAt) {
    return QStringLiteral("pagesight_sync_%1_%2")
        .arg(QCoreApplication::applicationPid())
        .arg(startedAt.toUTC().toString(Qt::ISODate));
}
} // namespace

SyncLock::Result SyncLock::tryAcquireOnServer(const QDateTime &startedAt) {
    InputError inputError;
    const std::optional<ServerCatalog> server = parseServerCatalog(m_catalog, &inputError);
    if (!server) {
        m_error = describe(inputError);
        return Result::Error;
    }
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("pagesight-sync-lock-%1").arg(++counter);
    QSqlDatabase db = addServerConnection(*server, name, m_password, applicationName(startedAt));
    Result result = Result::Error;
    if (!db.open()) {
        m_error = db.lastError().text();
    } else {
        // The whole catalog, shared by every sync, alone for a lock without a scope; then the source.
        QSqlQuery query(db);
        const QString catalogLock = m_scope.isEmpty() ? QStringLiteral("pg_try_advisory_lock(%1, %2)")
                                                      : QStringLiteral("pg_try_advisory_lock_shared(%1, %2)");
        const QString sql = m_scope.isEmpty()
                                ? QStringLiteral("SELECT %1").arg(catalogLock.arg(lockSpace).arg(lockKey(*server, {})))
                                : QStringLiteral("SELECT %1 AND pg_try_advisory_lock(%2, %3)")
                                      .arg(catalogLock.arg(lockSpace).arg(lockKey(*server, {})))
                                      .arg(lockSpace)
                                      .arg(lockKey(*server, m_scope));
        if (!query.exec(sql) || !query.next()) {
            m_error = query.lastError().text();
        } else if (query.value(0).toBool()) {
            result = Result::Acquired;
        } else {
            result = Result::Held;
        }
    }
    if (result == Result::Acquired) {
        m_connection = name;
        return result;
    }
    // Closing the connection gives back whichever of the two it did take.
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return result;
}

void SyncLock::releaseOnServer() {
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close(); // the server releases every lock of the session
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

SyncLock::Holder SyncLock::holderOnServer() const {
    Holder holder;
    const std::optional<ServerCatalog> server = parseServerCatalog(m_catalog);
    if (!server)
        return holder;
    const QString name = QStringLiteral("pagesight-sync-lock-holder");
    {
        QSqlDatabase db = addServerConnection(*server, name, m_password);
        QSqlQuery query(db);
        // A lock on two int4 keys shows its first in classid and its second in objid.
        if (db.open() &&
            query.exec(QStringLiteral("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = "
                                      "l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %1 AND "
                                      "l.objid IN (%2, %3) ORDER BY l.mode DESC LIMIT 1")
                           .arg(quint32(lockSpace))
                           .arg(quint32(lockKey(*server, {})))
                           .arg(quint32(lockKey(*server, m_scope)))) &&
            query.next()) {
            const QStringList parts = query.value(0).toString().split(QLatin1Char('_'));
            holder.pid = parts.value(2).toLongLong();
            holder.startedAt = QDateTime::fromString(parts.value(3), Qt::ISODate);
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return holder;
}

} // namespace pagesight
