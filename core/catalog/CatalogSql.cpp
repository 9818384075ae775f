#include "CatalogSql.h"

#include "SqlDialect.h"
#include "common/Log.h"

#include <QSqlQuery>

namespace pagesight::catalogsql {

namespace {
// Primary SQLite result codes (sqlite3.h); the driver reports extended codes, whose low byte is
// the primary one. Qt6::Sql does not export them and the catalog does not link SQLite itself.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteBusy = 5;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADb = 26;
} // namespace

// PostgreSQL's SQLSTATE classes (Appendix A of its manual) as the catalog's kinds.
CatalogError::Kind postgresKind(const QString &state) {
    using K = CatalogError::Kind;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return K::ReadOnly; // read_only_sql_transaction, insufficient_privilege (an account that only reads)
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("40001"))
        return K::Locked; // lock_not_available, deadlock_detected, serialization_failure
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("28")) ||
        state == QLatin1String("3D000") || state == QLatin1String("57P03"))
        return K::CannotOpen; // connection, authorization, no such database, cannot connect now
    return K::Query;
}

void logReadFailure(const char *what, const QSqlError &error) {
    qCDebug(lcCatalog) << "cannot read" << what << ":" << error.text();
}

CatalogError errorFrom(const QSqlError &error, const QString &path) {
    CatalogError result;
    result.path = path;
    result.detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok && error.nativeErrorCode().size() == 5) { // PostgreSQL's SQLSTATE
        result.kind = postgresKind(error.nativeErrorCode());
        return result;
    }
    switch (ok ? (code & 0xff) : -1) {
    case sqliteBusy:
        result.kind = CatalogError::Kind::Locked;
        break;
    case sqliteReadOnly:
        result.kind = CatalogError::Kind::ReadOnly;
        break;
    case sqliteCorrupt:
    case sqliteNotADb:
        result.kind = CatalogError::Kind::NotADatabase;
        break;
    case sqliteCantOpen:
        result.kind = CatalogError::Kind::CannotOpen;
        break;
    default:
        result.kind = CatalogError::Kind::Query;
        break;
    }
    return result;
}

CatalogError exec(const QSqlDatabase &db, const QString &path, const QString &sql, const QVariantList &values) {
    QSqlQuery query(db);
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES: a statement without
    // values (DDL, SET, BEGIN) runs as it is.
    if (values.isEmpty()) {
        if (!query.exec(sql)) {
            qCWarning(lcCatalog) << "statement failed:" << query.lastError().text();
            return errorFrom(query.lastError(), path);
        }
        return {};
    }
    if (!query.prepare(sql)) {
        qCWarning(lcCatalog) << "prepare failed:" << query.lastError().text();
        return errorFrom(query.lastError(), path);
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        qCWarning(lcCatalog) << "statement failed:" << query.lastError().text();
        return errorFrom(query.lastError(), path);
    }
    return {};
}

QVariant timeValue(const QDateTime &time) {
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value) {
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

WriteTransaction::WriteTransaction(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path)) {
    m_beginError = exec(m_db, m_path, dialect::beginWrite(dialect::backendOf(m_db)));
    m_active = !m_beginError.isError();
}

WriteTransaction::~WriteTransaction() {
    if (!m_active)
        return;
    if (const CatalogError error = exec(m_db, m_path, QStringLiteral("ROLLBACK")); error.isError())
        qCWarning(lcCatalog) << "rollback failed:" << error.detail;
}

CatalogError WriteTransaction::commit() {
    if (!m_active)
        return m_beginError;
    const CatalogError error = exec(m_db, m_path, QStringLiteral("COMMIT"));
    // A failed COMMIT leaves the transaction open; the destructor rolls it back.
    if (!error.isError())
        m_active = false;
    return error;
}

} // namespace pagesight::catalogsql
